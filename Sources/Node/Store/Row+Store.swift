import GRDB

extension Row {
    /// The blob at `index` as bytes; a NULL is a damaged row.
    func bytes(at index: Int) throws -> [UInt8] {
        try withUnsafeData(atIndex: index) { data in
            guard let data else { throw BlockStoreError.corruptRow("column \(index) is NULL") }
            return [UInt8](data)
        }
    }

    /// The blob at `index` as bytes, or `nil` for NULL.
    func optionalBytes(at index: Int) throws -> [UInt8]? {
        try withUnsafeData(atIndex: index) { data in data.map { [UInt8]($0) } }
    }

    /// A non-negative integer column (block numbers, positions) as `UInt64`.
    func unsigned(at index: Int) throws -> UInt64 {
        let value = try decode(Int64.self, atIndex: index)
        guard value >= 0 else { throw BlockStoreError.corruptRow("column \(index) holds \(value) < 0") }
        return UInt64(value)
    }

    /// A 64-bit column stored by bit pattern (timestamps, nonces) as `UInt64`.
    func bitPattern(at index: Int) throws -> UInt64 {
        UInt64(bitPattern: try decode(Int64.self, atIndex: index))
    }

    /// A position column as `UInt32`.
    func position(at index: Int) throws -> UInt32 {
        let value = try decode(Int64.self, atIndex: index)
        guard let position = UInt32(exactly: value) else {
            throw BlockStoreError.corruptRow("column \(index) holds \(value), not a position")
        }
        return position
    }
}
