import Hashing
import Testing

@testable import Runtime

/// A chain driven block by block as a node drives it (`initializeBlock`, extrinsics, `finalizeBlock`),
/// with a brute-force PoW solver, for the subnets, registration, difficulty and uid tests.
struct RegistrationChain {
    /// The fee of every extrinsic.
    static let fee = FeeSchedule.standard.baseFee
    /// The sudo key.
    static let sudo = AccountID(testSeed: 200)
    /// The owner coldkey of genesis subnets (it owns none of the test hotkeys).
    static let subnetOwner = AccountID(testSeed: 201)

    /// The state.
    var state: ChainState
    /// Events of the current block so far.
    var events: [Event] = []

    /// Every test account (seeds 1…199): hotkeys and coldkeys pay their fees (PoW registration is signed
    /// by the hotkey).
    static let testAccounts = (1...199).map { AccountID(testSeed: UInt8($0)) }

    /// A chain of `era` whose `funded` accounts hold 1000 τ each, with the genesis `subnets`, started at block 1.
    init(era: Era, subnets: [GenesisSubnet], funded: [AccountID] = testAccounts) {
        let endowments = ([Self.sudo] + funded).map { (account: $0, amount: 1_000 * raoPerTao) }
        state = Genesis(era: era, sudoKey: Self.sudo, endowments: endowments, subnets: subnets).state()
        events = Runtime.initializeBlock(1, parentHash: Self.hash(of: 0), state: &state)
    }

    /// A hotkey per index.
    static func hotkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 1 + index))
    }
    /// A coldkey per index.
    static func coldkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 100 + index))
    }

    /// The (made-up, deterministic) hash of block `number`.
    static func hash(of number: BlockNumber) -> [UInt8] {
        withUnsafeBytes(of: number.littleEndian) { Keccak256.hash(Array($0)) }
    }

    /// Finalizes the current block and starts the next, `count` times.
    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count {
            _ = Runtime.finalizeBlock(state: &state)
            let number = state.blockNumber + 1
            events = Runtime.initializeBlock(number, parentHash: Self.hash(of: number - 1), state: &state)
        }
    }

    /// Applies `call` signed by `signer` with its next nonce; returns the extrinsic's events.
    @discardableResult
    mutating func apply(_ call: Call, by signer: AccountID) throws -> [Event] {
        let applied = try Runtime.apply(
            Extrinsic(signer: signer, nonce: state.account(signer).nonce, call: call), to: &state)
        events += applied
        return applied
    }

    /// The error of an extrinsic, or nil if it succeeded.
    static func failure(of events: [Event]) -> DispatchError? {
        if case .extrinsicFailed(_, _, let error) = events.last { return error }
        return nil
    }

    /// A nonce ≥ `start` whose seal on block `blockNumber` meets the subnet's difficulty, and the seal.
    func solve(netuid: NetUID, hotkey: AccountID, blockNumber: BlockNumber? = nil, start: UInt64 = 0) -> (
        nonce: UInt64, work: [UInt8]
    ) {
        let block = blockNumber ?? state.blockNumber
        let difficulty = state.subnets[netuid]?.hyperparameters.difficulty ?? 1
        let blockHash = Registration.blockHash(block, state: state)
        let solved = PowWork.solve(
            era: state.era, difficulty: difficulty, blockHash: blockHash, hotkey: hotkey, start: start)
        return solved ?? (start, [])
    }

    /// Registers hotkey/coldkey by PoW on the current block (signed by the hotkey); returns the events.
    @discardableResult
    mutating func registerPow(netuid: NetUID, hotkey: AccountID, coldkey: AccountID, start: UInt64 = 0) throws
        -> [Event]
    {
        let (nonce, work) = solve(netuid: netuid, hotkey: hotkey, start: start)
        let call = RegistrationCall.register(
            netuid: netuid, blockNumber: state.blockNumber, nonce: nonce, work: work, hotkey: hotkey,
            coldkey: coldkey)
        return try apply(.registration(call), by: hotkey)
    }

    /// Sets a hyperparameter as the chain's tests do (a direct storage write, no checks).
    mutating func set(_ netuid: NetUID, _ update: HyperparameterUpdate) {
        guard var subnet = state.subnets[netuid] else { return }
        update.apply(to: &subnet.hyperparameters)
        state.subnets[netuid] = subnet
    }

    /// The hotkey holding `uid` on `netuid`.
    func hotkey(at uid: UID, on netuid: NetUID) -> AccountID? {
        guard let neurons = state.subnets[netuid]?.neurons, Int(uid) < neurons.count else { return nil }
        return neurons.hotkeys[Int(uid)]
    }

    /// The subnet (a fresh empty one if absent, so expectations fail readably).
    func subnet(_ netuid: NetUID) -> Subnet {
        state.subnets[netuid]
            ?? Subnet(
                netuid: netuid, owner: Self.subnetOwner, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
    }
}
