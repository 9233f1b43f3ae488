import Keys
import Runtime

/// Anything that names an account in RPC params: an SS58 string, an ``AccountID`` or a ``KeyPair``.
public protocol AccountAddress: Sendable {
    /// The text sent to the node: SS58 (prefix 42) or `0x` hex, both of which the node accepts.
    var rpcAddress: String { get }
}

extension String: AccountAddress {
    /// The string itself (SS58 or `0x` hex).
    public var rpcAddress: String { self }
}

extension AccountID: AccountAddress {
    /// The SS58 address (prefix 42).
    public var rpcAddress: String { (try? SS58.encode(publicKey: bytes)) ?? description }
}

extension KeyPair: AccountAddress {
    /// The SS58 address of the public key.
    public var rpcAddress: String { ss58Address }
}

extension AccountID {
    /// Parses an SS58 address, as the node's views show accounts.
    public init(ss58 address: String) throws(SS58Error) {
        let (_, key) = try SS58.decode(address)
        guard let account = try? AccountID(bytes: key) else { throw .invalidPublicKeyLength(key.count) }
        self = account
    }

    /// The SS58 address (prefix 42), as the node's views show accounts.
    public var ss58: String { rpcAddress }
}
