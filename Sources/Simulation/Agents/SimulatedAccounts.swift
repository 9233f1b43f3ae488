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
        // Bytes 0–3 hold the tag and bytes 24–31 the index, both big-endian.
        AccountID(words: (UInt64(role.rawValue) << 32, 0, 0, UInt64(truncatingIfNeeded: index)))
    }
}
