import Testing

@testable import Runtime

/// The primitive encodings: fixed-width integers, compact integers, bools, bytes, arrays, optionals,
/// strings and accounts.
@Suite struct PrimitiveCodecTests {
    /// SCALE compact vectors: value and its canonical encoding.
    static let compactCases: [(UInt64, [UInt8])] = [
        (0, [0x00]), (1, [0x04]), (42, [0xa8]), (63, [0xfc]),
        (64, [0x01, 0x01]), (69, [0x15, 0x01]), (16_383, [0xfd, 0xff]),
        (16_384, [0x02, 0x00, 0x01, 0x00]), (65_535, [0xfe, 0xff, 0x03, 0x00]),
        ((1 << 30) - 1, [0xfe, 0xff, 0xff, 0xff]),
        (1 << 30, [0x03, 0x00, 0x00, 0x00, 0x40]),
        (UInt64(UInt32.max), [0x03, 0xff, 0xff, 0xff, 0xff]),
        (1 << 32, [0x07, 0x00, 0x00, 0x00, 0x00, 0x01]),
        (100_000_000_000_000, [0x0b, 0x00, 0x40, 0x7a, 0x10, 0xf3, 0x5a]),
        (1 << 56, [0x13, 0, 0, 0, 0, 0, 0, 0, 0x01]),
        (UInt64.max, [0x13, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    ]

    @Test(arguments: compactCases)
    func compact(value: UInt64, bytes: [UInt8]) throws {
        try CodecCase("compact \(value)", Compact(value), expected: bytes).checkAll()
    }

    /// Over-long or over-wide compact forms.
    static let badCompacts: [[UInt8]] = [
        [0x01, 0x00],  // 0 in the two-byte form
        [0xfd, 0x00],  // 63 in the two-byte form
        [0x02, 0x00, 0x00, 0x00],  // 0 in the four-byte form
        [0xfe, 0xff, 0x00, 0x00],  // 16 383 in the four-byte form
        [0x03, 0xff, 0xff, 0xff, 0x3f],  // 2^30 - 1 in the big form
        [0x07, 0xff, 0xff, 0xff, 0xff, 0x00],  // 2^32 - 1 in five bytes
        [0x17, 0, 0, 0, 0, 0, 0, 0, 0, 1],  // nine bytes: over 64 bits
    ]

    @Test(arguments: badCompacts)
    func nonCanonicalCompactIsRefused(bytes: [UInt8]) {
        #expect {
            try Compact(decoding: bytes)
        } throws: { error in
            guard let error = error as? CodecError, case .invalidValue = error.reason else { return false }
            return error.offset == 0
        }
    }

    static let primitives: [CodecCase] = [
        CodecCase("u8", UInt8(0xab), expected: [0xab]),
        CodecCase("u16", UInt16(0x1234), expected: [0x34, 0x12]),
        CodecCase("u32", UInt32(0x1234_5678), expected: [0x78, 0x56, 0x34, 0x12]),
        CodecCase("u64", UInt64(1), expected: [1, 0, 0, 0, 0, 0, 0, 0]),
        CodecCase("u64 max", UInt64.max, expected: Array(repeating: 0xff, count: 8)),
        CodecCase("u128", UInt128(1) << 120, expected: Array(repeating: 0, count: 15) + [1]),
        CodecCase("i16 -2", Int16(-2), expected: [0xfe, 0xff]),
        CodecCase("i64 min", Int64.min, expected: Array(repeating: 0, count: 7) + [0x80]),
        CodecCase("true", true, expected: [1]),
        CodecCase("false", false, expected: [0]),
        CodecCase("empty bytes", [UInt8](), expected: [0]),
        CodecCase("bytes", [UInt8]([1, 2, 3]), expected: [0x0c, 1, 2, 3]),
        CodecCase("u16 array", [UInt16]([1, 0x0102]), expected: [0x08, 1, 0, 2, 1]),
        CodecCase("none", UInt32?.none, expected: [0]),
        CodecCase("some", UInt32?.some(7), expected: [1, 7, 0, 0, 0]),
        CodecCase("string", "τao", expected: [0x10, 0xcf, 0x84, 0x61, 0x6f]),
        CodecCase("account", AccountID(testSeed: 9), expected: Array(repeating: 9, count: 32)),
        CodecCase("optional accounts", [AccountID?.none, AccountID(testSeed: 1)]),
        CodecCase("nested", [[UInt64]]([[1], [], [2, 3]])),
    ]

    @Test(arguments: primitives)
    func roundTrip(_ codecCase: CodecCase) throws {
        try codecCase.checkAll()
    }

    @Test func boolOtherThanZeroOrOneIsRefused() {
        #expect(throws: CodecError(.invalidValue("a bool is 0 or 1, found 2"), reading: "Bool", at: 0)) {
            try Bool(decoding: [2])
        }
    }

    @Test func optionalTagOtherThanZeroOrOneIsRefused() {
        #expect(throws: CodecError(.unknownVariant(index: 2), reading: "Optional<UInt8>", at: 0)) {
            try UInt8?(decoding: [2, 0])
        }
    }

    @Test func lengthOverTheLimitIsRefusedBeforeAllocating() {
        #expect(throws: CodecError(.lengthOverLimit(length: 5, limit: 4), reading: "[UInt8]", at: 0)) {
            try [UInt8](decoding: [0x14, 1, 2, 3, 4, 5], maxLength: 4)
        }
        // A length that the remaining input cannot hold.
        #expect(throws: CodecError(.lengthOverLimit(length: 1 << 20, limit: 0), reading: "[UInt64]", at: 0)) {
            try [UInt64](decoding: [0x02, 0x00, 0x40, 0x00])
        }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: CodecError(.invalidValue("not UTF-8"), reading: "String", at: 0)) {
            try String(decoding: [0x04, 0xff])
        }
    }

    @Test func errorsNameTheElementPathAndOffset() {
        do {
            _ = try [Bool](decoding: [0x08, 1, 2])
            Issue.record("decoded an invalid bool")
        } catch {
            #expect(error.path == ["[1]"])
            #expect(error.offset == 2)
            #expect(
                error.description
                    == "cannot decode [1] (Bool) at byte 2: invalid value: a bool is 0 or 1, found 2")
        }
    }

    @Test func writerOutputMatchesTheSequenceHelpers() {
        var writer = ByteWriter()
        writer.writeSequence([UInt16(1), 2])
        writer.writeOptional(UInt8?.none)
        writer.writeRaw([9, 9])
        writer.writeCompact(64)
        #expect(writer.bytes == [0x08, 1, 0, 2, 0, 0, 9, 9, 0x01, 0x01])
        var reader = ByteReader(writer.bytes)
        #expect((try? reader.readSequence(UInt16.self)) == [1, 2])
        #expect((try? reader.readOptional(UInt8.self)) == .some(nil))
        #expect((try? reader.readRaw(count: 2)) == [9, 9])
        #expect((try? reader.readCompact()) == 64)
        #expect(reader.isAtEnd)
    }
}
