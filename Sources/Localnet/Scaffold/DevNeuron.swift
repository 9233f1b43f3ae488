import Keys

/// A neuron the scaffold creates: deterministic keys derived from `//Alice`, so every localnet has the
/// same addresses and anyone can re-derive them.
public struct DevNeuron: Sendable, Equatable {
    /// `validator` or `miner`.
    public enum Role: String, Sendable { case validator, miner }

    /// Its role.
    public let role: Role
    /// Its process and wallet name.
    public let name: String
    /// The model a miner serves.
    public let model: String?
    /// The axon port of a miner.
    public let axonPort: Int?

    /// A neuron.
    public init(role: Role, name: String, model: String? = nil, axonPort: Int? = nil) {
        self.role = role
        self.name = name
        self.model = model
        self.axonPort = axonPort
    }

    /// The coldkey's secret URI: `//Alice//localnet//<name>`.
    public var coldkeyURI: String { "//Alice//localnet//\(name)" }
    /// The hotkey's secret URI: `//Alice//localnet//<name>//hotkey`.
    public var hotkeyURI: String { coldkeyURI + "//hotkey" }

    /// The coldkey pair.
    public func coldkey() throws(LocalnetError) -> KeyPair { try Self.pair(coldkeyURI) }
    /// The hotkey pair.
    public func hotkey() throws(LocalnetError) -> KeyPair { try Self.pair(hotkeyURI) }

    static func pair(_ uri: String) throws(LocalnetError) -> KeyPair {
        do {
            return try KeyPair(uri: uri)
        } catch {
            throw LocalnetError("cannot derive \(uri): \(error)")
        }
    }

    /// Writes the neuron's wallet (`<root>/<name>/coldkey` unencrypted — these are public dev keys — and
    /// `hotkeys/default`), replacing what is there.
    public func writeWallet(root: String) throws(LocalnetError) {
        do {
            let wallet = try Wallet(name: name, hotkey: Wallet.defaultHotkey, root: root)
            try wallet.regenerateColdkey(
                from: KeySource(parsing: coldkeyURI), passwords: NoPasswordSource(), encrypt: false, overwrite: true)
            try wallet.regenerateHotkey(from: KeySource(parsing: hotkeyURI), overwrite: true)
        } catch {
            throw LocalnetError("cannot write the wallet of \(name) under \(root): \(error)")
        }
    }
}
