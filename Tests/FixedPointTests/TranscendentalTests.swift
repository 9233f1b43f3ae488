import FixedPoint
import Foundation
import Testing

/// Expected values come from an exact-integer model of `substrate_fixed::transcendental`
/// (Taylor series for exp with floor products and truncating quotients, squaring for log2,
/// e and log2(e) with 23 fractional bits). The sigmoid table is the chain's own
/// `test_math_sigmoid_safe`, which pins `exp` on I32F32 to the Rust results.
@Suite struct TranscendentalTests {
    static let i32Exp: [(Int64, Int64?)] = [
        (0, 4294967296),
        (4294967296, 11674931200),
        (-4294967296, 1580030169),
        (8589934592, 31735754285),
        (-8589934592, 581260615),
        (2147483648, 7081203935),
        (-2147483648, 2605029348),
        (85899345920, 2066907302758576256),
        (-85899345920, 8),
        (90194313216, nil),
        (-90194313216, nil),
        (94489280512, nil),
        (1, 4294967297),
        (-1, 4294967295),
        (3, 4294967299),
        (-9223372036854775808, nil),
        (9223372036854775807, nil),
        (12345678901, 76088436781),
        (-12345678901, 242438205),
        (429496736, 4746672953),
        (-429496736, 3886247115),
        (21474836481, 637429664765),
        (-30064771075, 3916503),
        (39302597943, 40469064190131),
        (-53038832560, 18613),
        (-40648077269, 333231),
        (-10705481995, 355183641),
        (-47083597608, 74474),
        (44812167002, 145960244304688),
        (-3994940529, 1694350305),
        (-54011278810, 14842),
        (-51764195927, 25044),
        (-54130845164, 14434),
        (-4396950836, 1542954443),
        (-30672644405, 3399633),
    ]
    static let i32Ln: [(Int64, Int64?)] = [
        (4294967296, 0),
        (8589934592, 2977044511),
        (2147483648, -2977044511),
        (42949672960, 9889527802),
        (12884901888, 4718503913),
        (1, nil),
        (4, -89311335346),
        (9223372036854775807, 92288379858),
        (429496736, -9889527738),
        (0, nil),
        (-1, nil),
        (-4294967296, nil),
        (12345678901, 4534893567),
        (4294967297, 0),
        (4294967295, 0),
        (4611686018427387904, 89311335346),
        (920366863767, 23052500315),
        (224114513292, 16985364087),
        (415060972872, 19632216276),
        (212052832772, 16747759249),
        (1091806279136, 23786151111),
        (1023551468272, 23508889279),
        (796515361841, 22431766122),
        (546748336046, 20815751156),
    ]
    static let i32Log2: [(Int64, Int64?)] = [
        (4294967296, 0),
        (8589934592, 4294967296),
        (2147483648, -4294967296),
        (42949672960, 14267572527),
        (12884901888, 6807362105),
        (1, nil),
        (4, -128849018880),
        (9223372036854775807, 133143986176),
        (429496736, -14267572435),
        (0, nil),
        (-1, nil),
        (-4294967296, nil),
        (12345678901, 6542468374),
        (4294967297, 1),
        (4294967295, -1),
        (4611686018427387904, 128849018880),
        (920366863767, 33257727441),
        (224114513292, 24504700209),
        (415060972872, 28323300686),
        (212052832772, 24161908893),
        (1091806279136, 34316161793),
        (1023551468272, 33916157527),
        (796515361841, 32362197311),
        (546748336046, 30030780565),
    ]
    static let i65Exp: [(Int128, Int128?)] = [
        (0, 9223372036854775808),
        (9223372036854775808, 25071723843525017600),
        (-9223372036854775808, 3393088950634442638),
        (4611686018427387904, 15206769664743235140),
        (-4611686018427387904, 5594257926288582652),
        (46116860184273879040, 1368869781567983877503),
        (-46116860184273879040, 62146591937174448),
        (92233720368547758080, 203158288682558473244504),
        (-92233720368547758080, 418740442646473),
        (405828369621610135552, nil),
        (1, 9223372036854775809),
        (-1, 9223372036854775807),
        (6917529027641081856, 19525878755246439373),
        (-8070450532247928832, 3844873495529559682),
        (-50837446250488206816, 37251380834699868),
        (34590181468844061190, 392295621049081961963),
        (8279529517580348704, 22633001632925537139),
        (-37259197566311678724, 162364804912184659),
        (46336982120603946768, 1401931726992473338840),
        (32413529115970958548, 309829631292077931483),
        (72556028918881613141, 24059401633612244769880),
        (33542698745812963415, 350180027492381946067),
    ]
    static let i65Log2: [(Int128, Int128?)] = [
        (9223372036854775808, 0),
        (18446744073709551616, 9223372036854775808),
        (27670116110564327424, 14618698808614929359),
        (9232595408891630583808, 91931435960752544458),
        (170141183460469231722463931679029329920, 590295810358705651711),
        (1, -581072438321850875904),
        (4611686018427387904, -9223372036854775808),
        (1138687895422480280570560512, 247918991632714575024),
        (9223372036854775809, 1),
        (0, nil),
        (-9223372036854775808, nil),
        (740797453008833724424146534978, 334116595681205485857),
        (617733424852136882912113333323, 331699198357798606110),
        (1195837876393974577273759232721, 340488753808303164955),
        (847506987089870510426594917761, 335907277611627937807),
        (929438198118613455583479846578, 337135219033836676208),
        (1234212055391203506658027400651, 340909048848703205408),
    ]

    @Test(arguments: i32Exp)
    func i32F32Exp(input: Int64, expected: Int64?) {
        #expect(I32F32.exp(I32F32(raw: input))?.raw == expected)
    }

    @Test(arguments: i32Ln)
    func i32F32Ln(input: Int64, expected: Int64?) {
        #expect(I32F32.ln(I32F32(raw: input))?.raw == expected)
    }

    @Test(arguments: i32Log2)
    func i32F32Log2(input: Int64, expected: Int64?) {
        #expect(I32F32.log2(I32F32(raw: input))?.raw == expected)
    }

    @Test(arguments: i65Exp)
    func i65F63Exp(input: Int128, expected: Int128?) {
        #expect(I65F63.exp(I65F63(raw: input))?.raw == expected)
    }

    @Test(arguments: i65Log2)
    func i65F63Log2(input: Int128, expected: Int128?) {
        #expect(I65F63.log2(I65F63(raw: input))?.raw == expected)
    }

    /// exp(1) is the 23-bit constant, not the series.
    @Test func expOfOneIsTheShortConstant() {
        #expect(I32F32.exp(.one)?.raw == 22_802_600 << 9)
        #expect(I65F63.exp(.one)?.raw == Int128(22_802_600) << 40)
    }

    /// Away from the special cases the series is accurate to a few ulps for small inputs.
    @Test(arguments: [-4.0, -2.5, -1.0, -0.3, 0.25, 0.5, 2.0, 3.75])
    func expCloseToFoundation(x: Double) throws {
        let value = try #require(I32F32.exp(I32F32(saturating: x)))
        let input = I32F32(saturating: x).doubleValue
        #expect(abs(value.doubleValue - Foundation.exp(input)) <= 1e-8 * Foundation.exp(input))
    }

    /// ln divides by a 23-bit log2(e), so it is only accurate to about 1e-8 relative.
    @Test(arguments: [0.1, 0.5, 2.0, 3.0, 10.0, 1000.0])
    func lnCloseToFoundation(x: Double) throws {
        let value = try #require(I32F32.ln(I32F32(saturating: x)))
        let input = I32F32(saturating: x).doubleValue
        #expect(abs(value.doubleValue - Foundation.log(input)) <= 1e-7 * abs(Foundation.log(input)) + 1e-9)
    }

    static let rho30Cases: [(Double, Double)] = [
        (0.4, 0.0474258729), (0.5, 0.5), (0.6, 0.952574127), (1, 0.9999996943), (0, 0.0000003057),
    ]

    /// The chain's `test_math_sigmoid_safe` (rho 30, kappa 0.5, f64 trust values), which asserts exact equality.
    @Test(arguments: rho30Cases)
    func sigmoidRho30(trust: Double, expected: Double) {
        let value = I32F32.sigmoidSafe(
            I32F32(saturating: trust), rho: I32F32(30), kappa: I32F32(saturating: 0.5))
        #expect(value == I32F32(saturating: expected))
    }

    static let rho40Cases: [(Float, Double)] = [
        (0, 0.0000000019), (0.1, 0.0000001125), (0.2, 0.0000061442), (0.3, 0.0003353502),
        (0.4, 0.017986214), (0.5, 0.5), (0.6, 0.9820138067), (0.7, 0.9996646498),
        (0.8, 0.9999938558), (0.9, 0.9999998875), (1, 0.9999999981),
    ]

    /// The chain's `test_math_sigmoid_safe` (rho 40, kappa 0.5, f32 trust values).
    @Test(arguments: rho40Cases)
    func sigmoidRho40(trust: Float, expected: Double) {
        let value = I32F32.sigmoidSafe(
            I32F32(saturating: trust), rho: I32F32(40), kappa: I32F32(saturating: 0.5))
        #expect(value == I32F32(saturating: expected))
    }

    @Test func sigmoidExtremes() {
        let tiny = I32F32(saturating: 0.0000000019)
        for trust in [I32F32.min, .zero, I32F32(saturating: 0.4), I32F32(saturating: 0.5), .one] {
            #expect(I32F32.sigmoidSafe(trust, rho: .max, kappa: .max) == tiny)
            #expect(
                I32F32.sigmoidSafe(trust, rho: .min, kappa: .min)
                    == (trust == .min ? I32F32(saturating: 0.5) : tiny))
        }
        #expect(I32F32.sigmoidSafe(.max, rho: .max, kappa: .max) == I32F32(saturating: 0.5))
    }

    /// The chain's `test_math_exp_safe`: inputs are clamped to ±20.
    @Test func expSafeClamps() {
        let low = I32F32.exp(I32F32(-20))
        let high = I32F32.exp(I32F32(20))
        #expect(I32F32.expSafe(.zero) == .one)
        #expect(I32F32.expSafe(I32F32(-21)) == low)
        #expect(I32F32.expSafe(.min) == low)
        #expect(I32F32.expSafe(I32F32(21)) == high)
        #expect(I32F32.expSafe(.max) == high)
        #expect(I32F32.safeExp(I32F32(22)) == .zero)
        #expect(I32F32.safeLn(.zero) == .zero)
        #expect(I32F32.safeLn(I32F32(-3)) == .zero)
    }
}
