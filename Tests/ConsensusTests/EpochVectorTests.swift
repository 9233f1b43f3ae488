import Consensus
import Testing

/// The n = 64 dense epoch vector: every integer output equals the chain's.
@Suite struct EpochVectorTests {
    @Test(arguments: [("classic", BondsMechanism.classic), ("yuma3", BondsMechanism.yuma3)])
    func n64DenseMatchesChain(name: String, mechanism: BondsMechanism) throws {
        let input = try EpochVectorFile.decode(
            VectorFixtures.data("epoch_n64_dense_inputs"), mechanism: mechanism)
        let output = try YumaEpoch.run(input, mechanism: mechanism)
        let expected = try VectorFixtures.expected(name)
        #expect(output.stakeWeight == expected.stake_u16)
        #expect(output.consensus == expected.consensus_u16)
        #expect(output.incentive == expected.incentive_u16)
        #expect(output.dividends == expected.dividends_u16)
        #expect(output.validatorTrust == expected.validator_trust_u16)
        #expect(output.serverEmission == expected.server_emission)
        #expect(output.validatorEmission == expected.validator_emission)
        #expect(output.emission == expected.emission)
        #expect(output.newValidatorPermit == expected.new_validator_permit)
        #expect(output.bonds.denseRows() == expected.bonds_u16)
    }
}
