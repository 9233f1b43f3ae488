/// Layout of a subnet's header entry: owner, counters and hyperparameters (its neurons are separate
/// entries).
extension StateLayout {
    static func subnetHeader(_ subnet: Subnet) -> [UInt8] {
        encode(capacity: 512) { writer in
            writeAccount(subnet.owner, to: &writer)
            writeOptionalAccount(subnet.ownerHotkey, to: &writer)
            writer.write(subnet.createdAt)
            writer.write(subnet.lockedRao)
            writer.write(UInt32(truncatingIfNeeded: subnet.neurons.count))
            for counter in [
                subnet.registrationsThisBlock, subnet.registrationsThisInterval,
                subnet.powRegistrationsThisInterval, subnet.burnRegistrationsThisInterval,
            ] {
                writer.write(counter)
            }
            for value in [
                subnet.lastAdjustmentBlock, subnet.emissionPerBlock, subnet.recycledForRegistration,
                subnet.pendingEmission, subnet.blocksSinceLastStep,
            ] {
                writer.write(value)
            }
            writeHyperparameters(subnet.hyperparameters, to: &writer)
        }
    }

    /// Reads a header into a subnet with no neurons, and the neuron count its pages must fill.
    static func readSubnetHeader(_ bytes: [UInt8], netuid: NetUID) throws(CodecError) -> (
        Subnet, neuronCount: Int
    ) {
        try decode(bytes, as: "Subnet") { reader throws(CodecError) in
            let owner = try readAccount(&reader)
            let ownerHotkey = try readOptionalAccount(&reader)
            let createdAt = try reader.read(UInt64.self)
            let lockedRao = try reader.read(UInt64.self)
            let neuronCount = Int(try reader.read(UInt32.self))
            var subnet = Subnet(
                netuid: netuid, owner: owner, createdAt: createdAt, lockedRao: lockedRao,
                hyperparameters: .finney)
            subnet.ownerHotkey = ownerHotkey
            subnet.registrationsThisBlock = try reader.read(UInt16.self)
            subnet.registrationsThisInterval = try reader.read(UInt16.self)
            subnet.powRegistrationsThisInterval = try reader.read(UInt16.self)
            subnet.burnRegistrationsThisInterval = try reader.read(UInt16.self)
            subnet.lastAdjustmentBlock = try reader.read(UInt64.self)
            subnet.emissionPerBlock = try reader.read(UInt64.self)
            subnet.recycledForRegistration = try reader.read(UInt64.self)
            subnet.pendingEmission = try reader.read(UInt64.self)
            subnet.blocksSinceLastStep = try reader.read(UInt64.self)
            subnet.hyperparameters = try readHyperparameters(&reader)
            return (subnet, neuronCount)
        }
    }

    static func writeHyperparameters(_ h: SubnetHyperparameters, to writer: inout ByteWriter) {
        for value in [
            h.tempo, h.rho, h.kappa, h.maxAllowedUids, h.maxAllowedValidators, h.immunityPeriod,
            h.minAllowedWeights,
        ] {
            writer.write(value)
        }
        writer.write(h.maxWeightLimit)
        for value in [h.difficulty, h.minDifficulty, h.maxDifficulty] { writer.write(value) }
        writer.write(h.adjustmentInterval)
        writer.write(h.adjustmentAlpha)
        writer.write(h.targetRegistrationsPerInterval)
        writer.write(h.maxRegistrationsPerBlock)
        writer.write(h.bondsMovingAverage)
        writer.write(h.bondsPenalty)
        writer.write(h.activityCutoff)
        for value in [
            h.weightsRateLimit, h.weightsVersionKey, h.burn, h.minBurn, h.maxBurn, h.servingRateLimit,
            h.stakePruningMin,
        ] {
            writer.write(value)
        }
        for flag in [h.registrationAllowed, h.burnRegistrationAllowed, h.yuma3Enabled, h.liquidAlphaEnabled] {
            writer.write(flag)
        }
        writer.write(h.alphaLow)
        writer.write(h.alphaHigh)
        writer.write(h.alphaSigmoidSteepness)
        for value in [
            h.validatorSequenceLength, h.validatorBatchSize, h.validatorEpochLength,
            h.validatorEpochsPerReset, h.validatorExcludeQuantile, h.maxAllowedMaxMinRatio,
        ] {
            writer.write(value)
        }
        writer.write(h.immuneOwnerUidsLimit)
    }

    static func readHyperparameters(_ reader: inout ByteReader) throws(CodecError) -> SubnetHyperparameters {
        var h = SubnetHyperparameters.finney
        h.tempo = try reader.read(UInt16.self)
        h.rho = try reader.read(UInt16.self)
        h.kappa = try reader.read(UInt16.self)
        h.maxAllowedUids = try reader.read(UInt16.self)
        h.maxAllowedValidators = try reader.read(UInt16.self)
        h.immunityPeriod = try reader.read(UInt16.self)
        h.minAllowedWeights = try reader.read(UInt16.self)
        h.maxWeightLimit = try reader.read(UInt32.self)
        h.difficulty = try reader.read(UInt64.self)
        h.minDifficulty = try reader.read(UInt64.self)
        h.maxDifficulty = try reader.read(UInt64.self)
        h.adjustmentInterval = try reader.read(UInt16.self)
        h.adjustmentAlpha = try reader.read(UInt64.self)
        h.targetRegistrationsPerInterval = try reader.read(UInt16.self)
        h.maxRegistrationsPerBlock = try reader.read(UInt16.self)
        h.bondsMovingAverage = try reader.read(UInt64.self)
        h.bondsPenalty = try reader.read(UInt16.self)
        h.activityCutoff = try reader.read(UInt16.self)
        h.weightsRateLimit = try reader.read(UInt64.self)
        h.weightsVersionKey = try reader.read(UInt64.self)
        h.burn = try reader.read(UInt64.self)
        h.minBurn = try reader.read(UInt64.self)
        h.maxBurn = try reader.read(UInt64.self)
        h.servingRateLimit = try reader.read(UInt64.self)
        h.stakePruningMin = try reader.read(UInt64.self)
        h.registrationAllowed = try reader.readBool()
        h.burnRegistrationAllowed = try reader.readBool()
        h.yuma3Enabled = try reader.readBool()
        h.liquidAlphaEnabled = try reader.readBool()
        h.alphaLow = try reader.read(UInt16.self)
        h.alphaHigh = try reader.read(UInt16.self)
        h.alphaSigmoidSteepness = try reader.read(Int16.self)
        h.validatorSequenceLength = try reader.read(UInt64.self)
        h.validatorBatchSize = try reader.read(UInt64.self)
        h.validatorEpochLength = try reader.read(UInt64.self)
        h.validatorEpochsPerReset = try reader.read(UInt64.self)
        h.validatorExcludeQuantile = try reader.read(UInt64.self)
        h.maxAllowedMaxMinRatio = try reader.read(UInt64.self)
        h.immuneOwnerUidsLimit = try reader.read(UInt16.self)
        return h
    }
}
