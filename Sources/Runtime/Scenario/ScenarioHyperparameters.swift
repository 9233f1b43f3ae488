/// Hyperparameters by their snake_case names, as `sudo subnets.set_hyperparameter` keys and genesis
/// file overrides write them; values as text (amounts accept τ for `burn`, `min_burn`, `max_burn`).
public enum ScenarioHyperparameters {
    typealias Parse =
        @Sendable (_ value: String, _ key: String) throws(ScenarioProblem) -> HyperparameterUpdate

    /// Every settable name, sorted.
    public static var names: [String] { table.keys.sorted() }

    /// The update `name=value` asks for.
    public static func update(_ name: String, value: String) throws(ScenarioProblem) -> HyperparameterUpdate?
    {
        guard let parse = table[name] else { return nil }
        return try parse(value, name)
    }

    static let table: [String: Parse] = [
        "tempo": u16 { .tempo($0) },
        "rho": u16 { .rho($0) },
        "kappa": u16 { .kappa($0) },
        "max_allowed_uids": u16 { .maxAllowedUids($0) },
        "max_allowed_validators": u16 { .maxAllowedValidators($0) },
        "immunity_period": u16 { .immunityPeriod($0) },
        "min_allowed_weights": u16 { .minAllowedWeights($0) },
        "max_weight_limit": u32 { .maxWeightLimit($0) },
        "difficulty": u64 { .difficulty($0) },
        "min_difficulty": u64 { .minDifficulty($0) },
        "max_difficulty": u64 { .maxDifficulty($0) },
        "adjustment_interval": u16 { .adjustmentInterval($0) },
        "adjustment_alpha": u64 { .adjustmentAlpha($0) },
        "target_registrations_per_interval": u16 { .targetRegistrationsPerInterval($0) },
        "max_registrations_per_block": u16 { .maxRegistrationsPerBlock($0) },
        "bonds_moving_average": u64 { .bondsMovingAverage($0) },
        "bonds_penalty": u16 { .bondsPenalty($0) },
        "activity_cutoff": u16 { .activityCutoff($0) },
        "weights_rate_limit": u64 { .weightsRateLimit($0) },
        "weights_version_key": u64 { .weightsVersionKey($0) },
        "burn": amount { .burn($0) },
        "min_burn": amount { .minBurn($0) },
        "max_burn": amount { .maxBurn($0) },
        "serving_rate_limit": u64 { .servingRateLimit($0) },
        "stake_pruning_min": u64 { .stakePruningMin($0) },
        "registration_allowed": bool { .registrationAllowed($0) },
        "burn_registration_allowed": bool { .burnRegistrationAllowed($0) },
        "yuma3_enabled": bool { .yuma3Enabled($0) },
        "liquid_alpha_enabled": bool { .liquidAlphaEnabled($0) },
        "alpha_values": alphaValues,
        "alpha_sigmoid_steepness": { (value: String, key: String) throws(ScenarioProblem) in
            .alphaSigmoidSteepness(try ScenarioValues.signed(value, key: key))
        },
        "validator_sequence_length": u64 { .validatorSequenceLength($0) },
        "validator_batch_size": u64 { .validatorBatchSize($0) },
        "validator_epoch_length": u64 { .validatorEpochLength($0) },
        "validator_epochs_per_reset": u64 { .validatorEpochsPerReset($0) },
        "validator_exclude_quantile": u64 { .validatorExcludeQuantile($0) },
        "max_allowed_max_min_ratio": u64 { .maxAllowedMaxMinRatio($0) },
        "immune_owner_uids_limit": u16 { .immuneOwnerUidsLimit($0) },
    ]

    private static func u16(_ make: @escaping @Sendable (UInt16) -> HyperparameterUpdate) -> Parse {
        { (value: String, key: String) throws(ScenarioProblem) in
            make(try ScenarioValues.integer(value, key: key))
        }
    }

    private static func u32(_ make: @escaping @Sendable (UInt32) -> HyperparameterUpdate) -> Parse {
        { (value: String, key: String) throws(ScenarioProblem) in
            make(try ScenarioValues.integer(value, key: key))
        }
    }

    private static func u64(_ make: @escaping @Sendable (UInt64) -> HyperparameterUpdate) -> Parse {
        { (value: String, key: String) throws(ScenarioProblem) in
            make(try ScenarioValues.integer(value, key: key))
        }
    }

    private static func amount(_ make: @escaping @Sendable (Rao) -> HyperparameterUpdate) -> Parse {
        { (value: String, key: String) throws(ScenarioProblem) in
            make(try ScenarioValues.amount(value, key: key))
        }
    }

    private static func bool(_ make: @escaping @Sendable (Bool) -> HyperparameterUpdate) -> Parse {
        { (value: String, key: String) throws(ScenarioProblem) in
            make(try ScenarioValues.boolean(value, key: key))
        }
    }

    /// `alpha_values=LOW,HIGH`.
    private static let alphaValues: Parse = { (value: String, key: String) throws(ScenarioProblem) in
        let parts = value.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw .badNumber(key: key, value: value, expected: "LOW,HIGH (two u16)")
        }
        let low: UInt16 = try ScenarioValues.integer(String(parts[0]), key: key)
        let high: UInt16 = try ScenarioValues.integer(String(parts[1]), key: key)
        return .alphaValues(low: low, high: high)
    }
}
