/// The fixed header at the start of every GGUF file.
struct GGUFHeader {
    static let magic: UInt32 = 0x4655_4747  // "GGUF" read as a little-endian UInt32

    let version: Int
    let tensorCount: Int
    let metadataCount: Int

    init(reading cursor: inout GGUFCursor) throws(GGUFError) {
        let magic = try cursor.read(UInt32.self, "magic")
        guard magic == Self.magic else { throw .badMagic(magic) }
        let version = try cursor.read(UInt32.self, "version")
        guard version == 2 || version == 3 else { throw .unsupportedVersion(version) }
        self.version = Int(version)
        // A tensor info takes at least 24 bytes (empty name, no dims, type, offset); a key-value 12.
        tensorCount = try cursor.readCount("tensors", bytesEach: 24)
        metadataCount = try cursor.readCount("metadata entries", bytesEach: 12)
    }
}

extension GGUFValue {
    /// Reads one value: a type code then the payload.
    init(reading cursor: inout GGUFCursor, key: String) throws(GGUFError) {
        let code = try cursor.read(UInt32.self, "type of '\(key)'")
        guard let type = GGUFValueType(rawValue: code) else { throw .unknownValueType(code, key: key) }
        try self.init(reading: &cursor, type: type, key: key)
    }

    /// Reads the payload of a value whose type is known.
    init(reading cursor: inout GGUFCursor, type: GGUFValueType, key: String) throws(GGUFError) {
        switch type {
        case .uint8: self = .unsigned(UInt64(try cursor.read(UInt8.self, key)), type)
        case .uint16: self = .unsigned(UInt64(try cursor.read(UInt16.self, key)), type)
        case .uint32: self = .unsigned(UInt64(try cursor.read(UInt32.self, key)), type)
        case .uint64: self = .unsigned(try cursor.read(UInt64.self, key), type)
        case .int8: self = .signed(Int64(try cursor.read(Int8.self, key)), type)
        case .int16: self = .signed(Int64(try cursor.read(Int16.self, key)), type)
        case .int32: self = .signed(Int64(try cursor.read(Int32.self, key)), type)
        case .int64: self = .signed(try cursor.read(Int64.self, key), type)
        case .float32: self = .float(Double(Float(bitPattern: try cursor.read(UInt32.self, key))), type)
        case .float64: self = .float(Double(bitPattern: try cursor.read(UInt64.self, key)), type)
        case .bool: self = .bool(try cursor.read(UInt8.self, key) != 0)
        case .string: self = .string(try cursor.readString(key))
        case .array:
            let code = try cursor.read(UInt32.self, "element type of '\(key)'")
            guard let element = GGUFValueType(rawValue: code) else { throw .unknownValueType(code, key: key) }
            let count = try cursor.readCount("elements of '\(key)'", bytesEach: element.minimumSize)
            var elements: [GGUFValue] = []
            elements.reserveCapacity(count)
            for _ in 0..<count {
                elements.append(try GGUFValue(reading: &cursor, type: element, key: key))
            }
            self = .array(elementType: element, elements)
        }
    }
}

extension GGUFValueType {
    /// The fewest bytes a value of this type can occupy in the file.
    var minimumSize: Int {
        switch self {
        case .uint8, .int8, .bool: 1
        case .uint16, .int16: 2
        case .uint32, .int32, .float32: 4
        case .uint64, .int64, .float64, .string: 8
        case .array: 12
        }
    }
}

extension GGUFTensorInfo {
    /// The most dimensions a ggml tensor can have.
    static let maximumDimensions = 4

    /// Reads one entry of the tensor table.
    init(reading cursor: inout GGUFCursor) throws(GGUFError) {
        let name = try cursor.readString("tensor name")
        let rank = try cursor.read(UInt32.self, "dimension count of '\(name)'")
        guard rank >= 1, rank <= Self.maximumDimensions else {
            throw .invalidTensor(name, reason: "\(rank) dimensions (expected 1 to 4)")
        }
        var dimensions: [Int] = []
        for _ in 0..<rank {
            let raw = try cursor.read(UInt64.self, "dimensions of '\(name)'")
            guard raw > 0, raw < 1 << 40 else { throw .invalidTensor(name, reason: "dimension \(raw)") }
            dimensions.append(Int(raw))
        }
        let code = try cursor.read(UInt32.self, "type of '\(name)'")
        guard let type = GGMLType(rawValue: code) else { throw .unknownTensorType(code, tensor: name) }
        let offset = try cursor.read(UInt64.self, "offset of '\(name)'")
        guard offset < 1 << 48 else { throw .invalidTensor(name, reason: "offset \(offset)") }
        self.init(name: name, dimensions: dimensions, type: type, offset: Int(offset))
    }

    /// Checks that the tensor is whole blocks, aligned, and inside a data section of `dataSize` bytes.
    func validate(alignment: Int, dataSize: Int) throws(GGUFError) {
        guard rowLength % type.blockSize == 0 else {
            throw .invalidTensor(
                name, reason: "row length \(rowLength) is not a multiple of \(type.blockSize)")
        }
        guard offset % alignment == 0 else {
            throw .invalidTensor(name, reason: "offset \(offset) is not a multiple of \(alignment)")
        }
        let (elements, overflow) = dimensions.reduce((1, false)) { partial, dimension in
            let product = partial.0.multipliedReportingOverflow(by: dimension)
            return (product.partialValue, partial.1 || product.overflow)
        }
        guard !overflow, elements < 1 << 48, offset + byteCount <= dataSize else {
            throw .truncated(offset: offset, reading: "data of tensor '\(name)'")
        }
    }
}
