import FixedPoint

/// A working sparse matrix of `I32F32` values stored by rows, with columns sorted within a row.
struct FixedRows: Sendable {
    /// `rowStart[i]..<rowStart[i + 1]` indexes the entries of row `i`.
    var rowStart: [Int]
    /// Column of every entry.
    var columns: [UInt16]
    /// Raw `I32F32` value of every entry.
    var values: [Int64]

    /// The number of rows.
    var rowCount: Int { rowStart.count - 1 }

    /// A matrix with the given layout.
    init(rowStart: [Int], columns: [UInt16], values: [Int64]) {
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
    }

    /// Sum of each column's values (saturating; values are non-negative).
    func columnSums(count: Int) -> [Int64] {
        var sums = [Int64](repeating: 0, count: count)
        sums.withUnsafeMutableBufferPointer { sums in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeBufferPointer { values in
                    for k in 0..<columns.count {
                        let j = Int(columns[k])
                        sums[j] = saturatingSum(sums[j], values[k])
                    }
                }
            }
        }
        return sums
    }

    /// Divides every value by its column's divisor (values ≤ divisor; a zero divisor leaves it).
    mutating func divideColumns(by divisors: [Int64]) {
        let dividers = divisors.map(ProportionDivider.init)
        dividers.withUnsafeBufferPointer { dividers in
            columns.withUnsafeBufferPointer { columns in
                values.withUnsafeMutableBufferPointer { values in
                    for k in 0..<columns.count {
                        values[k] = dividers[Int(columns[k])].quotient(values[k])
                    }
                }
            }
        }
    }

    /// The matrix as stored u16 proportions (`fixed_proportion_to_u16` of every entry).
    func storedAsU16(size: Int) -> SparseMatrix {
        SparseMatrix(
            size: size, rowStart: rowStart, columns: columns,
            values: values.map { fixedProportionToU16(I32F32(raw: $0)) })
    }
}

/// `I32F32::saturating_add` on raw values.
@inline(__always)
func saturatingSum(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    guard overflow else { return sum }
    return b < 0 ? .min : .max
}

/// `I32F32::saturating_mul` on raw values: floor(a·b / 2^32), clamped; non-negative operands (every
/// hot use) take a short unsigned path.
@inline(__always)
func saturatingProduct(_ a: Int64, _ b: Int64) -> Int64 {
    guard (a | b) >= 0 else { return I32F32(raw: a).saturatingMul(I32F32(raw: b)).raw }
    let (high, low) = UInt64(bitPattern: a).multipliedFullWidth(by: UInt64(bitPattern: b))
    if high >= 1 << 31 { return .max }
    return Int64(bitPattern: (high << 32) | (low >> 32))
}

/// `saturatingProduct` for operands in `0...2^32` (proportions, raw): the full product is at most
/// 2^64, so floor(a·b / 2^32) ≤ 2^32 cannot saturate and needs neither a sign nor an overflow test.
@inline(__always)
func proportionProduct(_ a: Int64, _ b: Int64) -> Int64 {
    let (high, low) = UInt64(bitPattern: a).multipliedFullWidth(by: UInt64(bitPattern: b))
    return Int64(bitPattern: (high &<< 32) | (low &>> 32))
}

/// ``proportionProduct(_:_:)`` without a 128-bit multiply, so that loops vectorize: for a < 2^32 and
/// b ≤ 2^32 the product a·b < 2^64 fits 64 bits; a = 2^32 (1.0) gives b exactly.
@inline(__always)
func fractionProduct(_ a: Int64, _ b: Int64) -> Int64 {
    a == 1 << 32 ? b : Int64(bitPattern: (UInt64(bitPattern: a) &* UInt64(bitPattern: b)) &>> 32)
}

/// The products and sums of a kernel: exact for any operands, or cheaper for bounded ones.
protocol CellArithmetic {
    /// `I32F32::saturating_mul` on raw values.
    static func product(_ a: Int64, _ b: Int64) -> Int64
    /// `I32F32::saturating_add` on raw values.
    static func sum(_ a: Int64, _ b: Int64) -> Int64
}

/// Saturating arithmetic, valid for any operands.
enum SaturatingArithmetic: CellArithmetic {
    @inline(__always) static func product(_ a: Int64, _ b: Int64) -> Int64 { saturatingProduct(a, b) }
    @inline(__always) static func sum(_ a: Int64, _ b: Int64) -> Int64 { saturatingSum(a, b) }
}

/// The same results when every product has operands in `0...2^32` and every sum stays below 2^62
/// (at most 2^16 uids times terms of at most 2^32): then nothing saturates.
enum ProportionArithmetic: CellArithmetic {
    @inline(__always) static func product(_ a: Int64, _ b: Int64) -> Int64 { proportionProduct(a, b) }
    @inline(__always) static func sum(_ a: Int64, _ b: Int64) -> Int64 { a &+ b }
}
