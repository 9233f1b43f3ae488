import Hashing

/// The proof of work a registration carries, as the runtime checks it: for miners, wallets and
/// simulations that must produce seals the chain accepts.
///
/// Nakamoto seals cover the nonce and the block hash (`Seal.legacyHash`); Finney seals also cover
/// the hotkey (`Seal.hash`, since 2023-04-17). Both eras read the seal as a big-endian number, as the
/// 2022 chain, Finney up to 2025-05-30 and the Python client's solver do.
public enum PowWork {
    /// How a seal is read as a number for the difficulty check.
    public static let byteOrder = Seal.ByteOrder.bigEndian

    /// The seal of `nonce` over `blockHash` (and, in Finney, `hotkey`).
    public static func seal(era: Era, nonce: UInt64, blockHash: [UInt8], hotkey: AccountID) -> [UInt8] {
        switch era {
        case .nakamoto: Seal.legacyHash(nonce: nonce, blockHash: blockHash)
        case .finney: Seal.hash(nonce: nonce, blockHash: blockHash, hotkey: hotkey.bytes)
        }
    }

    /// Whether `seal` meets `difficulty`.
    public static func meets(_ seal: [UInt8], difficulty: UInt64) -> Bool {
        Seal.meetsDifficulty(seal, difficulty: difficulty, byteOrder: byteOrder)
    }

    /// Tries nonces `start, start + 1, …` (at most `attempts` of them) and returns the first whose seal
    /// meets `difficulty`, with that seal; `nil` if none did.
    public static func solve(
        era: Era, difficulty: UInt64, blockHash: [UInt8], hotkey: AccountID, start: UInt64 = 0,
        attempts: UInt64 = .max
    ) -> (nonce: UInt64, work: [UInt8])? {
        let inner = era == .finney ? Seal.innerHash(blockHash: blockHash, hotkey: hotkey.bytes) : blockHash
        var nonce = start
        for _ in 0..<attempts {
            let seal = Seal.hash(nonce: nonce, inner: inner)
            if meets(seal, difficulty: difficulty) { return (nonce, seal) }
            nonce &+= 1
        }
        return nil
    }
}
