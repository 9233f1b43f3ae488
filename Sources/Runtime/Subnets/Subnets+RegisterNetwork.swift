/// `register_network` (Finney): a coldkey locks the network lock cost and gets a new subnet at the
/// lowest free netuid ≥ 1 (0 is the root network's on chain), with ``SubnetHyperparameters/finney``
/// and its hotkey as uid 0.
///
/// The pre-dTAO chain keeps the locked rao (returned when a subnet is dissolved), so the lock leaves
/// the coldkey's free balance, is recorded in ``Subnet/lockedRao`` and stays in `totalIssuance`.
extension Subnets {
    /// Creates a subnet for `coldkey`.
    static func registerNetwork(coldkey: AccountID, hotkey: AccountID, state: inout ChainState)
        throws(DispatchError)
        -> [Event]
    {
        guard state.era == .finney else { throw .subnets(.notAvailableInEra) }
        let existingOwner = state.staking.owner[hotkey]
        guard existingOwner == nil || existingOwner == coldkey else { throw .subnets(.nonAssociatedColdKey) }
        let block = state.blockNumber
        let lock = state.registration.networkLock
        guard lock.passesRateLimit(at: block) else { throw .subnets(.networkTxRateLimitExceeded) }
        guard let netuid = nextNetuid(in: state) else { throw .subnets(.subnetLimitReached) }
        let cost = lock.cost(at: block)
        let balance = state.balance(of: coldkey)
        guard balance >= cost else { throw .subnets(.notEnoughBalanceToPayLockCost) }

        state.accounts[coldkey, default: AccountInfo()].free = balance - cost
        state.registration.networkLock.lastLock = cost
        state.registration.networkLock.lastLockBlock = block
        var subnet = Subnet(
            netuid: netuid, owner: coldkey, createdAt: block, lockedRao: cost, hyperparameters: .finney)
        // The chain never writes LastAdjustmentBlock on creation: it starts at 0.
        subnet.lastAdjustmentBlock = 0
        subnet.ownerHotkey = hotkey
        _ = subnet.neurons.append(hotkey: hotkey, at: block)
        state.subnets[netuid] = subnet
        state.staking.owner[hotkey] = coldkey
        return [.subnets(.networkAdded(netuid: netuid, owner: coldkey, lockedRao: cost))]
    }

    /// The lowest netuid ≥ 1 not in use (`get_next_netuid`).
    static func nextNetuid(in state: ChainState) -> NetUID? {
        (1...NetUID.max).first { state.subnets[$0] == nil }
    }
}
