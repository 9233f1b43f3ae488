/// Reads little-endian GGUF fields one after another, with a bounds check on every read.
struct GGUFCursor {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The bytes not read yet.
    var remaining: Int { bytes.count - offset }

    /// Reads one little-endian integer; `what` names the field for the error message.
    mutating func read<T: FixedWidthInteger>(_: T.Type, _ what: String) throws(GGUFError) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw .truncated(offset: offset, reading: what) }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }

    /// Reads a 64-bit count of items that take at least `bytesEach` bytes each, and checks that the
    /// rest of the file can hold that many.
    mutating func readCount(_ what: String, bytesEach: Int) throws(GGUFError) -> Int {
        let start = offset
        let raw = try read(UInt64.self, "\(what) count")
        guard raw <= UInt64(remaining / max(bytesEach, 1)) else {
            throw .truncated(offset: start, reading: "\(raw) \(what)")
        }
        return Int(raw)
    }

    /// Reads a GGUF string: a 64-bit byte length and UTF-8 bytes (invalid bytes become U+FFFD).
    mutating func readString(_ what: String) throws(GGUFError) -> String {
        let start = offset
        let length = try read(UInt64.self, "\(what) length")
        guard length <= UInt64(remaining) else { throw .truncated(offset: start, reading: what) }
        let count = Int(length)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        offset += count
        return String(decoding: slice, as: UTF8.self)
    }

    /// Moves to the next multiple of `alignment` (the start of the tensor data).
    mutating func align(to alignment: Int) throws(GGUFError) {
        let padded = (offset + alignment - 1) / alignment * alignment
        guard padded <= bytes.count else { throw .truncated(offset: offset, reading: "alignment padding") }
        offset = padded
    }
}
