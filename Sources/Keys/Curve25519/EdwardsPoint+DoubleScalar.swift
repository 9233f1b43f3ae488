/// Variable-time double-scalar multiplication `a·A + b·B` (B the ristretto255 base point), the core of
/// signature verification. Running time depends on the scalars, so use it on public data only.
extension EdwardsPoint {
    /// The window width of the variable point's NAF digits: A, 3A, …, 15A are precomputed per call.
    static let pointWindowWidth = 5

    /// Returns `a·point + b·B` by interleaved (Straus) wNAF: width 5 for `point`, width 8 with a
    /// static table for B, sharing one chain of doublings.
    static func vartimeDoubleScalarMultiply(
        _ a: Scalar, _ point: EdwardsPoint, plusBaseTimes b: Scalar
    ) -> EdwardsPoint {
        let pointCount = 1 << (pointWindowWidth - 2)
        return withUnsafeTemporaryAllocation(of: Int8.self, capacity: 2 * NonAdjacentForm.digitCount) {
            digits in
            digits.initialize(repeating: 0)
            let aDigits = UnsafeMutableBufferPointer(rebasing: digits[0..<NonAdjacentForm.digitCount])
            let bDigits = UnsafeMutableBufferPointer(rebasing: digits[NonAdjacentForm.digitCount...])
            NonAdjacentForm.recode(a.words, width: pointWindowWidth, into: aDigits)
            NonAdjacentForm.recode(b.words, width: baseWindowWidth, into: bDigits)
            var top = NonAdjacentForm.digitCount - 1
            while top >= 0 && aDigits[top] == 0 && bDigits[top] == 0 {
                top -= 1
            }
            return withUnsafeTemporaryAllocation(of: ProjectiveNielsPoint.self, capacity: pointCount) {
                table in
                fillOddMultiples(of: point, into: table)
                return oddMultiplesOfBase.withUnsafeBufferPointer { baseTable in
                    var result = ProjectivePoint.identity
                    var index = top
                    while index >= 0 {
                        var sum = result.doubled()
                        let aDigit = Int(aDigits[index])
                        if aDigit > 0 {
                            sum = sum.extended + table[aDigit >> 1]
                        } else if aDigit < 0 {
                            sum = sum.extended - table[(-aDigit) >> 1]
                        }
                        let bDigit = Int(bDigits[index])
                        if bDigit > 0 {
                            sum = sum.extended + baseTable[bDigit >> 1]
                        } else if bDigit < 0 {
                            sum = sum.extended - baseTable[(-bDigit) >> 1]
                        }
                        result = sum.projective
                        index -= 1
                    }
                    return result.extended
                }
            }
        }
    }

    /// Initialises `table` with P, 3P, 5P, … as projective Niels points.
    private static func fillOddMultiples(
        of point: EdwardsPoint, into table: UnsafeMutableBufferPointer<ProjectiveNielsPoint>
    ) {
        let twice = point.doubled().projectiveNiels
        var current = point
        for index in 0..<table.count {
            table.initializeElement(at: index, to: current.projectiveNiels)
            if index + 1 < table.count {
                current = (current + twice).extended
            }
        }
    }
}
