/// The bare Keccak-f[1600] permutation on a 200-byte state, for sponge constructions such as STROBE.
public enum KeccakPermutation {
    /// The size of the permutation state in bytes.
    public static let stateByteCount = 200

    /// Applies Keccak-f[1600] in place to `state`, whose 25 lanes are read and written little-endian.
    ///
    /// `state` must hold exactly ``stateByteCount`` bytes; any other length is a programming error.
    public static func permute(_ state: inout [UInt8]) {
        precondition(state.count == stateByteCount, "Keccak-f[1600] state must be 200 bytes")
        var sponge = KeccakF1600()
        state.withUnsafeBytes { sponge.absorb($0) }
        sponge.permute()
        state.withUnsafeMutableBytes { sponge.store(into: $0) }
    }
}
