import ChainAPI
import ChainClient
import Keys
import Runtime

extension Scaffolder {
    /// Tops `account` up to `target` rao from `source`.
    func fund(_ account: KeyPair, to target: Rao, from source: KeyPair, name: String) async throws(LocalnetError) {
        let balance = try await read("the balance of \(name)") { () async throws(RPCClientError) in
            try await client.balance(of: account.ss58Address)
        }
        guard balance < target else { return }
        let destination = try accountID(account)
        try await submit(
            .balances(.transfer(destination: destination, amount: target - balance)), signer: source,
            what: "funded \(name) (\(account.ss58Address)) with \((target - balance) / raoPerTao) τ")
    }

    /// The netuid of the subnet `owner` created, creating it when there is none.
    func subnet(owner: KeyPair, hotkey: KeyPair) async throws(LocalnetError) -> UInt16 {
        if let existing = try await ownedSubnet(owner) { return existing }
        try await submit(
            .subnets(.registerNetwork(hotkey: try accountID(hotkey))), signer: owner,
            what: "created the subnet (owner \(owner.ss58Address))")
        guard let created = try await ownedSubnet(owner) else {
            throw LocalnetError("the subnet was created but does not appear in the subnet list")
        }
        return created
    }

    func ownedSubnet(_ owner: KeyPair) async throws(LocalnetError) -> UInt16? {
        let subnets = try await read("the subnets") { () async throws(RPCClientError) in try await client.subnets() }
        return subnets.filter { $0.owner == owner.ss58Address && $0.netuid != 0 }.map(\.netuid).min()
    }

    /// Applies the plan's hyperparameters by sudo, skipping those the subnet already has.
    func setHyperparameters(_ netuid: UInt16, sudo: KeyPair) async throws(LocalnetError) {
        let current = try await read("the hyperparameters of subnet \(netuid)") { () async throws(RPCClientError) in
            try await client.hyperparameters(netuid)
        }
        for update in plan.hyperparameters {
            var wanted = current
            update.apply(to: &wanted)
            guard wanted != current else { continue }
            try await submit(
                .subnets(.sudoSetHyperparameter(netuid: netuid, update)), signer: sudo,
                what: "set \(update) on subnet \(netuid)")
        }
    }

    /// Registers the neuron's hotkey by burn unless it already has a uid.
    func register(_ neuron: DevNeuron, on netuid: UInt16) async throws(LocalnetError) {
        let hotkey = try neuron.hotkey()
        let existing = try await read("the neuron of \(neuron.name)") { () async throws(RPCClientError) in
            try await client.neuron(netuid, hotkey: hotkey.ss58Address)
        }
        guard existing == nil else { return }
        try await submit(
            .registration(.burnedRegister(netuid: netuid, hotkey: try accountID(hotkey))),
            signer: try neuron.coldkey(), what: "registered \(neuron.name) on subnet \(netuid)")
    }

    /// Stakes the plan's amount on the validator's hotkey, less what is already there.
    func stake(_ validator: DevNeuron) async throws(LocalnetError) {
        let hotkey = try validator.hotkey()
        let current = try await read("the validator's stake") { () async throws(RPCClientError) in
            try await client.stake(onHotkey: hotkey.ss58Address)
        }
        guard current < plan.validatorStake else { return }
        try await submit(
            .staking(.addStake(hotkey: try accountID(hotkey), amount: plan.validatorStake - current)),
            signer: try validator.coldkey(),
            what: "staked \((plan.validatorStake - current) / raoPerTao) τ on the validator")
    }

    /// The uids the neurons got.
    func report(_ netuid: UInt16) async throws(LocalnetError) -> ScaffoldReport {
        var neurons: [ScaffoldedNeuron] = []
        for neuron in plan.neurons {
            let hotkey = try neuron.hotkey()
            let view = try await read("the neuron of \(neuron.name)") { () async throws(RPCClientError) in
                try await client.neuron(netuid, hotkey: hotkey.ss58Address)
            }
            guard let view else { throw LocalnetError("\(neuron.name) is not registered on subnet \(netuid)") }
            neurons.append(
                ScaffoldedNeuron(
                    role: neuron.role.rawValue, name: neuron.name, uid: view.uid, hotkey: hotkey.ss58Address,
                    coldkey: try neuron.coldkey().ss58Address, model: neuron.model, axonPort: neuron.axonPort))
        }
        return ScaffoldReport(netuid: netuid, neurons: neurons)
    }

    func accountID(_ pair: KeyPair) throws(LocalnetError) -> AccountID {
        do {
            return try AccountID(ss58: pair.ss58Address)
        } catch {
            throw LocalnetError("cannot read the address \(pair.ss58Address): \(error)")
        }
    }
}
