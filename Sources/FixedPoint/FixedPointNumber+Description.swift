// Decimal rendering.

extension FixedPointNumber {
    /// The exact decimal value, trailing fractional zeros removed (for example `-1.25`).
    public var description: String {
        let (negative, magnitude) = signAndMagnitude
        let shift = Self.fractionalBits
        let integral = shift >= UInt128.bitWidth ? 0 : magnitude >> shift
        var fraction = shift >= UInt128.bitWidth ? magnitude : magnitude & ((UInt128(1) << shift) - 1)
        var text = negative ? "-" : ""
        text += String(integral)
        guard fraction != 0 else { return text }
        text += "."
        // Each step multiplies the remaining binary fraction by ten; the fraction has at most
        // `shift` bits, so the expansion ends after at most `shift` digits. The multiplication is
        // done as (fraction << 3) + (fraction << 1) in 2 words to avoid overflow.
        var digits = ""
        while fraction != 0 {
            let product = fraction.multipliedFullWidth(by: 10)
            // product = digit × 2^shift + newFraction, where digit < 10.
            let digit: UInt128
            if shift >= UInt128.bitWidth {
                digit = product.high
                fraction = product.low
            } else {
                digit = (product.high << (UInt128.bitWidth - shift)) | (product.low >> shift)
                fraction = product.low & ((UInt128(1) << shift) - 1)
            }
            digits += String(digit)
        }
        return text + digits
    }
}
