/// Exponentiation-based operations: inversion and the square root of a ratio.
extension FieldElement {
    /// ed25519's d = −121665/121666.
    static let d = FieldElement(
        929_955_233_495_203, 466_365_720_129_213, 1_662_059_464_998_953, 2_033_849_074_728_123,
        1_442_794_654_840_575)
    /// 2·d.
    static let doubleD = FieldElement(
        1_859_910_466_990_425, 932_731_440_258_426, 1_072_319_116_312_658, 1_815_898_335_770_999,
        633_789_495_995_903)
    /// The non-negative square root of −1.
    static let sqrtMinusOne = FieldElement(
        1_718_705_420_411_056, 234_908_883_556_509, 2_233_514_472_574_048, 2_117_202_627_021_982,
        765_476_049_583_133)
    /// 1/√(a − d) with a = −1, the non-negative root (ristretto255's `INVSQRT_A_MINUS_D`).
    static let inverseSqrtAMinusD = FieldElement(
        278_908_739_862_762, 821_645_201_101_625, 8_113_234_426_968, 1_777_959_178_193_151,
        2_118_520_810_568_447)

    /// Returns `(self^(2^250 − 1), self^11)`, the shared start of the inversion and square-root chains.
    private func power2To250Minus1() -> (FieldElement, FieldElement) {
        let x2 = square()
        let x9 = self * x2.square(times: 2)
        let x11 = x2 * x9
        let x31 = x9 * x11.square()  // 2^5 − 1
        let e10 = x31.square(times: 5) * x31
        let e20 = e10.square(times: 10) * e10
        let e40 = e20.square(times: 20) * e20
        let e50 = e40.square(times: 10) * e10
        let e100 = e50.square(times: 50) * e50
        let e200 = e100.square(times: 100) * e100
        let e250 = e200.square(times: 50) * e50
        return (e250, x11)
    }

    /// Returns `1/self` (`self^(p − 2)`); the inverse of 0 is 0.
    func inverted() -> FieldElement {
        let (e250, x11) = power2To250Minus1()
        return e250.square(times: 5) * x11
    }

    /// Returns `self^((p − 5)/8) = self^(2^252 − 3)`.
    func power2To252Minus3() -> FieldElement {
        let (e250, _) = power2To250Minus1()
        return e250.square(times: 2) * self
    }

    /// RFC 9496's `SQRT_RATIO_M1(u, v)`: `(true, +√(u/v))` if u/v is a square, `(true, 0)` if u is 0,
    /// `(false, 0)` if v is 0 and u is not, and otherwise `(false, +√(i·u/v))`.
    static func sqrtRatioM1(_ u: FieldElement, _ v: FieldElement) -> (wasSquare: Bool, root: FieldElement) {
        let v3 = v.square() * v
        let v7 = v3.square() * v
        var r = (u * v3) * (u * v7).power2To252Minus3()
        let check = v * r.square()
        let correctSign = check == u
        let flippedSign = check == u.negated()
        let flippedSignTimesI = check == u.negated() * sqrtMinusOne
        if flippedSign || flippedSignTimesI {
            r = r * sqrtMinusOne
        }
        return (correctSign || flippedSign, r.absolute)
    }
}
