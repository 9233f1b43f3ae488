/// A full subnet under load, for measuring the runtime: `uids` neurons on netuid 1, the first
/// `validators` of them staked validators that weight every uid at their rate limit, and a new burned
/// registration every block that replaces the neuron with the lowest pruning score.
public struct BusySubnet: Sendable {
    /// Number of uids (the subnet is full).
    public let uids: Int
    /// Number of validators (uids `0..<validators`).
    public let validators: Int
    /// The subnet.
    public let netuid: NetUID = 1
    /// The subnet owner (and sudo key).
    public let owner = DevAccounts.alice
    /// The coldkey that owns every hotkey and pays every registration.
    public let coldkey = DevAccounts.bob

    /// A busy subnet of `uids` neurons with `validators` validators.
    public init(uids: Int = 4_096, validators: Int = 64) {
        self.uids = max(1, min(uids, 4_096))
        self.validators = max(1, min(validators, self.uids))
    }

    /// Hotkey number `index`: distinct 32-byte accounts starting with "YUMA".
    public static func hotkey(_ index: Int) -> AccountID {
        var bytes: [UInt8] = [0x59, 0x55, 0x4D, 0x41] + Array(repeating: 0, count: 20)
        bytes += (0..<8).map { UInt8(truncatingIfNeeded: UInt64(index) >> ($0 * 8)) }
        return (try? AccountID(bytes: bytes)) ?? AccountID(testSeed: 0)
    }

    /// The chain with the subnet filled, validators staked and funded, and permits issued by a first
    /// epoch; all of it through extrinsics.
    public func setUp() -> BlockProducer {
        var parameters = SubnetHyperparameters.finney
        parameters.maxAllowedUids = UInt16(uids)
        parameters.maxAllowedValidators = UInt16(validators)
        parameters.maxRegistrationsPerBlock = UInt16(uids)
        parameters.targetRegistrationsPerInterval = UInt16(uids)
        parameters.minAllowedWeights = 1
        var genesis = Genesis.development(.finney)
        genesis.subnets = [GenesisSubnet(netuid: netuid, owner: owner, hyperparameters: parameters)]
        var producer = BlockProducer(state: genesis.state())

        let registrations = (0..<uids).map {
            (
                signer: coldkey,
                call: Call.registration(.burnedRegister(netuid: netuid, hotkey: Self.hotkey($0)))
            )
        }
        producer.produce(registrations)
        var funding: [(signer: AccountID, call: Call)] = []
        for v in 0..<validators {
            funding.append(
                (
                    coldkey,
                    .staking(.addStake(hotkey: Self.hotkey(v), amount: (1_000 + UInt64(v)) * raoPerTao))
                ))
            funding.append(
                (coldkey, .balances(.transfer(destination: Self.hotkey(v), amount: 100 * raoPerTao))))
        }
        // One registration per block from here on, against a target the burn can live with.
        funding.append(
            (owner, .subnets(.sudoSetHyperparameter(netuid: netuid, .maxRegistrationsPerBlock(1)))))
        funding.append(
            (owner, .subnets(.sudoSetHyperparameter(netuid: netuid, .targetRegistrationsPerInterval(100)))))
        producer.produce(funding)
        // Run to the block after the first epoch so the validators hold permits.
        while producer.state.subnets[netuid]?.neurons.validatorPermit.first != true,
            producer.state.blockNumber < 1_000
        {
            producer.produce([])
        }
        return producer
    }

    /// `set_weights` of validator `v` on every uid, with values that change from call to call.
    public func weights(validator v: Int, round: UInt64) -> (signer: AccountID, call: Call) {
        let values = (0..<uids).map { j in
            UInt32(1 + (UInt64(j) &* 2_654_435_761 &+ UInt64(v) &* 40_503 &+ round &* 97) % 65_535)
        }
        let call = Call.weights(
            .setWeights(netuid: netuid, uids: (0..<uids).map { UID($0) }, values: values, versionKey: 0))
        return (Self.hotkey(v), call)
    }

    /// The extrinsics of a day's block: one new registration, and the validators whose rate limit
    /// (100 blocks) allows them to set weights again.
    public func dayCalls(block: BlockNumber, dayStart: BlockNumber, registration index: Int) -> [(
        signer: AccountID, call: Call
    )] {
        var calls = [
            (
                signer: coldkey,
                call: Call.registration(.burnedRegister(netuid: netuid, hotkey: Self.hotkey(index)))
            )
        ]
        let offset = block - dayStart
        for v in 0..<validators where (offset + UInt64(v)) % 101 == 0 {
            calls.append(weights(validator: v, round: offset))
        }
        return calls
    }
}
