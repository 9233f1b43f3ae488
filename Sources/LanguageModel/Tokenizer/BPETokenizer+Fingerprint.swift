extension BPETokenizer {
    /// A 64-bit FNV-1a hash of the vocabulary strings in id order: equal for equal vocabularies.
    public var vocabularyFingerprint: UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for token in tokens {
            for byte in token.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
