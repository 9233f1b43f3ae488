import FixedPoint

/// Whole-vector conversions between `I32F32` values and their raw `Int64`s: an `I32F32` is laid out
/// as its raw value, so a conversion is one block copy instead of a loop of element moves.
extension Array where Element == I32F32 {
    /// The raw values.
    var rawValues: [Int64] {
        precondition(MemoryLayout<I32F32>.stride == MemoryLayout<Int64>.stride)
        return [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
    }
}

extension Array where Element == Int64 {
    /// The `I32F32` values of these raw values.
    var fixedValues: [I32F32] {
        precondition(MemoryLayout<I32F32>.stride == MemoryLayout<Int64>.stride)
        return [I32F32](unsafeUninitializedCapacity: count) { buffer, initialized in
            withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
    }
}
