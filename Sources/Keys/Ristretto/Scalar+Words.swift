/// A scalar's 256-bit value as machine words, for recoding it into signed digits.
extension Scalar {
    /// The scalar as four little-endian 64-bit words.
    var words: FieldElement.Words {
        guard let words = FieldElement.words(bytes) else {
            preconditionFailure("a scalar is always 32 bytes")
        }
        return words
    }
}
