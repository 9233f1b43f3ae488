import FixedPoint
import Foundation

extension EpochOutput {
    /// The outputs in the conformance-vector layout (`epoch_*_outputs.json`): u16 proportions, rao,
    /// permits, dense bonds, and float incentive/dividends/consensus for reading convenience.
    public func vectorJSONObject() -> [String: Any] {
        func floats(_ values: [I32F32]) -> [Double] { values.map(\.doubleValue) }
        return [
            "active": active,
            "stake_u16": stakeWeight.map(Int.init),
            "rank_u16": rank.map(Int.init),
            "trust_u16": trust.map(Int.init),
            "consensus_u16": consensus.map(Int.init),
            "incentive_u16": incentive.map(Int.init),
            "dividends_u16": dividends.map(Int.init),
            "validator_trust_u16": validatorTrust.map(Int.init),
            "pruning_score_u16": pruningScore.map(Int.init),
            "server_emission": serverEmission,
            "validator_emission": validatorEmission,
            "emission": emission,
            "new_validator_permit": newValidatorPermit,
            "bonds_u16": bonds.denseRows().map { $0.map(Int.init) },
            "incentive": floats(incentiveFixed),
            "dividends": floats(dividendsFixed),
            "consensus": floats(consensusFixed),
        ]
    }

    /// ``vectorJSONObject()`` serialized with sorted keys.
    public func vectorJSON() -> Data {
        (try? JSONSerialization.data(withJSONObject: vectorJSONObject(), options: [.sortedKeys]))
            ?? Data("{}".utf8)
    }
}
