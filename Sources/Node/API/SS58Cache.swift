import Runtime
import Synchronization

/// Recently formatted SS58 addresses. A full metagraph names every hotkey and coldkey of a subnet
/// (8 192 addresses for 4 096 uids), and Base58 with its Blake2b checksum cost about as much as the
/// rest of the query; the same accounts come back in every query, so they are formatted once.
/// Bounded: when full, the cache starts over.
final class SS58Cache: Sendable {
    /// The node's cache.
    static let shared = SS58Cache(limit: 1 << 17)

    private let addresses = Mutex<[AccountID: String]>([:])
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The cached address of `account`.
    func address(of account: AccountID) -> String? { addresses.withLock { $0[account] } }

    /// Remembers `address` for `account`.
    func store(_ address: String, for account: AccountID) {
        addresses.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[account] = address
        }
    }
}
