/// The arguments of a proof-of-work registration.
struct PowRegistration {
    /// Subnet to join.
    var netuid: NetUID
    /// Block whose hash the work was done on.
    var blockNumber: BlockNumber
    /// Nonce of the seal.
    var nonce: UInt64
    /// The seal.
    var work: [UInt8]
    /// Hotkey to register.
    var hotkey: AccountID
    /// Coldkey that owns it.
    var coldkey: AccountID
}

/// `register`: proof-of-work registration with every check of the chain, in the chain's order
/// (subtensor v3.3.0 `do_registration` for Finney, the 2022 `do_registration` for Nakamoto).
///
/// The seal is read as a big-endian number in both eras (``PowWork/byteOrder``): that is how the 2022
/// chain and Finney up to 2025-05-30 read it, and how the Python client's solver checks it, so seals
/// found by bittensor clients are accepted here. (Subtensor switched to little-endian on 2025-05-30,
/// commit `aedad2e8e`.)
extension Registration {
    /// How a seal is read as a number for the difficulty check.
    static let sealByteOrder = PowWork.byteOrder
    /// Work must be done on one of this many most recent blocks.
    static let workBlockWindow: UInt64 = 3

    /// Registers `request.hotkey` by proof of work.
    static func register(_ request: PowRegistration, origin: AccountID, state: inout ChainState)
        throws(DispatchError)
        -> [Event]
    {
        let placement: Placement
        switch state.era {
        case .finney: placement = try checkFinneyPow(request, origin: origin, state: state)
        case .nakamoto: placement = try checkNakamotoPow(request, state: state)
        }

        state.registration.usedWork[request.work] = state.blockNumber
        state.subnets[request.netuid]?.powRegistrationsThisInterval.saturatingIncrement()
        return admit(
            hotkey: request.hotkey, coldkey: request.coldkey, netuid: request.netuid, at: placement,
            state: &state)
    }

    /// The Finney checks, in the order of subtensor v3.3.0.
    static func checkFinneyPow(_ request: PowRegistration, origin: AccountID, state: ChainState)
        throws(DispatchError)
        -> Placement
    {
        guard origin == request.hotkey else { throw .registration(.transactorAccountShouldBeHotKey) }
        guard let subnet = state.subnets[request.netuid] else { throw .registration(.subnetNotExists) }
        guard subnet.hyperparameters.registrationAllowed else {
            throw .registration(.subNetRegistrationDisabled)
        }
        try checkRateLimits(subnet, era: state.era)
        try checkNotRegistered(request.hotkey, on: subnet)
        try checkWorkBlock(request.blockNumber, current: state.blockNumber)
        try checkDifficulty(request.work, subnet: subnet)
        try checkSeal(request, state: state)
        try checkOwnership(hotkey: request.hotkey, coldkey: request.coldkey, state: state)
        return try placement(on: subnet, state: state)
    }

    /// The Nakamoto checks, in the order of the 2022 chain (no signer or ownership check, a
    /// per-block limit only, and used work refused).
    static func checkNakamotoPow(_ request: PowRegistration, state: ChainState) throws(DispatchError)
        -> Placement
    {
        guard let subnet = state.subnets[request.netuid] else { throw .registration(.subnetNotExists) }
        guard subnet.hyperparameters.registrationAllowed else {
            throw .registration(.subNetRegistrationDisabled)
        }
        try checkRateLimits(subnet, era: state.era)
        try checkNotRegistered(request.hotkey, on: subnet)
        try checkWorkBlock(request.blockNumber, current: state.blockNumber)
        guard state.registration.usedWork[request.work] == nil else { throw .registration(.workRepeated) }
        try checkDifficulty(request.work, subnet: subnet)
        try checkSeal(request, state: state)
        return try placement(on: subnet, state: state)
    }

    /// `current − 3 < block ≤ current`.
    static func checkWorkBlock(_ block: BlockNumber, current: BlockNumber) throws(DispatchError) {
        guard block <= current, current - block < workBlockWindow else {
            throw .registration(.invalidWorkBlock)
        }
    }

    /// The work, read as a number, times the difficulty stays under 2^256.
    static func checkDifficulty(_ work: [UInt8], subnet: Subnet) throws(DispatchError) {
        guard PowWork.meets(work, difficulty: subnet.hyperparameters.difficulty) else {
            throw .registration(.invalidDifficulty)
        }
    }

    /// The work equals the seal recomputed from the nonce, the block hash and (Finney) the hotkey.
    static func checkSeal(_ request: PowRegistration, state: ChainState) throws(DispatchError) {
        let seal = Self.seal(
            nonce: request.nonce, blockNumber: request.blockNumber, hotkey: request.hotkey, state: state)
        guard seal == request.work else { throw .registration(.invalidSeal) }
    }

    /// The seal of `nonce` on block `blockNumber` for `hotkey` under the era's rule.
    static func seal(nonce: UInt64, blockNumber: BlockNumber, hotkey: AccountID, state: ChainState) -> [UInt8]
    {
        PowWork.seal(
            era: state.era, nonce: nonce, blockHash: Self.blockHash(blockNumber, state: state), hotkey: hotkey
        )
    }

    /// The hash of block `number` as the chain's `block_hash` returns it: the recorded hash, or 32 zero
    /// bytes for a block whose hash is not known yet (the current block) or no longer kept.
    static func blockHash(_ number: BlockNumber, state: ChainState) -> [UInt8] {
        state.blockHashes[number] ?? [UInt8](repeating: 0, count: 32)
    }
}

extension UInt16 {
    /// Adds one, stopping at `UInt16.max`.
    mutating func saturatingIncrement() {
        if self < .max { self += 1 }
    }
}
