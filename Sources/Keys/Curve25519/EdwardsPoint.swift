/// A point on edwards25519 (−x² + y² = 1 + d·x²·y²) in extended coordinates (X:Y:Z:T), with
/// x = X/Z, y = Y/Z and x·y = T/Z.
struct EdwardsPoint: Sendable {
    /// X.
    var x: FieldElement
    /// Y.
    var y: FieldElement
    /// Z.
    var z: FieldElement
    /// T = X·Y/Z.
    var t: FieldElement

    /// The neutral element (0, 1).
    static let identity = EdwardsPoint(x: .zero, y: .one, z: .one, t: .zero)

    /// Returns `−self`: (−X : Y : Z : −T).
    @inline(__always)
    func negated() -> EdwardsPoint {
        EdwardsPoint(x: x.negated(), y: y, z: z, t: t.negated())
    }

    /// The same point in projective coordinates, dropping T.
    @inline(__always)
    var projective: ProjectivePoint {
        ProjectivePoint(x: x, y: y, z: z)
    }

    /// The form added to other points: (Y + X, Y − X, Z, 2d·T).
    @inline(__always)
    var projectiveNiels: ProjectiveNielsPoint {
        ProjectiveNielsPoint(yPlusX: y + x, yMinusX: y - x, z: z, t2d: t * FieldElement.doubleD)
    }

    /// Returns `2·self`.
    @inline(__always)
    func doubled() -> EdwardsPoint {
        projective.doubled().extended
    }

    /// Returns `self + other`.
    @inline(__always)
    static func + (lhs: EdwardsPoint, rhs: ProjectiveNielsPoint) -> CompletedPoint {
        let pp = (lhs.y + lhs.x) * rhs.yPlusX
        let mm = (lhs.y - lhs.x) * rhs.yMinusX
        let tt2d = lhs.t * rhs.t2d
        let zz = lhs.z * rhs.z
        let zz2 = zz + zz
        return CompletedPoint(x: pp - mm, y: pp + mm, z: zz2 + tt2d, t: zz2 - tt2d)
    }

    /// Returns `self − other`.
    @inline(__always)
    static func - (lhs: EdwardsPoint, rhs: ProjectiveNielsPoint) -> CompletedPoint {
        let pm = (lhs.y + lhs.x) * rhs.yMinusX
        let mp = (lhs.y - lhs.x) * rhs.yPlusX
        let tt2d = lhs.t * rhs.t2d
        let zz = lhs.z * rhs.z
        let zz2 = zz + zz
        return CompletedPoint(x: pm - mp, y: pm + mp, z: zz2 - tt2d, t: zz2 + tt2d)
    }

    /// Returns `self + other` for an affine Niels point (Z = 1 saves a multiplication).
    @inline(__always)
    static func + (lhs: EdwardsPoint, rhs: AffineNielsPoint) -> CompletedPoint {
        let pp = (lhs.y + lhs.x) * rhs.yPlusX
        let mm = (lhs.y - lhs.x) * rhs.yMinusX
        let txy2d = lhs.t * rhs.xy2d
        let z2 = lhs.z + lhs.z
        return CompletedPoint(x: pp - mm, y: pp + mm, z: z2 + txy2d, t: z2 - txy2d)
    }

    /// Returns `self − other` for an affine Niels point.
    @inline(__always)
    static func - (lhs: EdwardsPoint, rhs: AffineNielsPoint) -> CompletedPoint {
        let pm = (lhs.y + lhs.x) * rhs.yMinusX
        let mp = (lhs.y - lhs.x) * rhs.yPlusX
        let txy2d = lhs.t * rhs.xy2d
        let z2 = lhs.z + lhs.z
        return CompletedPoint(x: pm - mp, y: pm + mp, z: z2 - txy2d, t: z2 + txy2d)
    }
}
