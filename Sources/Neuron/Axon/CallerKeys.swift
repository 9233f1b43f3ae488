import Keys
import Synchronization

/// The public keys of recent callers' SS58 hotkeys, so a caller's address is decoded once rather than
/// on every request. Bounded: past ``capacity`` entries the table starts over.
final class CallerKeys: Sendable {
    /// The most addresses remembered.
    let capacity: Int
    private let keys = Mutex<[String: [UInt8]]>([:])

    /// A table remembering up to `capacity` addresses.
    init(capacity: Int = 4096) { self.capacity = capacity }

    /// The 32-byte public key of `address`, or why it is not a valid SS58 address.
    func publicKey(of address: String) throws(SS58Error) -> [UInt8] {
        if let known = keys.withLock({ $0[address] }) { return known }
        let key = try SS58.decode(address).publicKey
        keys.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[address] = key
        }
        return key
    }
}
