/// A block: its header and its signed extrinsics in the order they were applied.
public struct Block: Sendable, Equatable {
    /// The header.
    public var header: BlockHeader
    /// The extrinsics, in block order.
    public var extrinsics: [SignedExtrinsic]

    /// A block.
    public init(header: BlockHeader, extrinsics: [SignedExtrinsic]) {
        self.header = header
        self.extrinsics = extrinsics
    }

    /// The block hash (the header's hash).
    public var hash: Hash256 { header.hash }

    /// The extrinsics root computed from the extrinsics (compare with `header.extrinsicsRoot`).
    public var computedExtrinsicsRoot: Hash256 { ExtrinsicsRoot.compute(extrinsics.map(\.hash)) }

    /// Whether the header's extrinsics root matches the extrinsics.
    public var hasValidExtrinsicsRoot: Bool { computedExtrinsicsRoot == header.extrinsicsRoot }
}

extension Block: BinaryCodable {
    /// A header and an empty extrinsic list.
    public static var minimumEncodedSize: Int { BlockHeader.encodedSize + 1 }

    /// `header (144) ‖ compact(count) ‖ for each extrinsic: compact(byteLength) ‖ encoded extrinsic`.
    /// The length prefix lets a reader hash or skip an extrinsic without decoding its call.
    public func encode(to writer: inout ByteWriter) {
        writer.encode(header)
        writer.writeLength(extrinsics.count)
        for extrinsic in extrinsics { writer.writeBytes(extrinsic.encoded(capacity: 256)) }
    }

    /// Reads the header, then each length-prefixed extrinsic, which must fill its length exactly.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let header: BlockHeader = try reader.decode(field: "header")
        let count = try reader.readLength(
            minimumElementSize: SignedExtrinsic.minimumEncodedSize + 1, reading: "[SignedExtrinsic]")
        var extrinsics: [SignedExtrinsic] = []
        extrinsics.reserveCapacity(count)
        for index in 0..<count {
            let bytes = try reader.decode([UInt8].self, field: "extrinsics[\(index)]")
            do {
                extrinsics.append(try SignedExtrinsic(decoding: bytes, maxLength: reader.maxLength))
            } catch {
                // Offsets inside the extrinsic count from the start of the block.
                var located = error.within("extrinsics[\(index)]")
                located.offset += reader.offset - bytes.count
                throw located
            }
        }
        self.init(header: header, extrinsics: extrinsics)
    }
}
