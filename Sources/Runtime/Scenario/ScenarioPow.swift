/// The runner's PoW solver for `registration.register`: it works on the parent of the block the
/// registration is applied in (whose hash is known then), at the subnet's difficulty in that block,
/// starting from nonce 0 and skipping seals the chain has already seen. Expected work is `difficulty`
/// hashes, so keep the difficulty low in scripts (a few thousand solves in milliseconds).
enum ScenarioPow {
    /// The most attempts the solver makes for one seal.
    static let attemptLimit: UInt64 = 1 << 26

    /// The solver gives up after `max(2^20, 64 × difficulty)` attempts, at most `limit`.
    static func budget(difficulty: UInt64, limit: UInt64 = attemptLimit) -> UInt64 {
        let (scaled, overflow) = difficulty.multipliedReportingOverflow(by: 64)
        return min(max(1 << 20, overflow ? .max : scaled), limit)
    }

    /// `scripted` as a chain call, solving the seal when it is a PoW registration.
    static func complete(_ scripted: ScenarioCall, state: ChainState, limit: UInt64 = attemptLimit)
        throws(ScenarioProblem) -> Call
    {
        switch scripted {
        case .call(let call):
            return call
        case .powRegister(let netuid, let hotkey, let coldkey):
            let block = state.blockNumber.subtractingClamped(1)
            let blockHash = state.blockHashes[block] ?? [UInt8](repeating: 0, count: 32)
            // A missing subnet is the chain's to refuse: send an empty seal.
            guard let difficulty = state.subnets[netuid]?.hyperparameters.difficulty else {
                return .registration(
                    .register(
                        netuid: netuid, blockNumber: block, nonce: 0, work: [], hotkey: hotkey,
                        coldkey: coldkey))
            }
            let budget = budget(difficulty: difficulty, limit: limit)
            var start: UInt64 = 0
            while start < budget {
                guard
                    let (nonce, work) = PowWork.solve(
                        era: state.era, difficulty: difficulty, blockHash: blockHash, hotkey: hotkey,
                        start: start,
                        attempts: budget - start)
                else { break }
                if state.registration.usedWork[work] == nil {
                    return .registration(
                        .register(
                            netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: hotkey,
                            coldkey: coldkey))
                }
                start = nonce + 1
            }
            throw .sealNotFound(difficulty: difficulty, attempts: budget)
        }
    }
}
