import Foundation
import ChainAPI
import Runtime

/// Views of the chain state for the RPC API.
enum ChainViews {
    static func header(_ header: BlockHeader) -> HeaderView {
        HeaderView(
            number: header.number, hash: header.hash.description, parentHash: header.parentHash.description,
            stateRoot: header.stateRoot.description, extrinsicsRoot: header.extrinsicsRoot.description,
            timestamp: header.timestamp, author: Address.ss58(header.author))
    }

    static func subnet(_ subnet: Subnet, state: ChainState) -> SubnetView {
        let h = subnet.hyperparameters
        let stake = subnet.neurons.hotkeys.reduce(Rao(0)) { total, hotkey in
            let (sum, overflow) = total.addingReportingOverflow(state.staking.stake(onHotkey: hotkey))
            return overflow ? .max : sum
        }
        return SubnetView(
            netuid: subnet.netuid, owner: Address.ss58(subnet.owner), neurons: subnet.neurons.count,
            maxAllowedUids: h.maxAllowedUids, difficulty: h.difficulty, burn: h.burn, tempo: h.tempo,
            emissionPerBlock: subnet.emissionPerBlock, totalStake: stake,
            validatorSequenceLength: h.validatorSequenceLength,
            registrationsThisInterval: subnet.registrationsThisInterval, createdAt: subnet.createdAt)
    }

    /// The Network Roundup figures of `state`, the post-state of block `block`.
    static func blockStats(_ state: ChainState, block: UInt64) -> BlockStatsView {
        BlockStatsView(
            block: block, totalIssuance: state.totalIssuance, totalStake: state.staking.totalStake,
            totalRecycled: state.totalRecycled,
            subnets: state.subnets.values.sorted { $0.netuid < $1.netuid }.map { subnet($0, state: state) })
    }

    /// ``blockStats(_:block:)`` as the JSON the store keeps and `yuma_blockStats` returns.
    static func encodedBlockStats(_ state: ChainState, block: UInt64) -> [UInt8] {
        (try? JSONEncoder().encode(blockStats(state, block: block))).map { [UInt8]($0) } ?? []
    }

    static func neuron(_ subnet: Subnet, uid: Int, state: ChainState, withRows: Bool) -> NeuronView {
        let table = subnet.neurons
        let hotkey = table.hotkeys[uid]
        let terms = table.terms[uid]
        return NeuronView(
            netuid: subnet.netuid, uid: UInt16(truncatingIfNeeded: uid), hotkey: Address.ss58(hotkey),
            coldkey: state.staking.owner[hotkey].map(Address.ss58) ?? "",
            stake: state.staking.stake(onHotkey: hotkey), active: terms.active, rank: terms.rank,
            trust: terms.trust,
            consensus: terms.consensus, incentive: terms.incentive, dividends: terms.dividends,
            emission: terms.emission, validatorTrust: terms.validatorTrust,
            validatorPermit: table.validatorPermit[uid], lastUpdate: table.lastUpdate[uid],
            blockAtRegistration: table.blockAtRegistration[uid], pruningScore: terms.pruningScore,
            axon: AxonView(table.axons[uid]),
            weights: withRows ? table.weights[uid].map { [UInt32($0.uid), $0.value] } : nil,
            bonds: withRows ? table.bonds[uid].map { [UInt64($0.uid), $0.value] } : nil)
    }

    static func metagraph(_ subnet: Subnet, state: ChainState, block: UInt64, weights: Bool, bonds: Bool)
        -> MetagraphView
    {
        MetagraphView(subnet: subnet, state: state, block: block, ss58: Address.ss58, weights: weights, bonds: bonds)
    }

    static func delegates(_ state: ChainState) -> [DelegateView] {
        state.staking.delegateTake.storage.sorted { $0.key < $1.key }.map { hotkey, take in
            let nominators = (state.staking.stake[hotkey] ?? [:]).sorted { $0.key < $1.key }.map {
                StakeView(coldkey: Address.ss58($0.key), hotkey: Address.ss58(hotkey), stake: $0.value)
            }
            return DelegateView(
                hotkey: Address.ss58(hotkey), owner: state.staking.owner[hotkey].map(Address.ss58) ?? "",
                take: take, totalStake: state.staking.stake(onHotkey: hotkey), nominators: nominators)
        }
    }
}
