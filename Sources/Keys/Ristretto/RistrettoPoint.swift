import CSodium

/// A ristretto255 group element in its canonical 32-byte encoding.
struct RistrettoPoint: Sendable, Equatable {
    /// The canonical compressed encoding.
    let bytes: [UInt8]

    /// Wraps an encoding produced by libsodium.
    private init(trusted bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Decodes a point, or returns `nil` if `bytes` is not a canonical ristretto255 encoding.
    init?(bytes: [UInt8]) {
        Sodium.ensureInitialised()
        guard bytes.count == 32 else { return nil }
        guard bytes.allSatisfy({ $0 == 0 }) || crypto_core_ristretto255_is_valid_point(bytes) == 1 else {
            return nil
        }
        self.init(trusted: bytes)
    }

    /// Returns `scalar · B`, B the ristretto255 base point.
    static func base(times scalar: Scalar) -> RistrettoPoint {
        Sodium.ensureInitialised()
        var product = [UInt8](repeating: 0, count: 32)
        // A return of -1 only signals the identity, whose all-zero encoding is already in `product`.
        _ = crypto_scalarmult_ristretto255_base(&product, scalar.bytes)
        return RistrettoPoint(trusted: product)
    }

    /// Returns `scalar · self`.
    func times(_ scalar: Scalar) -> RistrettoPoint {
        Sodium.ensureInitialised()
        if bytes.allSatisfy({ $0 == 0 }) {
            return self
        }
        var product = [UInt8](repeating: 0, count: 32)
        // A return of -1 only signals the identity, whose all-zero encoding is already in `product`.
        _ = crypto_scalarmult_ristretto255(&product, scalar.bytes, bytes)
        return RistrettoPoint(trusted: product)
    }

    /// Returns `lhs + rhs`.
    static func + (lhs: RistrettoPoint, rhs: RistrettoPoint) -> RistrettoPoint {
        Sodium.ensureInitialised()
        var sum = [UInt8](repeating: 0, count: 32)
        _ = crypto_core_ristretto255_add(&sum, lhs.bytes, rhs.bytes)
        return RistrettoPoint(trusted: sum)
    }

    /// Returns `lhs − rhs`.
    static func - (lhs: RistrettoPoint, rhs: RistrettoPoint) -> RistrettoPoint {
        Sodium.ensureInitialised()
        var difference = [UInt8](repeating: 0, count: 32)
        _ = crypto_core_ristretto255_sub(&difference, lhs.bytes, rhs.bytes)
        return RistrettoPoint(trusted: difference)
    }
}
