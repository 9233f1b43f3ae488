import Consensus
import Testing

/// Halving emission against chain.md §10 vector V9 (subtensor v1.1.6 `tests/root.rs`).
@Suite("BlockEmission: get_block_emission_for_issuance")
struct BlockEmissionTests {
    /// V9, every issuance → emission pair in chain.md §10.
    static let v9Pairs: [(issuance: UInt64, emission: UInt64)] = [
        (0, 1_000_000_000),
        (1_776_000_000_000, 1_000_000_000),
        (10_500_000_000_000_000, 500_000_000),
        (15_749_999_000_000_000, 500_000_000),
        (15_800_000_000_000_000, 250_000_000),
        (18_400_000_000_000_000, 125_000_000),
        (19_700_000_000_000_000, 62_500_000),
        (20_400_000_000_000_000, 31_250_000),
        (20_700_000_000_000_000, 15_625_000),
        (20_900_000_000_000_000, 7_812_500),
        (20_917_970_000_000_000, 3_906_250),
        (20_979_493_000_000_000, 976_562),
        (20_999_360_000_000_000, 30_517),
        (20_999_990_500_000_000, 476),
        (20_999_999_000_000_000, 59),
        (21_000_000_000_000_000, 0),
        (.max, 0),
    ]

    /// The other pairs of the same upstream `test_halving` table (43 in all with V9).
    static let testHalvingRestPairs: [(issuance: UInt64, emission: UInt64)] = [
        (1_776_000, 1_000_000_000),
        (1_776_000_000, 1_000_000_000),
        (10_999_999_000_000_000, 500_000_000),
        (11_000_000_000_000_000, 500_000_000),
        (12_000_999_000_000_000, 500_000_000),
        (16_400_999_000_000_000, 250_000_000),
        (16_499_999_000_000_000, 250_000_000),
        (17_624_999_000_000_000, 250_000_000),
        (19_312_500_000_000_000, 125_000_000),
        (19_906_249_000_000_000, 62_500_000),
        (20_500_000_000_000_000, 31_250_000),
        (20_800_000_000_000_000, 15_625_000),
        (20_958_985_000_000_000, 1_953_125),
        (20_989_747_000_000_000, 488_281),
        (20_994_874_000_000_000, 244_140),
        (20_997_437_000_000_000, 122_070),
        (20_998_719_000_000_000, 61_035),
        (20_999_680_000_000_000, 15_258),
        (20_999_840_000_000_000, 7_629),
        (20_999_920_000_000_000, 3_814),
        (20_999_960_000_000_000, 1_907),
        (20_999_980_000_000_000, 953),
        (20_999_990_000_000_000, 476),
        (20_999_995_000_000_000, 238),
        (20_999_998_000_000_000, 119),
        (21_100_000_000_000_000, 0),
    ]

    /// Each halving step as (last issuance at the old rate, first at the new), found by bisection with the
    /// v3.3.0 function compiled against substrate-fixed v0.6.0; they pin the floor of the I96F32 log2.
    static let halvingEdgePairs:
        [(before: UInt64, beforeEmission: UInt64, after: UInt64, afterEmission: UInt64)] = [
            (10_499_999_999_999_999, 1_000_000_000, 10_500_000_000_000_000, 500_000_000),
            (15_749_999_999_999_999, 500_000_000, 15_750_000_000_000_000, 250_000_000),
            (18_374_999_999_999_999, 250_000_000, 18_375_000_000_000_000, 125_000_000),
            (19_687_499_999_999_999, 125_000_000, 19_687_500_000_000_000, 62_500_000),
            (20_343_749_999_999_999, 62_500_000, 20_343_750_000_000_000, 31_250_000),
            (20_671_874_999_999_999, 31_250_000, 20_671_875_000_000_000, 15_625_000),
            (20_835_937_499_999_999, 15_625_000, 20_835_937_500_000_000, 7_812_500),
            (20_917_968_749_999_999, 7_812_500, 20_917_968_750_000_000, 3_906_250),
            (20_958_984_374_999_999, 3_906_250, 20_958_984_375_000_000, 1_953_125),
            (20_979_492_187_499_999, 1_953_125, 20_979_492_187_500_000, 976_562),
            (20_989_746_093_749_999, 976_562, 20_989_746_093_750_000, 488_281),
            (20_994_873_046_874_999, 488_281, 20_994_873_046_875_000, 244_140),
            (20_997_436_523_437_499, 244_140, 20_997_436_523_437_500, 122_070),
            (20_998_718_261_718_749, 122_070, 20_998_718_261_718_750, 61_035),
            (20_999_359_130_859_374, 61_035, 20_999_359_130_859_375, 30_517),
            (20_999_679_565_429_687, 30_517, 20_999_679_565_429_688, 15_258),
            (20_999_839_782_714_843, 15_258, 20_999_839_782_714_844, 7_629),
            (20_999_919_891_357_421, 7_629, 20_999_919_891_357_422, 3_814),
            (20_999_959_945_678_710, 3_814, 20_999_959_945_678_711, 1_907),
            (20_999_979_972_839_355, 1_907, 20_999_979_972_839_356, 953),
            (20_999_989_986_419_677, 953, 20_999_989_986_419_678, 476),
            (20_999_994_993_209_838, 476, 20_999_994_993_209_839, 238),
            (20_999_997_496_604_919, 238, 20_999_997_496_604_920, 119),
            (20_999_998_748_302_459, 119, 20_999_998_748_302_460, 59),
            (20_999_999_374_151_229, 59, 20_999_999_374_151_230, 29),
            (20_999_999_687_075_614, 29, 20_999_999_687_075_615, 14),
            (20_999_999_843_537_807, 14, 20_999_999_843_537_808, 7),
            (20_999_999_921_768_903, 7, 20_999_999_921_768_904, 3),
            (20_999_999_960_884_451, 3, 20_999_999_960_884_452, 1),
            (20_999_999_980_442_225, 1, 20_999_999_980_442_226, 0),
        ]

    @Test("V9", arguments: v9Pairs)
    func v9(_ c: (issuance: UInt64, emission: UInt64)) throws {
        #expect(try BlockEmission.forIssuance(c.issuance) == c.emission)
    }

    @Test("test_halving, remaining pairs", arguments: testHalvingRestPairs)
    func testHalving(_ c: (issuance: UInt64, emission: UInt64)) throws {
        #expect(try BlockEmission.forIssuance(c.issuance) == c.emission)
    }

    @Test("halving edges", arguments: halvingEdgePairs)
    func halvingEdge(_ c: (before: UInt64, beforeEmission: UInt64, after: UInt64, afterEmission: UInt64))
        throws
    {
        #expect(try BlockEmission.forIssuance(c.before) == c.beforeEmission)
        #expect(try BlockEmission.forIssuance(c.after) == c.afterEmission)
    }

    /// Nothing is minted at or above the cap, including the last issuance below it (2^-32 of 1 TAO floors to 0).
    @Test(
        "at and above the cap",
        arguments: [
            BlockEmission.totalSupply - 1, BlockEmission.totalSupply, BlockEmission.totalSupply + 1,
            UInt64(1) << 63, .max,
        ])
    func capped(_ issuance: UInt64) throws {
        #expect(try BlockEmission.forIssuance(issuance) == 0)
    }

    @Test("test_issuance_bounds")
    func issuanceBounds() throws {
        var totalIssuance: UInt64 = 0
        for _ in 0..<100 {
            let (scaled, productOverflow) = try BlockEmission.forIssuance(totalIssuance)
                .multipliedReportingOverflow(by: 10_500_000)
            let (sum, sumOverflow) = totalIssuance.addingReportingOverflow(scaled)
            #expect(!productOverflow && !sumOverflow)
            totalIssuance = sum
        }
        #expect(totalIssuance == 20_999_999_989_500_000)
    }
}
