import Runtime

extension Simulation {
    /// Registers the validators that hold no uid (at launch, or after a burst of registrations pruned
    /// one): they take the block's registration slots first. A validator's first registration funds its
    /// hotkey for fees and stakes the initial stake; a later one stakes back what pruning refunded.
    mutating func registerValidators(into block: inout SimulatedBlock) {
        for v in 0..<plan.validators {
            let (hotkey, coldkey) = validatorKeys[v]
            guard subnet?.neurons.uidOfHotkey[hotkey] == nil else { continue }
            let first = v >= validatorsRegistered
            guard register(hotkey: hotkey, coldkey: coldkey, quality: 0, validator: true, into: &block) else { return }
            var amount = plan.initialValidatorStake
            if first {
                validatorsRegistered = v + 1
                submit(coldkey, .balances(.transfer(destination: hotkey, amount: 10 * raoPerTao)), named: "balances.transfer", into: &block)
            } else {
                amount = state.balance(of: coldkey).subtractingClampedToZero(plan.validatorEndowment / 2)
            }
            guard amount > 0 else { continue }
            if submit(coldkey, .staking(.addStake(hotkey: hotkey, amount: amount)), named: "staking.add_stake", into: &block) != nil {
                counters.stakeAdded += 1
            }
        }
    }

    /// Draws the seals found in this block from the demand model and registers a new miner for each,
    /// until the chain's per-block limit refuses one.
    mutating func registerMiners(at number: BlockNumber, into block: inout SimulatedBlock) {
        guard let parameters = subnet?.hyperparameters else { return }
        let solved = plan.demand.solves(at: number, difficulty: parameters.difficulty, random: &random)
        for _ in 0..<min(solved, Int(parameters.maxRegistrationsPerBlock) + 1) {
            let count = subnet?.neurons.count ?? 0
            if let cap = announcedCap, count >= cap, count < Int(parameters.maxAllowedUids) {
                counters.heldByAnnouncedCap += 1
                continue
            }
            let (hotkey, coldkey) = nextMinerKeys()
            let quality = random.normal()
            guard register(hotkey: hotkey, coldkey: coldkey, quality: quality, validator: false, into: &block) else {
                return
            }
        }
    }

    /// Finney: burned registrations by the miner operators, Poisson per block, through the real call.
    mutating func registerBurned(into block: inout SimulatedBlock) {
        let count = random.poisson(plan.burnedRegistrationsPerBlock)
        for _ in 0..<count {
            let (hotkey, coldkey) = nextMinerKeys()
            let quality = random.normal()
            let call = Call.registration(.burnedRegister(netuid: netuid, hotkey: hotkey))
            guard let events = submit(coldkey, call, named: "registration.burned_register", into: &block) else { continue }
            counters.burnedRegistrations += 1
            admitted(events, quality: quality, validator: false)
        }
    }

    /// A fresh miner hotkey and the operator that runs it.
    mutating func nextMinerKeys() -> (AccountID, AccountID) {
        let index = nextMiner
        nextMiner += 1
        return (
            SimulatedAccounts.account(.minerHotkey, index),
            SimulatedAccounts.account(.operatorColdkey, index % plan.minerOperators)
        )
    }

    /// Registers `hotkey` by PoW: a real seal while the difficulty is at most the configured limit
    /// (Nakamoto), otherwise through the unsealed-work entry point. Returns false when the chain refused.
    mutating func register(
        hotkey: AccountID, coldkey: AccountID, quality: Double, validator: Bool, into block: inout SimulatedBlock
    ) -> Bool {
        let difficulty = subnet?.hyperparameters.difficulty ?? .max
        if state.era == .nakamoto, difficulty <= configuration.realSealDifficultyLimit,
            let events = registerWithRealSeal(hotkey: hotkey, coldkey: coldkey, difficulty: difficulty, into: &block)
        {
            counters.realSeals += 1
            admitted(events, quality: quality, validator: validator)
            return true
        }
        do {
            let events = try Runtime.registerWithUnsealedWork(netuid: netuid, hotkey: hotkey, coldkey: coldkey, state: &state)
            let index = block.extrinsics.count
            block.extrinsics.append(.init(signer: coldkey, nonce: 0, call: "registration.register_unsealed", succeeded: true))
            for event in events { block.events.append((event, index)) }
            admitted(events, quality: quality, validator: validator)
            return true
        } catch {
            counters.refusedRegistrations += 1
            return false
        }
    }

    /// Searches a seal on the parent block's hash and submits `register` signed by the coldkey.
    private mutating func registerWithRealSeal(
        hotkey: AccountID, coldkey: AccountID, difficulty: UInt64, into block: inout SimulatedBlock
    ) -> [Event]? {
        let workBlock = state.blockNumber - 1
        let hash = state.blockHashes[workBlock] ?? [UInt8](repeating: 0, count: 32)
        guard let (nonce, work) = PowWork.solve(era: state.era, difficulty: difficulty, blockHash: hash, hotkey: hotkey, start: random.next()) else {
            return nil
        }
        let call = Call.registration(
            .register(netuid: netuid, blockNumber: workBlock, nonce: nonce, work: work, hotkey: hotkey, coldkey: coldkey))
        return submit(coldkey, call, named: "registration.register", into: &block)
    }

    /// Records the quality and role of the uid a registration's events name.
    mutating func admitted(_ events: [Event], quality: Double, validator: Bool) {
        for event in events {
            guard case .registration(.neuronRegistered(_, let uid, _)) = event else { continue }
            let index = Int(uid)
            counters.registrations += 1
            if index < qualities.count {
                counters.replacements += 1
                qualities[index] = quality
                isValidator[index] = validator
            } else {
                qualities.append(quality)
                isValidator.append(validator)
            }
        }
    }
}

extension Simulation {
    /// Benchmarks: registers validators and then miners up to the UID limit in this block, with the
    /// per-block limit lifted for the block and the interval counters reset afterwards, so the
    /// difficulty adjustment does not see the fill.
    mutating func fillNetwork(into block: inout SimulatedBlock) {
        guard let parameters = subnet?.hyperparameters else { return }
        state.subnets[netuid]?.hyperparameters.maxRegistrationsPerBlock = .max
        var progress = -1
        while validatorsRegistered < plan.validators, validatorsRegistered != progress {
            progress = validatorsRegistered
            state.subnets[netuid]?.registrationsThisInterval = 0
            registerValidators(into: &block)
        }
        while (subnet?.neurons.count ?? Int.max) < Int(parameters.maxAllowedUids) {
            state.subnets[netuid]?.registrationsThisInterval = 0
            let (hotkey, coldkey) = nextMinerKeys()
            let quality = random.normal()
            guard register(hotkey: hotkey, coldkey: coldkey, quality: quality, validator: false, into: &block) else { break }
        }
        state.subnets[netuid]?.hyperparameters.maxRegistrationsPerBlock = parameters.maxRegistrationsPerBlock
        state.subnets[netuid]?.registrationsThisBlock = 0
        state.subnets[netuid]?.registrationsThisInterval = 0
        state.subnets[netuid]?.powRegistrationsThisInterval = 0
    }
}
