import FixedPoint

/// Whole-vector conversions between `I32F32` values and their raw `Int64`s: an `I32F32` is laid out
/// as its raw value, so a conversion is one block copy instead of a loop of element moves.
extension Array where Element == I32F32 {
    /// The raw values.
    var rawValues: [Int64] { blockCopy(self, as: Int64.self) }
}

extension Array where Element == Int64 {
    /// The `I32F32` values of these raw values.
    var fixedValues: [I32F32] { blockCopy(self, as: I32F32.self) }
}

/// `source` reinterpreted element by element as `Target`, which has the same stride.
private func blockCopy<Source, Target>(_ source: [Source], as _: Target.Type) -> [Target] {
    precondition(MemoryLayout<Source>.stride == MemoryLayout<Target>.stride)
    return [Target](unsafeUninitializedCapacity: source.count) { buffer, initialized in
        source.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
        initialized = source.count
    }
}
