import Foundation
import Hashing
import Keys
import Runtime

/// Funded sr25519 accounts of a benchmark chain, and transfers between them signed in advance.
struct BenchmarkAccounts: Sendable {
    /// The key pairs.
    let keys: [KeyPair]
    /// Their account ids.
    let ids: [AccountID]

    /// `count` accounts with seeds derived from their index.
    init(count: Int) throws {
        var keys: [KeyPair] = []
        keys.reserveCapacity(count)
        for index in 0..<count {
            let seed = Blake2b.hash256(Array("yuma-node-bench-\(index)".utf8))
            keys.append(try KeyPair(seed: seed, scheme: .sr25519))
        }
        self.keys = keys
        self.ids = keys.map { (try? AccountID(bytes: $0.publicKey)) ?? AccountID(testSeed: 0) }
    }

    /// A chain spec whose genesis is the finney development genesis plus 1 000 τ for every account.
    func spec() -> ChainSpec {
        var genesis = Genesis.development(.finney)
        genesis.endowments += ids.map { ($0, 1_000 * raoPerTao) }
        return ChainSpec(name: "Yuma Node Benchmark", genesis: genesis)
    }

    /// `waves` transfers per account (nonces `0..<waves`), hex-encoded, wave by wave (every account's
    /// nonce 0, then every account's nonce 1, …), so that submitters taking them in order keep each
    /// account's nonces close together. Signed on every core.
    func signedTransfers(waves: Int, genesisHash: Hash256) async -> [String] {
        let total = waves * keys.count
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = (total + cores - 1) / cores
        let keys = keys
        let ids = ids
        let parts = await withTaskGroup(of: (Int, [String]).self) { group in
            for start in stride(from: 0, to: total, by: max(1, chunk)) {
                group.addTask {
                    var part: [String] = []
                    part.reserveCapacity(min(chunk, total - start))
                    for item in start..<min(start + chunk, total) {
                        let account = item % keys.count
                        let nonce = UInt64(item / keys.count)
                        let destination = ids[(account + 1) % ids.count]
                        part.append(Self.sign(keys[account], ids[account], nonce: nonce, to: destination, genesisHash: genesisHash))
                    }
                    return (start, part)
                }
            }
            return await group.reduce(into: [(Int, [String])]()) { $0.append($1) }
        }
        return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }

    private static func sign(
        _ key: KeyPair, _ id: AccountID, nonce: UInt64, to destination: AccountID, genesisHash: Hash256
    ) -> String {
        let call = Call.balances(.transfer(destination: destination, amount: 1_000 + nonce))
        let payload = SignedExtrinsic.signingPayload(
            genesisHash: genesisHash, keyType: .sr25519, signer: id, nonce: nonce, tip: 0, call: call)
        let signature = (try? ExtrinsicSignature(bytes: key.sign(payload))) ?? .empty
        let extrinsic = SignedExtrinsic(signer: id, keyType: .sr25519, signature: signature, nonce: nonce, call: call)
        return Hex.encode(extrinsic.encoded(capacity: 256), prefixed: true)
    }
}
