// Decimal rendering.

extension FixedPointNumber {
    /// The shortest decimal that is nearer to this value than to any other value of the type (for example `-1.25`).
    ///
    /// Digits are produced until the decimal is within half an ulp, then the last digit is
    /// rounded to nearest (ties to even), like `substrate_fixed`'s `Display`. Integers print
    /// without a decimal point.
    public var description: String {
        let (negative, magnitude) = signAndMagnitude
        let shift = Self.fractionalBits
        // All types in this module have fewer than 128 fractional bits.
        guard shift > 0, shift < UInt128.bitWidth else {
            return (negative ? "-" : "") + String(magnitude)
        }
        let unit = UInt128(1) << shift
        var integral = magnitude >> shift
        var remainder = magnitude & (unit &- 1)
        var digits: [UInt8] = []
        // Half an ulp, scaled by 10^digits.count, capped at `unit` (beyond that every decimal qualifies).
        var tie: UInt128 = 5
        while remainder != 0 {
            let product = remainder.multipliedFullWidth(by: 10)
            // product < 10 × 2^shift, so the digit is below ten.
            let digit = (product.high << (UInt128.bitWidth - shift)) | (product.low >> shift)
            remainder = product.low & (unit &- 1)
            digits.append(UInt8(truncatingIfNeeded: digit))
            let above = unit &- remainder  // remainder < unit, so no wrap
            if remainder < tie || above < tie {
                let last = digits.count - 1
                let roundUp = remainder > above || (remainder == above && digits[last] & 1 == 1)
                if roundUp {
                    var index = last
                    var carry = true
                    while carry, index >= 0 {
                        if digits[index] == 9 {
                            digits[index] = 0
                            index -= 1
                        } else {
                            digits[index] &+= 1  // the digit is below 9
                            carry = false
                        }
                    }
                    // integral < 2^(128 - shift), so adding one cannot overflow.
                    if carry { integral &+= 1 }
                }
                break
            }
            tie = tie > unit / 10 ? unit : tie &* 10  // tie ≤ unit / 10, so no wrap
        }
        while let last = digits.last, last == 0 { digits.removeLast() }
        var text = negative ? "-" : ""
        text += String(integral)
        if !digits.isEmpty {
            text += "."
            // ASCII digits; every element is at most 9, so adding "0" cannot wrap.
            text += String(decoding: digits.map { $0 &+ 48 }, as: UTF8.self)
        }
        return text
    }
}
