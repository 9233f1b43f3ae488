import Runtime

extension Simulation {
    /// Each validator sets weights every `weightsInterval` blocks, the validators staggered over the
    /// interval, from its noisy view of the miners' quality.
    mutating func setWeights(at number: BlockNumber, into block: inout SimulatedBlock) {
        guard validatorsRegistered > 0, let parameters = subnet?.hyperparameters else { return }
        let interval = max(1, plan.weightsInterval)
        let stagger = max(1, interval / UInt64(plan.validators))
        let fullScale = state.era == .nakamoto ? Double(UInt32.max) : Double(UInt16.max)
        for v in 0..<validatorsRegistered where (number + UInt64(v) * stagger) % interval == 0 {
            let hotkey = validatorKeys[v].hotkey
            guard let uid = subnet?.neurons.uidOfHotkey[hotkey] else { continue }
            let (uids, values) = ValidatorView.weights(
                selfUid: Int(uid), qualities: qualities, isValidator: isValidator,
                minAllowed: Int(parameters.minAllowedWeights), maxWeightLimit: parameters.maxWeightLimit,
                fullScale: fullScale, noise: plan.validatorNoise, random: &random)
            let call = Call.weights(.setWeights(netuid: netuid, uids: uids, values: values, versionKey: 0))
            if submit(hotkey, call, named: "weights.set_weights", into: &block) != nil {
                counters.weightsSet += 1
            } else {
                counters.weightsFailed += 1
            }
        }
    }

    /// The period's staking flows: each validator stakes its share of the new stake (while its free
    /// balance allows), and each operator takes a fraction of every miner's stake out.
    mutating func runStakingFlows(into block: inout SimulatedBlock) {
        let fee = state.fees.baseFee
        let share = plan.newStakePerPeriod / Rao(max(1, plan.validators))
        for v in 0..<validatorsRegistered where share > 0 {
            let (hotkey, coldkey) = validatorKeys[v]
            let amount = min(share, state.balance(of: coldkey).subtractingClampedToZero(fee &* 2 &+ 1_000))
            guard amount > 0 else { continue }
            if submit(coldkey, .staking(.addStake(hotkey: hotkey, amount: amount)), named: "staking.add_stake", into: &block) != nil {
                counters.stakeAdded += 1
            }
        }
        guard plan.unstakeFractionPerPeriod > 0, let hotkeys = subnet?.neurons.hotkeys.elements else { return }
        for (uid, hotkey) in hotkeys.enumerated() where uid < isValidator.count && !isValidator[uid] {
            let stake = state.staking.stake(onHotkey: hotkey)
            let amount = Rao(Double(stake) * plan.unstakeFractionPerPeriod)
            guard amount > 0, let coldkey = state.staking.owner[hotkey], state.balance(of: coldkey) >= fee else {
                continue
            }
            if submit(coldkey, .staking(.removeStake(hotkey: hotkey, amount: amount)), named: "staking.remove_stake", into: &block) != nil {
                counters.stakeRemoved += 1
            }
        }
    }
}

extension UInt64 {
    /// `self − other`, or 0 when `other` is larger.
    func subtractingClampedToZero(_ other: UInt64) -> UInt64 { self > other ? self - other : 0 }
}
