/// Reads keyfile passwords from Bittensor's `BT_PW_…` environment variables.
///
/// The variable's name is `BT_PW_` + the keyfile's absolute path with `/` and `.` replaced by `_`,
/// upper-cased (`/home/u/.bittensor/wallets/default/coldkey` →
/// `BT_PW__HOME_U__BITTENSOR_WALLETS_DEFAULT_COLDKEY`); its value is the base64 of the password's UTF-8
/// bytes XOR-ed with the name's bytes, the name repeated as the key.
public struct EnvironmentPasswordSource: PasswordSource {
    /// Looks up a variable; the default reads this process's environment.
    private let lookup: @Sendable (String) -> String?

    /// A source reading this process's environment.
    public init() {
        lookup = { processEnvironmentValue($0) }
    }

    /// A source reading `environment` instead of the process's (for tests and subprocess setup).
    public init(environment: [String: String]) {
        lookup = { environment[$0] }
    }

    /// The decoded password from the keyfile's variable.
    public func password(for request: PasswordRequest) throws(PasswordError) -> String {
        let name = Self.variableName(forKeyfileAt: request.keyfilePath)
        guard let value = lookup(name) else { throw .environmentVariableNotSet(name) }
        return try Self.decode(value, variableName: name)
    }

    /// The `BT_PW_…` variable name Bittensor uses for the keyfile at absolute path `path`.
    public static func variableName(forKeyfileAt path: String) -> String {
        let replaced = path.replacingScalars { $0 == "/" || $0 == "." ? "_" : nil }
        return "BT_PW_" + replaced.uppercased()
    }

    /// The variable value that carries `password` for `variableName` (what Bittensor's
    /// `save_password_to_env` stores).
    public static func encode(password: String, variableName: String) -> String {
        Base64.encode(xor(Array(password.utf8), key: Array(variableName.utf8)))
    }

    /// The password carried by a variable value; throws if it is not base64 of UTF-8 after the XOR.
    public static func decode(_ value: String, variableName: String) throws(PasswordError) -> String {
        guard let bytes = Base64.decode(value),
            let password = String(validating: xor(bytes, key: Array(variableName.utf8)), as: UTF8.self)
        else { throw .environmentVariableInvalid(variableName) }
        return password
    }

    /// `bytes` XOR-ed with `key` repeated.
    private static func xor(_ bytes: [UInt8], key: [UInt8]) -> [UInt8] {
        guard !key.isEmpty else { return bytes }
        return bytes.enumerated().map { $0.element ^ key[$0.offset % key.count] }
    }
}

extension String {
    /// The string with each scalar that `replacement` maps replaced by that character.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> Character?) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) {
                result.append(replaced)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
