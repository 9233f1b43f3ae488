extension ScenarioSnapshot {
    /// The snapshot of `state`, naming accounts with `names`.
    init(state: ChainState, line: Int, names: ScenarioNames) {
        self.init(
            line: line, block: state.blockNumber, totalIssuance: state.totalIssuance,
            totalStake: state.staking.totalStake, totalRecycled: state.totalRecycled,
            subnets: state.subnets.keys.sorted().compactMap { netuid in
                state.subnets[netuid].map { ScenarioSubnetSnapshot(subnet: $0, state: state, names: names) }
            },
            accounts: Self.accounts(state, names: names))
    }

    /// Every account with a balance, a nonce or stake: named accounts by name, then the rest by hex.
    private static func accounts(_ state: ChainState, names: ScenarioNames) -> [ScenarioAccountSnapshot] {
        var ids = Set(state.accounts.keys)
        ids.formUnion(state.staking.totalColdkeyStake.keys)
        let sorted = ids.sorted { lhs, rhs in
            switch (names.names[lhs], names.names[rhs]) {
            case (let left?, let right?): left < right
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): lhs < rhs
            }
        }
        return sorted.compactMap { id in
            let info = state.account(id)
            let staked = state.staking.stake(ofColdkey: id)
            guard info.free > 0 || info.nonce > 0 || staked > 0 else { return nil }
            return ScenarioAccountSnapshot(
                account: id.description, label: names.short(id), free: info.free, staked: staked,
                nonce: info.nonce)
        }
    }
}

extension ScenarioSubnetSnapshot {
    /// The snapshot of `subnet`.
    init(subnet: Subnet, state: ChainState, names: ScenarioNames) {
        let table = subnet.neurons
        let parameters = subnet.hyperparameters
        self.init(
            netuid: subnet.netuid, owner: subnet.owner.description, tempo: parameters.tempo,
            difficulty: parameters.difficulty, burn: parameters.burn, n: table.count,
            maxUids: parameters.maxAllowedUids, emissionPerBlock: subnet.emissionPerBlock,
            pendingEmission: subnet.pendingEmission,
            proportionScale: state.era == .finney ? UInt64(UInt16.max) : UInt64.max,
            neurons: table.hotkeys.indices.map { index in
                let hotkey = table.hotkeys[index]
                let terms = index < table.terms.count ? table.terms[index] : NeuronTerms()
                return ScenarioNeuronSnapshot(
                    uid: UID(truncatingIfNeeded: index), hotkey: hotkey.description,
                    label: names.short(hotkey),
                    coldkey: state.staking.owner[hotkey]?.description ?? "",
                    stake: state.staking.stake(onHotkey: hotkey), emission: terms.emission,
                    incentive: terms.incentive, dividends: terms.dividends, consensus: terms.consensus,
                    trust: terms.trust, validatorTrust: terms.validatorTrust,
                    validatorPermit: index < table.validatorPermit.count && table.validatorPermit[index],
                    active: terms.active,
                    lastUpdate: index < table.lastUpdate.count ? table.lastUpdate[index] : 0,
                    registeredAt: index < table.blockAtRegistration.count
                        ? table.blockAtRegistration[index] : 0,
                    weights: index < table.weights.count
                        ? table.weights[index].map { [UInt64($0.uid), UInt64($0.value)] } : [],
                    bonds: index < table.bonds.count
                        ? table.bonds[index].map { [UInt64($0.uid), $0.value] } : [])
            })
    }
}
