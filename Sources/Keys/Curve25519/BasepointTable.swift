/// The ristretto255 base point and its precomputed odd multiples for variable-time multiplication.
extension EdwardsPoint {
    /// ristretto255's generator B (the ed25519 base point's class), decoded from its RFC 9496 encoding.
    static let ristrettoBase: EdwardsPoint = {
        let encoding: [UInt8] = [
            0xE2, 0xF2, 0xAE, 0x0A, 0x6A, 0xBC, 0x4E, 0x71, 0xA8, 0x84, 0xA9, 0x61, 0xC5, 0x00, 0x51, 0x5F,
            0x58, 0xE3, 0x0B, 0x6A, 0xA5, 0x82, 0xDD, 0x8D, 0xB6, 0xA6, 0x59, 0x45, 0xE0, 0x8D, 0x2D, 0x76,
        ]
        guard let base = EdwardsPoint(ristretto: encoding) else {
            preconditionFailure("the ristretto255 base point encoding is valid")
        }
        return base
    }()

    /// The window width of the base point's NAF digits.
    static let baseWindowWidth = 8

    /// B, 3B, 5B, …, (2^(w−1) − 1)·B for w = ``baseWindowWidth``, normalised to Z = 1; built once.
    static let oddMultiplesOfBase: [AffineNielsPoint] = oddMultiples(
        of: ristrettoBase, count: 1 << (baseWindowWidth - 2)
    ).map(AffineNielsPoint.init)

    /// P, 3P, 5P, … (`count` odd multiples) in extended coordinates.
    static func oddMultiples(of point: EdwardsPoint, count: Int) -> [EdwardsPoint] {
        let twice = point.doubled().projectiveNiels
        var multiples = [point]
        multiples.reserveCapacity(count)
        while multiples.count < count, let last = multiples.last {
            multiples.append((last + twice).extended)
        }
        return multiples
    }
}
