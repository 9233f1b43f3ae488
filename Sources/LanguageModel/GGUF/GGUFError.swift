/// Why a GGUF file could not be read or a metadata value or tensor could not be looked up.
public enum GGUFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened or mapped into memory.
    case cannotOpen(path: String, reason: String)
    /// The file ends before a value that starts at `offset` is complete.
    case truncated(offset: Int, reading: String)
    /// The first four bytes are not `GGUF`.
    case badMagic(UInt32)
    /// The header names a format version this reader does not understand (2 and 3 are supported).
    case unsupportedVersion(UInt32)
    /// A metadata value carries a type code outside the GGUF value types.
    case unknownValueType(UInt32, key: String)
    /// A tensor carries a ggml type code this reader does not know the block layout of.
    case unknownTensorType(UInt32, tensor: String)
    /// A tensor's shape, offset or size is impossible (zero dimensions, misaligned, outside the file).
    case invalidTensor(String, reason: String)
    /// `general.alignment` is not a positive power of two.
    case invalidAlignment(Int)
    /// A metadata key that a caller asked for is absent.
    case missingKey(String)
    /// A metadata key holds a value of another type than the caller asked for.
    case typeMismatch(key: String, expected: String, found: String)
    /// A tensor that a caller asked for is absent.
    case missingTensor(String)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open GGUF file \(path): \(reason)"
        case .truncated(let offset, let what):
            "GGUF file is truncated or corrupt: \(what) at byte \(offset) runs past the end of the file"
        case .badMagic(let magic):
            "not a GGUF file: magic 0x\(String(magic, radix: 16)) instead of 0x46554747 ('GGUF')"
        case .unsupportedVersion(let version): "GGUF version \(version) is not supported (expected 2 or 3)"
        case .unknownValueType(let code, let key): "metadata key '\(key)' has unknown value type \(code)"
        case .unknownTensorType(let code, let name): "tensor '\(name)' has unknown ggml type \(code)"
        case .invalidTensor(let name, let reason): "tensor '\(name)' is invalid: \(reason)"
        case .invalidAlignment(let value): "general.alignment \(value) is not a positive power of two"
        case .missingKey(let key): "metadata key '\(key)' is missing"
        case .typeMismatch(let key, let expected, let found):
            "metadata key '\(key)' holds \(found), expected \(expected)"
        case .missingTensor(let name): "tensor '\(name)' is missing from the GGUF file"
        }
    }
}
