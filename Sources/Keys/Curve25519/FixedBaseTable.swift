/// One point's multiples j·256^i·P (i < 32, j = 1…8) with Z = 1, for multiplying that point by many
/// scalars: a product is then 64 table additions and four doublings, against about 250 doublings by
/// wNAF. 256 points (30 KiB), built with one field inversion. Variable time: public data only.
struct FixedBaseTable: Sendable {
    /// The number of rows (one per byte of the scalar).
    static let rowCount = 32
    /// The multiples per row, 1…8.
    static let rowWidth = 8

    /// Row i holds 1·256^i·P … 8·256^i·P at `rowWidth·i ..< rowWidth·(i + 1)`.
    private let entries: [AffineNielsPoint]

    /// The table of `point`.
    init(_ point: EdwardsPoint) {
        var multiples: [EdwardsPoint] = []
        multiples.reserveCapacity(Self.rowCount * Self.rowWidth)
        var rowBase = point
        for row in 0..<Self.rowCount {
            let step = rowBase.projectiveNiels
            var current = rowBase
            multiples.append(current)
            for _ in 1..<Self.rowWidth {
                current = (current + step).extended
                multiples.append(current)
            }
            if row + 1 < Self.rowCount {
                for _ in 0..<8 { rowBase = rowBase.doubled() }
            }
        }
        entries = Self.normalized(multiples)
    }

    /// Adds `digit`·256^`row`·P to `sum` (`digit` in −8…8).
    @inline(__always)
    func add(_ digit: Int8, row: Int, to sum: inout EdwardsPoint) {
        if digit > 0 {
            sum = (sum + entries[Self.rowWidth * row + Int(digit) - 1]).extended
        } else if digit < 0 {
            sum = (sum - entries[Self.rowWidth * row - Int(digit) - 1]).extended
        }
    }

    /// The affine Niels forms of `points`, with one inversion for all of them (Montgomery's trick).
    private static func normalized(_ points: [EdwardsPoint]) -> [AffineNielsPoint] {
        var prefixProducts: [FieldElement] = []
        prefixProducts.reserveCapacity(points.count)
        var product = FieldElement.one
        for point in points {
            product = product * point.z
            prefixProducts.append(product)
        }
        var inverse = product.inverted()  // 1 / (z₀·…·zₙ₋₁)
        var result = [AffineNielsPoint](repeating: AffineNielsPoint(x: .zero, y: .one), count: points.count)
        for index in points.indices.reversed() {
            let zInverse = index > 0 ? inverse * prefixProducts[index - 1] : inverse
            inverse = inverse * points[index].z
            result[index] = AffineNielsPoint(x: points[index].x * zInverse, y: points[index].y * zInverse)
        }
        return result
    }
}

extension FixedBaseTable {
    /// The 64 signed radix-16 digits (each in −8…8) of a scalar below 2^255, least significant first.
    static func radix16Digits(_ words: FieldElement.Words, into digits: UnsafeMutableBufferPointer<Int8>) {
        for index in 0..<32 {
            let word = NonAdjacentForm.word(words, index >> 3)
            let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * (index & 7)))
            digits[2 * index] = Int8(byte & 15)
            digits[2 * index + 1] = Int8(byte >> 4)
        }
        var carry: Int8 = 0
        for index in 0..<63 {
            digits[index] += carry
            carry = (digits[index] + 8) >> 4
            digits[index] -= carry << 4
        }
        digits[63] += carry
    }
}

extension EdwardsPoint {
    /// ristretto255's base point as a fixed-base table, built on first use.
    static let ristrettoBaseTable = FixedBaseTable(ristrettoBase)

    /// Returns `a·P + b·B` where `table` holds P's multiples, by two fixed-base combs sharing their
    /// four doublings (odd digits first, times 16, then even digits).
    static func vartimeFixedBaseMultiply(_ a: Scalar, table: FixedBaseTable, plusBaseTimes b: Scalar) -> EdwardsPoint {
        withUnsafeTemporaryAllocation(of: Int8.self, capacity: 128) { digits in
            let aDigits = UnsafeMutableBufferPointer(rebasing: digits[0..<64])
            let bDigits = UnsafeMutableBufferPointer(rebasing: digits[64..<128])
            FixedBaseTable.radix16Digits(a.words, into: aDigits)
            FixedBaseTable.radix16Digits(b.words, into: bDigits)
            let base = ristrettoBaseTable
            var sum = EdwardsPoint.identity
            for index in stride(from: 1, to: 64, by: 2) {
                table.add(aDigits[index], row: index >> 1, to: &sum)
                base.add(bDigits[index], row: index >> 1, to: &sum)
            }
            var projective = sum.projective
            for _ in 0..<3 { projective = projective.doubled().projective }
            sum = projective.doubled().extended
            for index in stride(from: 0, to: 64, by: 2) {
                table.add(aDigits[index], row: index >> 1, to: &sum)
                base.add(bDigits[index], row: index >> 1, to: &sum)
            }
            return sum
        }
    }
}
