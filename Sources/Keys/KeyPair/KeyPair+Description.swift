extension KeyPair: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The scheme and SS58 address; never the secret.
    public var description: String { "KeyPair(\(scheme), \(ss58Address))" }

    /// Same as ``description``: the secret is never printed.
    public var debugDescription: String { description }

    /// Public fields only, so `dump` cannot print the secret.
    public var customMirror: Mirror {
        Mirror(self, children: ["scheme": scheme, "publicKey": publicKey.hexString])
    }
}
