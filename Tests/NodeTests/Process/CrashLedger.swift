import ChainAPI
import ChainClient
import Runtime
import Synchronization

/// What a running node reported as included: block hashes by number, the block of each extrinsic,
/// and account balances read while the head stayed at one block.
final class CrashLedger: Sendable {
    /// A balance read while the head was `block`.
    struct BalanceObservation: Sendable {
        var account: AccountID
        var block: UInt64
        var free: UInt64
    }

    private struct Records {
        var blocks: [UInt64: String] = [:]
        var extrinsics: [String: UInt64] = [:]
        var balances: [BalanceObservation] = []
        var highest: UInt64 = 0
    }

    private let records = Mutex(Records())

    /// Every block reported, by number.
    var blocks: [UInt64: String] { records.withLock { $0.blocks } }
    /// The block of every extrinsic reported as included, by extrinsic hash.
    var extrinsics: [String: UInt64] { records.withLock { $0.extrinsics } }
    /// Balances read while the head did not move, in the order they were read.
    var balances: [BalanceObservation] { records.withLock { $0.balances } }
    /// The highest block reported.
    var highest: UInt64 { records.withLock { $0.highest } }

    /// Follows the node's head until the node stops answering: records each new block with its
    /// extrinsics, and the dev accounts' balances when the head stays put around the reads.
    func follow(_ client: HTTPChainClient, accounts: [AccountID]) async {
        var next = highest + 1
        while !Task.isCancelled {
            do {
                let head = try await client.head()
                while next <= head.number {
                    guard let hash = try await client.blockHash(next), let block = try await client.block(hash: hash)
                    else { break }
                    record(number: next, hash: hash, extrinsics: block.details.map(\.hash))
                    next += 1
                }
                var frees: [(AccountID, UInt64)] = []
                for account in accounts { frees.append((account, try await client.account(account).free)) }
                if try await client.head().number == head.number {
                    records.withLock { records in
                        for (account, free) in frees {
                            records.balances.append(BalanceObservation(account: account, block: head.number, free: free))
                        }
                    }
                }
                try await Task.sleep(for: .milliseconds(30))
            } catch {
                return
            }
        }
    }

    private func record(number: UInt64, hash: String, extrinsics: [String]) {
        records.withLock { records in
            records.blocks[number] = hash
            for extrinsic in extrinsics { records.extrinsics[extrinsic] = number }
            records.highest = max(records.highest, number)
        }
    }
}
