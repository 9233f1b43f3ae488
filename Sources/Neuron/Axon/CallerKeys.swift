import Keys
import Synchronization

/// The public keys of recent callers' SS58 hotkeys, so a caller's address is decoded once rather than
/// on every request, and a caller seen before verifies with a prepared key (about twice as fast).
/// Bounded: past ``capacity`` addresses, or ``preparedCapacity`` prepared keys (30 KiB each), a table
/// starts over.
final class CallerKeys: Sendable {
    /// The most addresses remembered.
    let capacity: Int
    /// The most prepared keys kept.
    let preparedCapacity: Int
    private let keys = Mutex<[String: [UInt8]]>([:])
    private let prepared = Mutex<[String: Sr25519VerifyingKey]>([:])

    /// A caller's key as the axon checks signatures with it.
    enum Verifier {
        /// A first-time caller: the 32-byte public key.
        case plain([UInt8])
        /// A repeat caller: the prepared key.
        case prepared(Sr25519VerifyingKey)
    }

    /// A table remembering up to `capacity` addresses and `preparedCapacity` prepared keys.
    init(capacity: Int = 4096, preparedCapacity: Int = 256) {
        self.capacity = capacity
        self.preparedCapacity = preparedCapacity
    }

    /// How to verify `address`'s signatures, or why it is not a valid SS58 address.
    func verifier(of address: String) throws(SS58Error) -> Verifier {
        if let key = prepared.withLock({ $0[address] }) { return .prepared(key) }
        if let known = keys.withLock({ $0[address] }) {
            guard let key = Sr25519VerifyingKey(publicKey: known) else { return .plain(known) }
            prepared.withLock { table in
                if table.count >= preparedCapacity { table.removeAll(keepingCapacity: true) }
                table[address] = key
            }
            return .prepared(key)
        }
        let key = try SS58.decode(address).publicKey
        keys.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[address] = key
        }
        return .plain(key)
    }
}
