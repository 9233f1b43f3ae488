import Testing

@testable import Runtime

/// One value of any binary-codable type, for table-driven round-trip and malformed-input tests.
struct CodecCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// The value's encoding.
    let bytes: [UInt8]
    /// The bytes the encoding must equal, when known.
    let expected: [UInt8]?
    /// Decodes bytes as the case's type and says whether the result equals the value.
    let decodesToValue: @Sendable ([UInt8]) throws(CodecError) -> Bool
    /// Decodes bytes as the case's type, discarding the value.
    let decode: @Sendable ([UInt8]) throws(CodecError) -> Void

    var testDescription: String { name }

    init<T: BinaryCodable & Equatable & Sendable>(_ name: String, _ value: T, expected: [UInt8]? = nil) {
        self.name = name
        self.bytes = value.encoded()
        self.expected = expected
        self.decodesToValue = { bytes throws(CodecError) in try T(decoding: bytes) == value }
        self.decode = { bytes throws(CodecError) in _ = try T(decoding: bytes) }
    }

    /// Checks the round trip, the expected bytes, every truncation and one trailing byte.
    func checkAll() throws {
        if let expected { #expect(bytes == expected, "\(name): encoding") }
        #expect(try decodesToValue(bytes), "\(name): round trip")
        for cut in 0..<bytes.count {
            #expect(throws: CodecError.self, "\(name): truncated to \(cut) bytes") {
                try decode(Array(bytes[0..<cut]))
            }
        }
        #expect(throws: CodecError(.trailingBytes(count: 1), reading: typeName, at: bytes.count)) {
            try decode(bytes + [0])
        }
    }

    /// The type name a trailing-bytes error reports.
    var typeName: String {
        do {
            try decode(bytes + [0])
            return ""
        } catch {
            return error.type
        }
    }
}
