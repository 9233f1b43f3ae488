// Variant indices of the hyperparameter updates: explicit and frozen; never reorder, only append.

extension HyperparameterUpdate: BinaryCodable {
    /// The hyperparameter's index.
    public var variantIndex: UInt8 {
        switch self {
        case .tempo: 0
        case .rho: 1
        case .kappa: 2
        case .maxAllowedUids: 3
        case .maxAllowedValidators: 4
        case .immunityPeriod: 5
        case .minAllowedWeights: 6
        case .maxWeightLimit: 7
        case .difficulty: 8
        case .minDifficulty: 9
        case .maxDifficulty: 10
        case .adjustmentInterval: 11
        case .adjustmentAlpha: 12
        case .targetRegistrationsPerInterval: 13
        case .maxRegistrationsPerBlock: 14
        case .bondsMovingAverage: 15
        case .bondsPenalty: 16
        case .activityCutoff: 17
        case .weightsRateLimit: 18
        case .weightsVersionKey: 19
        case .burn: 20
        case .minBurn: 21
        case .maxBurn: 22
        case .servingRateLimit: 23
        case .stakePruningMin: 24
        case .registrationAllowed: 25
        case .burnRegistrationAllowed: 26
        case .yuma3Enabled: 27
        case .liquidAlphaEnabled: 28
        case .alphaValues: 29
        case .alphaSigmoidSteepness: 30
        case .validatorSequenceLength: 31
        case .validatorBatchSize: 32
        case .validatorEpochLength: 33
        case .validatorEpochsPerReset: 34
        case .validatorExcludeQuantile: 35
        case .maxAllowedMaxMinRatio: 36
        case .immuneOwnerUidsLimit: 37
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .tempo(let value):
            writer.encode(value)
        case .rho(let value):
            writer.encode(value)
        case .kappa(let value):
            writer.encode(value)
        case .maxAllowedUids(let value):
            writer.encode(value)
        case .maxAllowedValidators(let value):
            writer.encode(value)
        case .immunityPeriod(let value):
            writer.encode(value)
        case .minAllowedWeights(let value):
            writer.encode(value)
        case .maxWeightLimit(let value):
            writer.encode(value)
        case .difficulty(let value):
            writer.encode(value)
        case .minDifficulty(let value):
            writer.encode(value)
        case .maxDifficulty(let value):
            writer.encode(value)
        case .adjustmentInterval(let value):
            writer.encode(value)
        case .adjustmentAlpha(let value):
            writer.encode(value)
        case .targetRegistrationsPerInterval(let value):
            writer.encode(value)
        case .maxRegistrationsPerBlock(let value):
            writer.encode(value)
        case .bondsMovingAverage(let value):
            writer.encode(value)
        case .bondsPenalty(let value):
            writer.encode(value)
        case .activityCutoff(let value):
            writer.encode(value)
        case .weightsRateLimit(let value):
            writer.encode(value)
        case .weightsVersionKey(let value):
            writer.encode(value)
        case .burn(let value):
            writer.encode(value)
        case .minBurn(let value):
            writer.encode(value)
        case .maxBurn(let value):
            writer.encode(value)
        case .servingRateLimit(let value):
            writer.encode(value)
        case .stakePruningMin(let value):
            writer.encode(value)
        case .registrationAllowed(let value):
            writer.encode(value)
        case .burnRegistrationAllowed(let value):
            writer.encode(value)
        case .yuma3Enabled(let value):
            writer.encode(value)
        case .liquidAlphaEnabled(let value):
            writer.encode(value)
        case .alphaValues(let low, let high):
            writer.encode(low)
            writer.encode(high)
        case .alphaSigmoidSteepness(let value):
            writer.encode(value)
        case .validatorSequenceLength(let value):
            writer.encode(value)
        case .validatorBatchSize(let value):
            writer.encode(value)
        case .validatorEpochLength(let value):
            writer.encode(value)
        case .validatorEpochsPerReset(let value):
            writer.encode(value)
        case .validatorExcludeQuantile(let value):
            writer.encode(value)
        case .maxAllowedMaxMinRatio(let value):
            writer.encode(value)
        case .immuneOwnerUidsLimit(let value):
            writer.encode(value)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .tempo(try reader.decode(UInt16.self, field: "tempo.value"))
        case 1: self = .rho(try reader.decode(UInt16.self, field: "rho.value"))
        case 2: self = .kappa(try reader.decode(UInt16.self, field: "kappa.value"))
        case 3: self = .maxAllowedUids(try reader.decode(UInt16.self, field: "maxAllowedUids.value"))
        case 4:
            self = .maxAllowedValidators(
                try reader.decode(UInt16.self, field: "maxAllowedValidators.value"))
        case 5: self = .immunityPeriod(try reader.decode(UInt16.self, field: "immunityPeriod.value"))
        case 6: self = .minAllowedWeights(try reader.decode(UInt16.self, field: "minAllowedWeights.value"))
        case 7: self = .maxWeightLimit(try reader.decode(UInt32.self, field: "maxWeightLimit.value"))
        case 8: self = .difficulty(try reader.decode(UInt64.self, field: "difficulty.value"))
        case 9: self = .minDifficulty(try reader.decode(UInt64.self, field: "minDifficulty.value"))
        case 10: self = .maxDifficulty(try reader.decode(UInt64.self, field: "maxDifficulty.value"))
        case 11: self = .adjustmentInterval(try reader.decode(UInt16.self, field: "adjustmentInterval.value"))
        case 12: self = .adjustmentAlpha(try reader.decode(UInt64.self, field: "adjustmentAlpha.value"))
        case 13:
            self = .targetRegistrationsPerInterval(
                try reader.decode(UInt16.self, field: "targetRegistrationsPerInterval.value"))
        case 14:
            self = .maxRegistrationsPerBlock(
                try reader.decode(UInt16.self, field: "maxRegistrationsPerBlock.value"))
        case 15: self = .bondsMovingAverage(try reader.decode(UInt64.self, field: "bondsMovingAverage.value"))
        case 16: self = .bondsPenalty(try reader.decode(UInt16.self, field: "bondsPenalty.value"))
        case 17: self = .activityCutoff(try reader.decode(UInt16.self, field: "activityCutoff.value"))
        case 18: self = .weightsRateLimit(try reader.decode(UInt64.self, field: "weightsRateLimit.value"))
        case 19: self = .weightsVersionKey(try reader.decode(UInt64.self, field: "weightsVersionKey.value"))
        case 20: self = .burn(try reader.decode(Rao.self, field: "burn.value"))
        case 21: self = .minBurn(try reader.decode(Rao.self, field: "minBurn.value"))
        case 22: self = .maxBurn(try reader.decode(Rao.self, field: "maxBurn.value"))
        case 23: self = .servingRateLimit(try reader.decode(UInt64.self, field: "servingRateLimit.value"))
        case 24: self = .stakePruningMin(try reader.decode(UInt64.self, field: "stakePruningMin.value"))
        case 25: self = .registrationAllowed(try reader.decode(Bool.self, field: "registrationAllowed.value"))
        case 26:
            self = .burnRegistrationAllowed(
                try reader.decode(Bool.self, field: "burnRegistrationAllowed.value"))
        case 27: self = .yuma3Enabled(try reader.decode(Bool.self, field: "yuma3Enabled.value"))
        case 28: self = .liquidAlphaEnabled(try reader.decode(Bool.self, field: "liquidAlphaEnabled.value"))
        case 29:
            self = .alphaValues(
                low: try reader.decode(UInt16.self, field: "alphaValues.low"),
                high: try reader.decode(UInt16.self, field: "alphaValues.high"))
        case 30:
            self = .alphaSigmoidSteepness(
                try reader.decode(Int16.self, field: "alphaSigmoidSteepness.value"))
        case 31:
            self = .validatorSequenceLength(
                try reader.decode(UInt64.self, field: "validatorSequenceLength.value"))
        case 32: self = .validatorBatchSize(try reader.decode(UInt64.self, field: "validatorBatchSize.value"))
        case 33:
            self = .validatorEpochLength(
                try reader.decode(UInt64.self, field: "validatorEpochLength.value"))
        case 34:
            self = .validatorEpochsPerReset(
                try reader.decode(UInt64.self, field: "validatorEpochsPerReset.value"))
        case 35:
            self = .validatorExcludeQuantile(
                try reader.decode(UInt64.self, field: "validatorExcludeQuantile.value"))
        case 36:
            self = .maxAllowedMaxMinRatio(
                try reader.decode(UInt64.self, field: "maxAllowedMaxMinRatio.value"))
        case 37:
            self = .immuneOwnerUidsLimit(
                try reader.decode(UInt16.self, field: "immuneOwnerUidsLimit.value"))
        default: throw reader.unknownVariant(index, of: "HyperparameterUpdate")
        }
    }
}
