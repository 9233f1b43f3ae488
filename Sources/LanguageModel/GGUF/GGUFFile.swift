import Foundation

/// A GGUF model file: header, metadata and tensor table parsed, tensor data memory-mapped.
///
/// Metadata scalars are read with the typed accessors (`try file.integer("llama.block_count")`).
/// Metadata arrays are read whole, either through the typed accessors or through the value:
///
/// ```swift
/// let file = try GGUFFile(contentsOf: url)
/// let tokens: [String] = try file.stringArray("tokenizer.ggml.tokens")
/// let types: [Int] = try file.integerArray("tokenizer.ggml.token_type")
/// let merges = file.metadata["tokenizer.ggml.merges"]?.stringArrayValue ?? []
/// ```
///
/// The value is cheap to copy: copies share one read-only mapping of the file.
public struct GGUFFile: Sendable {
    /// The format version from the header (2 or 3).
    public let version: Int
    /// The metadata keys in file order.
    public let metadataKeys: [String]
    /// All metadata values by key.
    public let metadata: [String: GGUFValue]
    /// The tensor table in file order.
    public let tensors: [GGUFTensorInfo]
    /// The alignment of tensor data (`general.alignment`, 32 when absent).
    public let alignment: Int
    /// The byte offset of the tensor data section from the start of the file.
    public let dataOffset: Int

    let storage: GGUFStorage
    private let tensorIndex: [String: Int]

    /// Memory-maps and parses the GGUF file at `url`.
    public init(contentsOf url: URL) throws(GGUFError) {
        try self.init(storage: GGUFStorage(mapping: url.path))
    }

    /// Parses a GGUF file held in memory (used by tests and for small files).
    public init(bytes: [UInt8]) throws(GGUFError) {
        try self.init(storage: GGUFStorage(copying: bytes))
    }

    private init(storage: GGUFStorage) throws(GGUFError) {
        var cursor = GGUFCursor(bytes: storage.bytes)
        let header = try GGUFHeader(reading: &cursor)
        var keys: [String] = []
        var values: [String: GGUFValue] = [:]
        for _ in 0..<header.metadataCount {
            let key = try cursor.readString("metadata key")
            values[key] = try GGUFValue(reading: &cursor, key: key)
            keys.append(key)
        }
        let alignment = values["general.alignment"]?.integerValue ?? 32
        guard alignment > 0, alignment & (alignment - 1) == 0 else { throw .invalidAlignment(alignment) }
        var infos: [GGUFTensorInfo] = []
        infos.reserveCapacity(header.tensorCount)
        for _ in 0..<header.tensorCount {
            infos.append(try GGUFTensorInfo(reading: &cursor))
        }
        try cursor.align(to: alignment)
        let dataSize = storage.bytes.count - cursor.offset
        var index: [String: Int] = [:]
        for (position, info) in infos.enumerated() {
            try info.validate(alignment: alignment, dataSize: dataSize)
            index[info.name] = position
        }
        self.version = header.version
        self.metadataKeys = keys
        self.metadata = values
        self.tensors = infos
        self.alignment = alignment
        self.dataOffset = cursor.offset
        self.storage = storage
        self.tensorIndex = index
    }

    /// The tensor called `name`, or `GGUFError.missingTensor`.
    public func tensor(named name: String) throws(GGUFError) -> GGUFTensorInfo {
        guard let position = tensorIndex[name] else { throw .missingTensor(name) }
        return tensors[position]
    }

    /// Whether the file has a tensor called `name`.
    public func hasTensor(named name: String) -> Bool { tensorIndex[name] != nil }

    /// The raw bytes of `tensor` (blocks as stored). Valid while this value or a copy of it lives.
    public func bytes(of tensor: GGUFTensorInfo) -> UnsafeRawBufferPointer {
        let start = dataOffset + tensor.offset
        return UnsafeRawBufferPointer(rebasing: storage.bytes[start..<(start + tensor.byteCount)])
    }
}
