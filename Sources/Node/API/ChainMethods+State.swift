import ChainAPI
import Runtime

extension ChainMethods {
    static func registerState(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("system_accountNextIndex") { params, _ throws(RPCError) -> UInt64 in
            try params.expectAtMost(["address"])
            let account = try Address.param(params, at: 0, named: "address")
            let (state, pool) = await (chain.state, chain.pool)
            let pending = pool.pending(of: account).map(\.nonce).max().map { $0 + 1 } ?? 0
            return max(state.account(account).nonce, pending)
        }
        registry.register("yuma_account") { params, _ throws(RPCError) -> AccountView in
            try params.expectAtMost(["address"])
            let account = try Address.param(params, at: 0, named: "address")
            let state = await chain.state
            let info = state.account(account)
            return AccountView(
                address: Address.ss58(account), nonce: info.nonce, free: info.free,
                staked: state.staking.stake(ofColdkey: account))
        }
        registry.register("yuma_balance") { params, _ throws(RPCError) -> UInt64 in
            try params.expectAtMost(["address"])
            let account = try Address.param(params, at: 0, named: "address")
            return await chain.state.balance(of: account)
        }
        registry.register("yuma_totals") { _, _ throws(RPCError) -> TotalsView in
            let (head, state) = await chain.snapshot()
            return TotalsView(
                block: head.number, totalIssuance: state.totalIssuance, totalStake: state.staking.totalStake,
                totalRecycled: state.totalRecycled, subnets: state.subnets.count)
        }
        registry.register("yuma_stake") { params, _ throws(RPCError) -> [StakeView] in
            try params.expectAtMost(["coldkey"])
            let coldkey = try Address.param(params, at: 0, named: "coldkey")
            let state = await chain.state
            return state.staking.stake.storage.compactMap { hotkey, byColdkey in
                byColdkey[coldkey].map {
                    StakeView(coldkey: Address.ss58(coldkey), hotkey: Address.ss58(hotkey), stake: $0)
                }
            }.sorted { $0.hotkey < $1.hotkey }
        }
        registry.register("yuma_hotkeyStake") { params, _ throws(RPCError) -> UInt64 in
            try params.expectAtMost(["hotkey"])
            let hotkey = try Address.param(params, at: 0, named: "hotkey")
            return await chain.state.staking.stake(onHotkey: hotkey)
        }
        registry.register("yuma_delegates") { _, _ throws(RPCError) in ChainViews.delegates(await chain.state)
        }
    }

    static func registerSubnets(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("yuma_subnets") { _, _ throws(RPCError) -> [SubnetView] in
            let state = await chain.state
            return state.subnets.values.sorted { $0.netuid < $1.netuid }.map {
                ChainViews.subnet($0, state: state)
            }
        }
        registry.register("yuma_subnet") { params, _ throws(RPCError) -> SubnetView in
            try params.expectAtMost(["netuid"])
            let state = await chain.state
            return ChainViews.subnet(try subnet(params, in: state), state: state)
        }
        registry.register("yuma_hyperparameters") { params, _ throws(RPCError) -> SubnetHyperparameters in
            try params.expectAtMost(["netuid"])
            return try subnet(params, in: await chain.state).hyperparameters
        }
        registry.register("yuma_difficulty") { params, _ throws(RPCError) -> UInt64 in
            try params.expectAtMost(["netuid"])
            return try subnet(params, in: await chain.state).hyperparameters.difficulty
        }
        registry.register("yuma_burn") { params, _ throws(RPCError) -> UInt64 in
            try params.expectAtMost(["netuid"])
            return try subnet(params, in: await chain.state).hyperparameters.burn
        }
        registry.register("yuma_networkLockCost") { _, _ throws(RPCError) -> UInt64 in
            let state = await chain.state
            return state.registration.networkLock.cost(at: state.blockNumber + 1)
        }
        registry.register("yuma_metagraph") { params, _ throws(RPCError) -> MetagraphView in
            try params.expectAtMost(["netuid", "options"])
            let options =
                try params.decodeIfPresent(MetagraphOptions.self, at: 1, named: "options")
                ?? MetagraphOptions()
            let (head, state) = await chain.snapshot()
            let found = try subnet(params, in: state)
            return ChainViews.metagraph(
                found, state: state, block: head.number, weights: options.weights ?? false,
                bonds: options.bonds ?? false)
        }
        registry.register("yuma_neuron") { params, _ throws(RPCError) -> NeuronView? in
            try params.expectAtMost(["netuid", "uid"])
            let state = await chain.state
            let found = try subnet(params, in: state)
            let uid = try params.decode(UInt16.self, at: 1, named: "uid")
            guard Int(uid) < found.neurons.count else { return nil }
            return ChainViews.neuron(found, uid: Int(uid), state: state, withRows: true)
        }
        registry.register("yuma_neuronByHotkey") { params, _ throws(RPCError) -> NeuronView? in
            try params.expectAtMost(["netuid", "hotkey"])
            let state = await chain.state
            let found = try subnet(params, in: state)
            let hotkey = try Address.param(params, at: 1, named: "hotkey")
            guard let uid = found.neurons.uidOfHotkey[hotkey] else { return nil }
            return ChainViews.neuron(found, uid: Int(uid), state: state, withRows: true)
        }
    }

    /// The subnet named by parameter 0, or an error saying it does not exist.
    static func subnet(_ params: RPCParams, in state: ChainState) throws(RPCError) -> Subnet {
        let netuid = try params.decode(UInt16.self, at: 0, named: "netuid")
        guard let subnet = state.subnets[netuid] else {
            throw RPCError(code: .callFailed, message: "subnet \(netuid) does not exist")
        }
        return subnet
    }
}

/// What `yuma_metagraph` adds beyond the per-uid vectors.
struct MetagraphOptions: Decodable {
    /// Include weight rows.
    var weights: Bool?
    /// Include bond rows.
    var bonds: Bool?
}
