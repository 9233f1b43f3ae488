import Hashing
import Runtime

/// What a proof-of-work registration must solve: a seal over one block's hash (and, in Finney, the
/// hotkey) that meets the subnet's difficulty.
public struct PowProblem: Sendable, Hashable {
    /// Which seal rule applies: Nakamoto seals cover the block hash, Finney seals also the hotkey.
    public var era: Era
    /// The block whose hash the work is done on.
    public var blockNumber: UInt64
    /// That block's 32-byte hash.
    public var blockHash: [UInt8]
    /// The hotkey to register.
    public var hotkey: AccountID
    /// The difficulty the seal must meet.
    public var difficulty: UInt64

    /// A problem.
    public init(era: Era, blockNumber: UInt64, blockHash: [UInt8], hotkey: AccountID, difficulty: UInt64) {
        self.era = era
        self.blockNumber = blockNumber
        self.blockHash = blockHash
        self.hotkey = hotkey
        self.difficulty = difficulty
    }

    /// The 32 bytes every seal of this problem hashes after the nonce: `keccak256(blockHash ‖ hotkey)`
    /// in Finney, the block hash itself in Nakamoto.
    public var inner: [UInt8] {
        switch era {
        case .finney: Seal.innerHash(blockHash: blockHash, hotkey: hotkey.bytes)
        case .nakamoto: blockHash
        }
    }

    /// Whether `nonce` and `seal` solve this problem by the runtime's own rules (``PowWork``).
    public func accepts(nonce: UInt64, seal: [UInt8]) -> Bool {
        PowWork.seal(era: era, nonce: nonce, blockHash: blockHash, hotkey: hotkey) == seal
            && PowWork.meets(seal, difficulty: difficulty)
    }
}
