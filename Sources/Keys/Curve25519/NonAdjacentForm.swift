/// Width-w non-adjacent form (wNAF) recoding of a 256-bit scalar: digits that are zero or odd with
/// |digit| < 2^(w−1), with at least w − 1 zeros after every nonzero digit, and Σ digitᵢ·2^i = scalar.
enum NonAdjacentForm {
    /// The number of digits a recoding has.
    static let digitCount = 256

    /// Writes the width-`width` NAF of the little-endian scalar `words` into `digits[0..<256]`,
    /// which must be zero on entry; `words` must encode a value below 2^255 and `width` lie in 2...8.
    static func recode(_ words: FieldElement.Words, width: Int, into digits: UnsafeMutableBufferPointer<Int8>)
    {
        precondition(digits.count >= digitCount && (2...8).contains(width), "wNAF: bad buffer or width")
        let windowMask: UInt64 = (1 << UInt64(width)) - 1
        let half: UInt64 = 1 << UInt64(width - 1)
        var carry: UInt64 = 0
        var position = 0
        while position < digitCount {
            let wordIndex = position >> 6
            let bit = UInt64(position & 63)
            var window = word(words, wordIndex) &>> bit
            if bit + UInt64(width) > 64 {
                window |= word(words, wordIndex + 1) &<< (64 - bit)
            }
            window = carry &+ (window & windowMask)
            if window & 1 == 0 {
                // An even window: this digit is 0 and any carry moves on to the next bit.
                position += 1
                continue
            }
            if window < half {
                digits[position] = Int8(truncatingIfNeeded: window)
                carry = 0
            } else {
                // Take window − 2^w here and carry 2^w into the next window.
                digits[position] = Int8(truncatingIfNeeded: Int64(window) - Int64(windowMask + 1))
                carry = 1
            }
            position += width
        }
    }

    /// Word `index` of `words`, and 0 past the end.
    @inline(__always)
    static func word(_ words: FieldElement.Words, _ index: Int) -> UInt64 {
        switch index {
        case 0: words.0
        case 1: words.1
        case 2: words.2
        case 3: words.3
        default: 0
        }
    }
}
