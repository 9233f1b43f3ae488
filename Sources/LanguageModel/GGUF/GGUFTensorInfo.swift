/// Where one tensor lives in a GGUF file and what shape and element type it has.
public struct GGUFTensorInfo: Equatable, Sendable {
    /// The tensor's name, such as `blk.0.attn_q.weight`.
    public let name: String
    /// The dimensions, innermost first (ggml `ne`): a weight matrix is `[columns, rows]`.
    public let dimensions: [Int]
    /// The element type.
    public let type: GGMLType
    /// The byte offset of the data from the start of the tensor data section.
    public let offset: Int

    /// Creates a tensor description.
    public init(name: String, dimensions: [Int], type: GGMLType, offset: Int) {
        self.name = name
        self.dimensions = dimensions
        self.type = type
        self.offset = offset
    }

    /// The number of elements.
    public var elementCount: Int { dimensions.reduce(1, *) }

    /// The length of a row (the innermost dimension).
    public var rowLength: Int { dimensions.first ?? 1 }

    /// The number of rows (all dimensions but the innermost).
    public var rowCount: Int { dimensions.dropFirst().reduce(1, *) }

    /// The bytes one row occupies.
    public var bytesPerRow: Int { rowLength / type.blockSize * type.bytesPerBlock }

    /// The bytes the whole tensor occupies.
    public var byteCount: Int { bytesPerRow * rowCount }
}
