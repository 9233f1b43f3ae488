import CSodium

/// An integer modulo the ristretto255 group order ℓ = 2^252 + 27742317777372353535851937790883648493,
/// stored as 32 little-endian bytes.
struct Scalar: Sendable, Equatable {
    /// The canonical little-endian encoding (always < ℓ unless built with ``init(unreducedBytes:)``).
    let bytes: [UInt8]

    /// ℓ in little-endian bytes.
    static let order: [UInt8] = [
        0xED, 0xD3, 0xF5, 0x5C, 0x1A, 0x63, 0x12, 0x58, 0xD6, 0x9C, 0xF7, 0xA2, 0xDE, 0xF9, 0xDE, 0x14,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
    ]

    /// Wraps 32 bytes known to encode a scalar below ℓ.
    private init(trusted bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Returns the scalar encoded by 32 canonical bytes, or `nil` if they are not 32 bytes below ℓ.
    init?(canonicalBytes bytes: [UInt8]) {
        guard bytes.count == 32, Self.isBelowOrder(bytes) else { return nil }
        self.init(trusted: bytes)
    }

    /// Reduces 64 little-endian bytes modulo ℓ (uniform reduction of a wide hash output).
    init(wideBytes bytes: [UInt8]) {
        precondition(bytes.count == 64, "wide scalar input must be 64 bytes")
        Sodium.ensureInitialised()
        var reduced = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_reduce(&reduced, bytes)
        self.init(trusted: reduced)
    }

    /// Returns `self + other` mod ℓ.
    static func + (lhs: Scalar, rhs: Scalar) -> Scalar {
        Sodium.ensureInitialised()
        var sum = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_add(&sum, lhs.bytes, rhs.bytes)
        return Scalar(trusted: sum)
    }

    /// Returns `self · other` mod ℓ.
    static func * (lhs: Scalar, rhs: Scalar) -> Scalar {
        Sodium.ensureInitialised()
        var product = [UInt8](repeating: 0, count: 32)
        crypto_core_ristretto255_scalar_mul(&product, lhs.bytes, rhs.bytes)
        return Scalar(trusted: product)
    }

    /// Whether 32 little-endian bytes encode an integer below ℓ.
    static func isBelowOrder(_ bytes: [UInt8]) -> Bool {
        for index in stride(from: 31, through: 0, by: -1) where bytes[index] != order[index] {
            return bytes[index] < order[index]
        }
        return false
    }
}
