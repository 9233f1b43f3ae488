import Foundation

/// The compact binary form of an ``NGramModel`` (little-endian):
///
///     "YNGM"  u32 version (1)  u32 order  u32 vocabularySize  u64 vocabularyFingerprint
///     f64 discount × order
///     per order: u32 historyCount, then per history (ascending key):
///         u64 key  u32 followerCount  (u32 token, u32 count) × followerCount
extension NGramModel {
    static let magic: [UInt8] = Array("YNGM".utf8)

    /// The model's bytes in the file format above.
    public func serialized() -> [UInt8] {
        var out = NGramModel.magic
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        put(UInt32(1))
        put(UInt32(order))
        put(UInt32(vocabularySize))
        put(vocabularyFingerprint)
        for discount in discounts { put(discount.bitPattern) }
        for level in levels {
            put(UInt32(level.count))
            for key in level.keys.sorted() {
                guard let followers = level[key] else { continue }
                put(key)
                put(UInt32(followers.tokens.count))
                for (token, count) in zip(followers.tokens, followers.counts) {
                    put(UInt32(token))
                    put(count)
                }
            }
        }
        return out
    }

    /// Reads a model from bytes in the file format.
    public init(serialized bytes: [UInt8]) throws(NGramError) {
        var reader = NGramByteReader(bytes: bytes)
        guard try reader.bytes(4) == NGramModel.magic else { throw .malformedFile("the file does not start with YNGM") }
        let version: UInt32 = try reader.read()
        guard version == 1 else { throw .malformedFile("unknown version \(version)") }
        let order = Int(try reader.read() as UInt32)
        let vocabularySize = Int(try reader.read() as UInt32)
        guard (1...4).contains(order) else { throw .malformedFile("order \(order) is outside 1...4") }
        guard (1..<NGramModel.maximumVocabularySize).contains(vocabularySize) else {
            throw .malformedFile("vocabulary size \(vocabularySize) is out of range")
        }
        let fingerprint: UInt64 = try reader.read()
        var discounts: [Double] = []
        for _ in 0..<order { discounts.append(Double(bitPattern: try reader.read())) }
        var levels: [[UInt64: Followers]] = []
        for _ in 0..<order {
            let historyCount = Int(try reader.read() as UInt32)
            var table: [UInt64: Followers] = [:]
            table.reserveCapacity(min(historyCount, bytes.count / 12))
            for _ in 0..<historyCount {
                let key: UInt64 = try reader.read()
                let count = Int(try reader.read() as UInt32)
                var followers = Followers(tokens: [], counts: [], total: 0)
                for _ in 0..<count {
                    let token = Int(try reader.read() as UInt32)
                    guard token < vocabularySize else { throw .malformedFile("token \(token) is outside the vocabulary") }
                    followers.append(token, try reader.read())
                }
                table[key] = followers
            }
            levels.append(table)
        }
        guard reader.isAtEnd else { throw .malformedFile("\(bytes.count - reader.offset) bytes follow the model") }
        self.init(
            order: order, vocabularySize: vocabularySize, vocabularyFingerprint: fingerprint, discounts: discounts,
            levels: levels)
    }

    /// Writes the model to a file.
    public func save(to url: URL) throws(NGramError) {
        do { try Data(serialized()).write(to: url, options: .atomic) } catch {
            throw .io(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Reads a model from a file.
    public static func load(from url: URL) throws(NGramError) -> NGramModel {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .io(path: url.path, reason: error.localizedDescription) }
        return try NGramModel(serialized: [UInt8](data))
    }
}

/// Reads little-endian integers from a byte array, failing with a clear error at the end of the data.
struct NGramByteReader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func bytes(_ count: Int) throws(NGramError) -> [UInt8] {
        guard count <= bytes.count - offset else { throw .malformedFile("the file ends early at byte \(offset)") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func read<T: FixedWidthInteger>() throws(NGramError) -> T {
        let raw = try bytes(MemoryLayout<T>.size)
        return raw.reversed().reduce(T(0)) { $0 << 8 | T($1) }
    }
}
