/// The intermediate coordinate systems of edwards25519 arithmetic, each chosen so that the step that
/// produces or consumes it needs the fewest multiplications.

/// A point in projective coordinates (X:Y:Z), x = X/Z and y = Y/Z: the cheapest form to double.
struct ProjectivePoint: Sendable {
    /// X.
    var x: FieldElement
    /// Y.
    var y: FieldElement
    /// Z.
    var z: FieldElement

    /// The neutral element.
    static let identity = ProjectivePoint(x: .zero, y: .one, z: .one)

    /// Returns `2·self` (three squarings, one of a sum, and a doubled square).
    @inline(__always)
    func doubled() -> CompletedPoint {
        let xx = x.square()
        let yy = y.square()
        let zSquared = z.square()
        let zz2 = zSquared + zSquared
        let sumSquared = (x + y).square()
        let yyPlusXX = yy + xx
        let yyMinusXX = yy - xx
        return CompletedPoint(x: sumSquared - yyPlusXX, y: yyPlusXX, z: yyMinusXX, t: zz2 - yyMinusXX)
    }

    /// The same point in extended coordinates (X·Z : Y·Z : Z² : X·Y).
    var extended: EdwardsPoint {
        EdwardsPoint(x: x * z, y: y * z, z: z.square(), t: x * y)
    }
}

/// A point in completed coordinates ((X:Z), (Y:T)), x = X/Z and y = Y/T: what additions and
/// doublings produce before the result is converted back.
struct CompletedPoint: Sendable {
    /// X.
    var x: FieldElement
    /// Y.
    var y: FieldElement
    /// Z.
    var z: FieldElement
    /// T.
    var t: FieldElement

    /// Converts to extended coordinates (four multiplications).
    @inline(__always)
    var extended: EdwardsPoint {
        EdwardsPoint(x: x * t, y: y * z, z: z * t, t: x * y)
    }

    /// Converts to projective coordinates (three multiplications).
    @inline(__always)
    var projective: ProjectivePoint {
        ProjectivePoint(x: x * t, y: y * z, z: z * t)
    }
}

/// A point prepared for repeated addition: (Y + X, Y − X, Z, 2d·T).
struct ProjectiveNielsPoint: Sendable {
    /// Y + X.
    var yPlusX: FieldElement
    /// Y − X.
    var yMinusX: FieldElement
    /// Z.
    var z: FieldElement
    /// 2d·T.
    var t2d: FieldElement
}

/// A point with Z = 1 prepared for repeated addition: (y + x, y − x, 2d·x·y); used for the base
/// point's precomputed table.
struct AffineNielsPoint: Sendable {
    /// y + x.
    var yPlusX: FieldElement
    /// y − x.
    var yMinusX: FieldElement
    /// 2d·x·y.
    var xy2d: FieldElement

    /// Normalises `point` to Z = 1 (one inversion) and prepares it.
    init(_ point: EdwardsPoint) {
        let zInverse = point.z.inverted()
        self.init(x: point.x * zInverse, y: point.y * zInverse)
    }

    /// Prepares the affine point (x, y).
    init(x: FieldElement, y: FieldElement) {
        yPlusX = y + x
        yMinusX = y - x
        xy2d = x * y * FieldElement.doubleD
    }
}
