import Testing

@testable import LanguageModel

@Suite("GGUF reader")
struct GGUFReaderTests {
    @Test func readsEveryValueTypeAndTheTensorTable() throws {
        let file = try GGUFFile(bytes: GGUFBytes.sample())
        #expect(file.version == 3)
        #expect(file.architecture == "llama")
        #expect(try file.integer("llama.block_count") == 30)
        #expect(try file.float("llama.rope.freq_base") == 100_000)
        #expect(try file.bool("tokenizer.ggml.add_bos_token"))
        #expect(try file.stringArray("tokenizer.ggml.tokens") == ["a", "Ġthe", "<|im_end|>"])
        #expect(try file.integerArray("tokenizer.ggml.token_type") == [1, 3])
        #expect(try file.integer("small.int8") == -1)
        #expect(try file.float("big.float64") == 2.5)
        #expect(file.metadataKeys.first == "general.architecture")
        #expect(file.alignment == 32)
        #expect(file.tensors.map(\.name) == ["norm", "mat"])
        let matrix = try file.tensor(named: "mat")
        #expect(matrix.type == .q8_0 && matrix.rowCount == 2 && matrix.rowLength == 32)
        #expect(matrix.byteCount == 68)
        #expect(Array(file.bytes(of: matrix)) == [UInt8](repeating: 7, count: 68))
        let norm = try file.tensor(named: "norm")
        #expect(file.bytes(of: norm).loadUnaligned(fromByteOffset: 12, as: Float.self) == 4)
    }

    @Test func typedAccessorsReportMissingKeysAndMismatches() throws {
        let file = try GGUFFile(bytes: GGUFBytes.sample())
        #expect(throws: GGUFError.missingKey("llama.nothing")) { try file.integer("llama.nothing") }
        #expect(
            throws: GGUFError.typeMismatch(key: "general.architecture", expected: "integer", found: "string")
        ) {
            try file.integer("general.architecture")
        }
        #expect(throws: GGUFError.missingTensor("output.weight")) { try file.tensor(named: "output.weight") }
    }

    @Test func everyTruncationIsATypedError() {
        let bytes = GGUFBytes.sample()
        for length in stride(from: 0, to: bytes.count, by: 1) {
            #expect(throws: GGUFError.self) { try GGUFFile(bytes: Array(bytes.prefix(length))) }
        }
    }

    /// Files broken in their header or metadata, and the error each must produce.
    enum Corruption: String, CaseIterable, Sendable {
        case badMagic, version1, version9, unknownValueType, unknownTensorType

        var bytes: [UInt8] {
            switch self {
            case .badMagic: GGUFBytes.sample(magic: 0x4C4C_4747)
            case .version1: GGUFBytes.sample(version: 1)
            case .version9: GGUFBytes.sample(version: 9)
            case .unknownValueType: GGUFBytes.sample(valueType: 13)
            case .unknownTensorType: GGUFBytes.sample(tensorType: 99)
            }
        }

        var expected: GGUFError {
            switch self {
            case .badMagic: .badMagic(0x4C4C_4747)
            case .version1: .unsupportedVersion(1)
            case .version9: .unsupportedVersion(9)
            case .unknownValueType: .unknownValueType(13, key: "llama.block_count")
            case .unknownTensorType: .unknownTensorType(99, tensor: "mat")
            }
        }
    }

    @Test(arguments: Corruption.allCases)
    func corruptFilesAreRefused(corruption: Corruption) {
        #expect(throws: corruption.expected) { try GGUFFile(bytes: corruption.bytes) }
    }

    @Test func implausibleCountsAreRefusedWithoutAllocating() {
        var file = GGUFBytes()
        file.header(tensors: 0, metadata: .max)
        #expect(throws: GGUFError.self) { try GGUFFile(bytes: file.bytes) }
    }

    @Test func badAlignmentIsRefused() {
        var file = GGUFBytes()
        file.header(tensors: 0, metadata: 1)
        file.string("general.alignment"); file.u32(4); file.u32(24)
        #expect(throws: GGUFError.invalidAlignment(24)) { try GGUFFile(bytes: file.bytes) }
    }

    @Test func missingFileIsACannotOpenError() {
        #expect(throws: GGUFError.self) {
            try GGUFFile(contentsOf: .init(fileURLWithPath: "/nonexistent.gguf"))
        }
    }
}
