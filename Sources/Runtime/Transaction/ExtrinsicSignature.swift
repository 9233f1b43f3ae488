import Hashing

/// The 64-byte signature of a signed extrinsic (sr25519 or ed25519), over its signing payload.
public struct ExtrinsicSignature: Hashable, Sendable, CustomStringConvertible {
    /// The number of bytes in a signature.
    public static let byteCount = 64

    /// The signature bytes, exactly 64.
    public let bytes: [UInt8]

    /// A signature from exactly 64 bytes.
    public init(bytes: some Collection<UInt8>) throws(ExtrinsicSignatureError) {
        guard bytes.count == Self.byteCount else { throw .wrongLength(bytes.count) }
        self.bytes = Array(bytes)
    }

    /// Sixty-four zero bytes: a placeholder for extrinsics that are built before they are signed.
    public static let empty = ExtrinsicSignature(uncheckedBytes: [UInt8](repeating: 0, count: byteCount))

    private init(uncheckedBytes: [UInt8]) {
        bytes = uncheckedBytes
    }

    /// Lowercase hex with `0x`.
    public var description: String { Hex.encode(bytes, prefixed: true) }
}

/// Why bytes are not a signature.
public enum ExtrinsicSignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not 64 bytes.
    case wrongLength(Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .wrongLength(let count): "a signature is 64 bytes, got \(count)"
        }
    }
}

extension ExtrinsicSignature: BinaryCodable {
    /// Exactly 64 bytes.
    public static var minimumEncodedSize: Int { byteCount }

    /// The 64 bytes, no length prefix.
    public func encode(to writer: inout ByteWriter) { writer.writeRaw(bytes) }

    /// Exactly 64 bytes.
    public init(from reader: inout ByteReader) throws(CodecError) {
        self.init(uncheckedBytes: try reader.readRaw(count: Self.byteCount))
    }
}
