/// Why a wallet operation failed, naming the file involved and what to do next.
public enum WalletError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A wallet or hotkey name is empty, `.`/`..`, or contains `/` or a NUL byte.
    case invalidName(String, kind: String)
    /// The wallet root cannot be found because neither a path nor a home directory is known.
    case noHomeDirectory
    /// The keyfile does not exist.
    case keyfileNotFound(path: String, key: String)
    /// The keyfile exists and overwriting was not requested.
    case keyfileExists(path: String)
    /// The keyfile's bytes cannot be used.
    case keyfile(path: String, KeyfileError)
    /// The password source gave no usable password.
    case password(path: String, PasswordError)
    /// A file-system call failed.
    case file(FileFailure)
    /// The key material given to regenerate a key is invalid.
    case invalidKeySource(String)

    /// A sentence naming the problem and what to do about it.
    public var description: String {
        switch self {
        case .invalidName(let name, let kind):
            "'\(name)' is not a valid \(kind) name; use a non-empty name without '/' that is not '.' or '..'"
        case .noHomeDirectory:
            "no home directory is known (HOME is not set); pass a wallet path explicitly"
        case .keyfileNotFound(let path, let key):
            "the \(key) does not exist at \(path); create it with `wallet create` or regenerate it"
        case .keyfileExists(let path):
            "a key already exists at \(path); refusing to overwrite it (pass overwrite to replace it, after "
                + "making sure its mnemonic is backed up)"
        case .keyfile(let path, let error):
            "\(path): \(error)"
        case .password(let path, let error):
            "\(path): \(error)"
        case .file(let failure):
            "\(failure); check the path and its permissions"
        case .invalidKeySource(let reason):
            "cannot regenerate the key: \(reason)"
        }
    }
}
