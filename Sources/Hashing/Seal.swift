/// The proof-of-work registration seal and its difficulty check (chain spec §3).
///
/// Since 2023-04-17 the seal is hotkey-specific:
/// `seal = keccak256(sha256(le64(nonce) ‖ keccak256(blockHash ‖ hotkey)))`.
/// Nakamoto and Finney before that date used ``legacyHash(nonce:blockHash:)``,
/// `keccak256(sha256(le64(nonce) ‖ blockHash))`. Keccak here is always original Keccak-256.
public enum Seal {
    /// How the 32 seal bytes are read as a 256-bit number by ``meetsDifficulty(_:difficulty:byteOrder:)``.
    public enum ByteOrder: Sendable, Hashable, CaseIterable {
        /// First byte most significant (`U256::from(&[u8])`): Nakamoto, and Finney up to 2025-05-30;
        /// also what the Python client's `_seal_meets_difficulty` uses.
        case bigEndian
        /// First byte least significant (`U256::from_little_endian`): subtensor from commit `aedad2e8e`
        /// (2025-05-30) onwards, including the v3.3.0 classic reference.
        case littleEndian
    }

    /// Returns `keccak256(blockHash ‖ hotkey)`, the per-hotkey input to the seal (both 32 bytes on chain).
    public static func innerHash(blockHash: [UInt8], hotkey: [UInt8]) -> [UInt8] {
        Keccak256.hash(blockHash + hotkey)
    }

    /// Returns `keccak256(sha256(le64(nonce) ‖ inner))`, the seal for `nonce` over an ``innerHash(blockHash:hotkey:)``.
    public static func hash(nonce: UInt64, inner: [UInt8]) -> [UInt8] {
        var sha = SHA256()
        withUnsafeBytes(of: nonce.littleEndian) { sha.update($0) }
        sha.update(inner)
        return Keccak256.hash(sha.finalize())
    }

    /// Returns the hotkey-specific seal for `nonce`, `blockHash` and `hotkey` in one call.
    public static func hash(nonce: UInt64, blockHash: [UInt8], hotkey: [UInt8]) -> [UInt8] {
        hash(nonce: nonce, inner: innerHash(blockHash: blockHash, hotkey: hotkey))
    }

    /// Returns the pre-2023-04-17 seal `keccak256(sha256(le64(nonce) ‖ blockHash))` used by Nakamoto and early Finney.
    public static func legacyHash(nonce: UInt64, blockHash: [UInt8]) -> [UInt8] {
        hash(nonce: nonce, inner: blockHash)
    }

    /// Returns whether `seal`, read as a 256-bit number in `byteOrder`, times `difficulty` stays below 2^256.
    ///
    /// This is the chain's `hash_meets_difficulty`. A difficulty of 0 always passes; a seal that is not
    /// exactly 32 bytes never does. Note that the Python client instead requires the product to be
    /// strictly below 2^256 − 1, which differs only when the product is exactly 2^256 − 1.
    public static func meetsDifficulty(_ seal: [UInt8], difficulty: UInt64, byteOrder: ByteOrder) -> Bool {
        guard seal.count == 32 else { return false }

        // Schoolbook 256 × 64-bit multiply, least significant limb first; the product fits in 256 bits
        // iff nothing carries out of the top limb.
        return seal.withUnsafeBytes { bytes in
            var carry: UInt64 = 0
            for index in 0..<4 {
                let littleEndian = byteOrder == .littleEndian
                let offset = littleEndian ? index * 8 : (3 - index) * 8
                let raw = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let limb = littleEndian ? UInt64(littleEndian: raw) : UInt64(bigEndian: raw)
                let (high, low) = limb.multipliedFullWidth(by: difficulty)
                let (_, overflow) = low.addingReportingOverflow(carry)
                // high ≤ 2^64 − 2, so adding the carry bit cannot wrap.
                carry = high &+ (overflow ? 1 : 0)
            }
            return carry == 0
        }
    }
}
