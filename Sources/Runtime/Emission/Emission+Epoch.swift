import Consensus

// Reading a subnet into an `EpochInput` and writing an `EpochOutput` back (Finney storage is u16).

extension Emission {
    /// The epoch input of `subnet` at `block`: stake is each uid's `TotalHotkeyStake`, weights and bonds the
    /// stored rows (u16 values; cells naming a missing uid or repeating one are left out). Pre-dTAO there
    /// is no owner uid and no stake threshold. Nil when the per-uid columns disagree in length.
    static func epochInput(for subnet: Subnet, block: BlockNumber, staking: StakingState) -> EpochInput? {
        let neurons = subnet.neurons
        let n = neurons.count
        var seen = [Bool](repeating: false, count: n)
        guard neurons.lastUpdate.count == n, neurons.blockAtRegistration.count == n,
            neurons.validatorPermit.count == n, neurons.weights.count == n, neurons.bonds.count == n,
            let weights = try? SparseMatrix(
                size: n,
                rows: neurons.weights.map { cells($0, below: n, seen: &seen) { ($0.uid, UInt64($0.value)) } }),
            let bonds = try? SparseMatrix(
                size: n, rows: neurons.bonds.map { cells($0, below: n, seen: &seen) { ($0.uid, $0.value) } })
        else { return nil }
        return EpochInput(
            hyperparameters: epochHyperparameters(subnet.hyperparameters), currentBlock: block,
            raoEmission: subnet.pendingEmission, stake: neurons.hotkeys.map { staking.stake(onHotkey: $0) },
            lastUpdate: neurons.lastUpdate.elements, blockAtRegistration: neurons.blockAtRegistration.elements,
            validatorPermit: neurons.validatorPermit.elements, weights: weights, bonds: bonds, ownerUID: nil)
    }

    /// A stored row as matrix cells: u16 values (clamped), uids below `n`, first occurrence of each uid.
    /// `seen` is an all-false scratch vector of `n` flags, all false again on return.
    static func cells<Entry>(
        _ row: [Entry], below n: Int, seen: inout [Bool], _ cell: (Entry) -> (uid: UID, value: UInt64)
    ) -> [(column: UInt16, value: UInt16)] {
        var result: [(column: UInt16, value: UInt16)] = []
        result.reserveCapacity(row.count)
        for entry in row {
            let (uid, value) = cell(entry)
            guard Int(uid) < n, !seen[Int(uid)] else { continue }
            seen[Int(uid)] = true
            result.append((uid, UInt16(clamping: value)))
        }
        for entry in result { seen[Int(entry.column)] = false }
        return result
    }

    /// The part of a subnet's hyperparameters the epoch reads.
    static func epochHyperparameters(_ parameters: SubnetHyperparameters) -> EpochHyperparameters {
        var result = EpochHyperparameters()
        result.kappa = parameters.kappa
        result.bondsMovingAverage = parameters.bondsMovingAverage
        result.bondsPenalty = parameters.bondsPenalty
        result.alphaLow = parameters.alphaLow
        result.alphaHigh = parameters.alphaHigh
        result.alphaSigmoidSteepness = parameters.alphaSigmoidSteepness
        result.activityCutoff = UInt64(parameters.activityCutoff)
        result.tempo = UInt64(parameters.tempo)
        result.stakeThreshold = 0
        result.maxAllowedValidators = parameters.maxAllowedValidators
        return result
    }

    /// The bonds mechanism chosen by `yuma3Enabled` and `liquidAlphaEnabled`.
    static func bondsMechanism(_ parameters: SubnetHyperparameters) -> BondsMechanism {
        switch (parameters.yuma3Enabled, parameters.liquidAlphaEnabled) {
        case (false, false): .classic
        case (false, true): .classicLiquid
        case (true, false): .yuma3
        case (true, true): .yuma3Liquid
        }
    }

    /// Stores the epoch's terms (u16 proportions), permits and bonds rows.
    static func write(_ output: EpochOutput, to neurons: inout NeuronTable) {
        for uid in neurons.terms.indices where uid < output.active.count {
            neurons.terms[uid].active = output.active[uid]
            neurons.terms[uid].stakeWeight = UInt64(output.stakeWeight[uid])
            neurons.terms[uid].rank = UInt64(output.rank[uid])
            neurons.terms[uid].trust = UInt64(output.trust[uid])
            neurons.terms[uid].consensus = UInt64(output.consensus[uid])
            neurons.terms[uid].incentive = UInt64(output.incentive[uid])
            neurons.terms[uid].dividends = UInt64(output.dividends[uid])
            neurons.terms[uid].validatorTrust = UInt64(output.validatorTrust[uid])
            neurons.terms[uid].pruningScore = UInt64(output.pruningScore[uid])
            neurons.terms[uid].emission = output.emission[uid]
        }
        neurons.validatorPermit.assign(output.newValidatorPermit)
        neurons.bonds.assign(
            (0..<output.bonds.size).map { row in
                output.bonds.row(row).map { BondEntry(uid: $0.column, value: UInt64($0.value)) }
            })
    }
}
