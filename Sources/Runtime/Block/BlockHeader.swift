/// A block's header: what the block hash commits to.
public struct BlockHeader: Sendable, Hashable {
    /// The block number; the genesis block is 0.
    public var number: BlockNumber
    /// The hash of the parent block's header (``Hash256/zero`` for the genesis block).
    public var parentHash: Hash256
    /// The root committing to the whole state after the block.
    public var stateRoot: Hash256
    /// The Merkle root of the block's extrinsic hashes (``ExtrinsicsRoot``).
    public var extrinsicsRoot: Hash256
    /// When the block was sealed, in milliseconds since the Unix epoch.
    public var timestamp: UInt64
    /// The account that produced the block.
    public var author: AccountID

    /// A header.
    public init(
        number: BlockNumber, parentHash: Hash256, stateRoot: Hash256, extrinsicsRoot: Hash256,
        timestamp: UInt64,
        author: AccountID
    ) {
        self.number = number
        self.parentHash = parentHash
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.timestamp = timestamp
        self.author = author
    }

    /// The block hash: Blake2b-256 of the encoded header.
    public var hash: Hash256 { Hash256(blake2b256: encoded(capacity: Self.encodedSize)) }
}

extension BlockHeader: BinaryCodable {
    /// Every header encodes to 144 bytes.
    public static let encodedSize = 8 + 32 + 32 + 32 + 8 + 32

    /// Exactly ``encodedSize`` bytes.
    public static var minimumEncodedSize: Int { encodedSize }

    /// `number (u64 LE) ‖ parentHash (32) ‖ stateRoot (32) ‖ extrinsicsRoot (32) ‖ timestamp (u64 LE) ‖ author (32)`.
    public func encode(to writer: inout ByteWriter) {
        writer.write(number)
        writer.encode(parentHash)
        writer.encode(stateRoot)
        writer.encode(extrinsicsRoot)
        writer.write(timestamp)
        writer.encode(author)
    }

    /// Reads the fixed 144-byte layout.
    public init(from reader: inout ByteReader) throws(CodecError) {
        self.init(
            number: try reader.decode(field: "number"),
            parentHash: try reader.decode(field: "parentHash"),
            stateRoot: try reader.decode(field: "stateRoot"),
            extrinsicsRoot: try reader.decode(field: "extrinsicsRoot"),
            timestamp: try reader.decode(field: "timestamp"),
            author: try reader.decode(field: "author"))
    }
}
