import Runtime

/// The simulator's accounts: 32-byte ids made of a four-letter role tag and an index, so they are
/// distinct, reproducible and recognisable in the explorer (no keys exist for them: the runtime sees
/// signers, and signatures are checked before it).
public enum SimulatedAccounts {
    /// What an account is for.
    public enum Role: UInt32, Sendable {
        /// A validator's coldkey.
        case validatorColdkey = 0x5349_4D56  // "SIMV"
        /// A validator's hotkey.
        case validatorHotkey = 0x5349_4D48  // "SIMH"
        /// A miner operator's coldkey.
        case operatorColdkey = 0x5349_4D4F  // "SIMO"
        /// A miner's hotkey.
        case minerHotkey = 0x5349_4D4D  // "SIMM"
    }

    /// Account `index` of `role`.
    public static func account(_ role: Role, _ index: Int) -> AccountID {
        var bytes = [UInt8](repeating: 0, count: 32)
        for i in 0..<4 { bytes[i] = UInt8(truncatingIfNeeded: role.rawValue >> (24 - 8 * UInt32(i))) }
        let value = UInt64(truncatingIfNeeded: index)
        for i in 0..<8 { bytes[24 + i] = UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64(i))) }
        return (try? AccountID(bytes: bytes)) ?? AccountID(testSeed: 0)
    }
}
