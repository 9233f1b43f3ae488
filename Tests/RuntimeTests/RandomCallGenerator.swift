@testable import Runtime

/// Deterministic random extrinsics for the randomized chain test: a seeded SplitMix64 picks, from the
/// current state, calls of every pallet that are meant to pass (fresh nonce, real seals at the subnet's
/// difficulty, registered signers, vectors that follow the rules) and ones that are meant to be refused
/// (unknown netuids and uids, amounts too big, non-sudo signers of sudo calls, malformed weights, stale
/// seals) or to be invalid as extrinsics (wrong nonce, a signer who cannot pay, a tip that overflows).
///
/// The same seed, era and profile always give the same sequence of extrinsics for the same states.
struct RandomCallGenerator {
    /// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast and good enough to drive a fuzzer.
    struct SplitMix64: RandomNumberGenerator {
        /// The running state.
        var state: UInt64

        /// A generator started at `seed`.
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// What a drawn extrinsic exercises, for the run's tally and its coverage checks.
    enum Kind: String, CaseIterable, Sendable {
        case configure, transfer, registerNetwork, powRegister, burnedRegister, addStake, nominate,
            removeStake
        case delegation, setWeights, serve, sudoHyperparameter, sudoStaking, sudoEmission, sudoBalance
        case badNonce, cannotPay, tipOverflow
    }

    /// One extrinsic and what it exercises.
    struct Draw {
        /// The extrinsic to apply.
        var extrinsic: Extrinsic
        /// Its kind.
        var kind: Kind
    }

    /// Which sudo values the generator may send.
    enum Profile: String, Sendable {
        /// Every hyperparameter and staking parameter in a range the chain accepts or refuses cleanly.
        case standard
        /// Also delegate take bounds with `MinTake > MaxTake`, which the sudo setters accept as given.
        case invertedTakeBounds
        /// Also sudo mints that take an account or the issuance past `UInt64.max`.
        case overflowingMints
        /// Also the extreme values of every hyperparameter and staking parameter (0, the type's maximum,
        /// bounds crossing each other) that the setters accept without a range check.
        case extremes
    }

    /// The era the calls are for.
    let era: Era
    /// The seed (also used for block hashes).
    let seed: UInt64
    /// Which sudo values to send.
    let profile: Profile
    /// The random source.
    var random: SplitMix64
    /// The funded dev coldkeys (`//Alice` … `//Ferdie`); Alice starts as sudo.
    let coldkeys: [AccountID] = DevAccounts.all.map(\.account)
    /// Hotkeys; hotkey i belongs (preferably) to coldkey i mod 6 and is funded by it in block 1.
    let hotkeys: [AccountID] = (1...28).map { AccountID(testSeed: UInt8($0)) }
    /// Accounts that only ever receive: transfer destinations and mint targets.
    let newcomers: [AccountID] = (200...207).map { AccountID(testSeed: UInt8($0)) }
    /// Accounts that never hold a rao, so cannot pay a fee.
    let strangers: [AccountID] = (240...242).map { AccountID(testSeed: UInt8($0)) }

    /// Calls waiting to be drawn before random ones: funding, staking parameters and the setup of
    /// every new subnet. A nil signer means the current sudo key.
    private var queue: [(signer: AccountID?, call: Call, kind: Kind)] = []
    /// Subnets whose setup was queued.
    private var configured: Set<NetUID> = []

    /// Rao each hotkey gets from its coldkey in block 1, for the fees of the calls it signs.
    static let hotkeyFunding: Rao = 20 * raoPerTao

    /// A generator for `era` started at `seed`.
    init(era: Era, seed: UInt64, profile: Profile = .standard) {
        self.era = era
        self.seed = seed
        self.profile = profile
        random = SplitMix64(seed: seed)
        for (index, hotkey) in hotkeys.enumerated() {
            let call = Call.balances(.transfer(destination: hotkey, amount: Self.hotkeyFunding))
            queue.append((home(of: index), call, .configure))
        }
        // Staking limits loose enough that stake, unstake and delegation calls often pass.
        let staking: [StakingParameterUpdate] = [
            .targetStakesPerInterval(4), .stakeInterval(10), .txRateLimit(3), .txDelegateTakeRateLimit(20),
        ]
        for update in staking { queue.append((nil, .staking(.sudoSetParameter(update)), .configure)) }
    }

    // MARK: - Randomness

    /// A uniform integer in `0..<bound` (0 for an empty range).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(random.next() % UInt64(bound))
    }

    /// A uniform value in `range`.
    mutating func value<T: FixedWidthInteger>(in range: ClosedRange<T>) -> T {
        T.random(in: range, using: &random)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// A random element, or `fallback` for an empty collection.
    mutating func element<T>(_ items: [T], or fallback: T) -> T {
        items.isEmpty ? fallback : items[below(items.count)]
    }

    /// How many extrinsics the next block carries: mostly up to 20, sometimes a burst of 40.
    mutating func extrinsicsInBlock() -> Int {
        chance(5) ? 40 : below(21)
    }

    /// A made-up but deterministic hash for block `number` of this run.
    func blockHash(_ number: BlockNumber) -> [UInt8] {
        var words = SplitMix64(seed: seed ^ (number &* 0xD6E8_FEB8_6659_FD93))
        return (0..<4).flatMap { _ in
            let word = words.next()
            return (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) }
        }
    }

    // MARK: - Accounts

    /// The coldkey hotkey `index` preferably registers with.
    func home(of index: Int) -> AccountID { coldkeys[index % coldkeys.count] }

    /// The sudo key of `state` (Alice if none).
    func sudo(_ state: ChainState) -> AccountID { state.sudoKey ?? DevAccounts.alice }

    /// Mostly the sudo key, sometimes an account that is not.
    mutating func sudoOrNot(_ state: ChainState) -> AccountID {
        let sudo = sudo(state)
        guard chance(15) else { return sudo }
        let others = (coldkeys + hotkeys.prefix(4)).filter { $0 != sudo }
        return element(others, or: DevAccounts.bob)
    }

    /// A netuid: mostly an existing one, sometimes one that does not exist.
    mutating func netuid(in state: ChainState) -> NetUID {
        let existing = state.subnets.keys.sorted()
        if existing.isEmpty || chance(8) { return element([NetUID(1), 7, 77, 4_095], or: 77) }
        return element(existing, or: 0)
    }

    /// An amount relative to `reference` (a balance or a stake): zero, dust, all of it, one more than
    /// it, `UInt64.max`, half, or a random part of at most `cap`. All or half of a large reference (a
    /// dev account's balance) is rare, so the dev accounts keep paying for the calls they sign.
    mutating func amount(around reference: Rao, cap: Rao = 20 * raoPerTao) -> Rao {
        let large = reference > 1_000 * raoPerTao
        switch below(20) {
        case 0, 1: return 0
        case 2, 3: return value(in: 1...existentialDeposit)
        case 4 where !large || chance(5), 5 where !large: return reference
        case 6, 7: return reference.addingClamped(1)
        case 8: return .max
        case 9 where !large || chance(5): return reference / 2
        default: return value(in: 1...max(1, min(reference, cap)))
        }
    }

    // MARK: - Drawing

    /// The next extrinsic for `state`: a queued setup call, else a random one.
    mutating func next(in state: ChainState) -> Draw {
        for netuid in state.subnets.keys.sorted() where !configured.contains(netuid) {
            configured.insert(netuid)
            for update in setup(of: netuid, in: state) {
                queue.append((nil, .subnets(.sudoSetHyperparameter(netuid: netuid, update)), .configure))
            }
        }
        if !queue.isEmpty {
            let (signer, call, kind) = queue.removeFirst()
            return draw(signer ?? sudo(state), call, kind, state: state)
        }
        switch below(100) {
        case 0..<9: return transfer(state)
        case 9..<12: return registerNetwork(state)
        case 12..<25: return powRegister(state)
        case 25..<33: return burnedRegister(state)
        case 33..<45: return addStake(state)
        case 45..<51: return removeStake(state)
        case 51..<55: return delegation(state)
        case 55..<68: return setWeights(state)
        case 68..<74: return serve(state)
        case 74..<82: return sudoHyperparameter(state)
        case 82..<84: return sudoStaking(state)
        case 84..<86: return sudoEmission(state)
        case 86..<88: return sudoBalance(state)
        default: return invalid(state)
        }
    }

    /// `call` signed by `signer` with its next nonce, sometimes with a small tip.
    mutating func draw(_ signer: AccountID, _ call: Call, _ kind: Kind, state: ChainState) -> Draw {
        let tip: Rao = chance(10) ? value(in: 1...1_000) : 0
        return Draw(
            extrinsic: Extrinsic(signer: signer, nonce: state.account(signer).nonce, tip: tip, call: call),
            kind: kind)
    }

    /// The sudo setup of a new subnet: few uids (so registrations soon prune), short tempo (so epochs
    /// run), tiny PoW difficulty, few required weights and short rate limits.
    mutating func setup(of netuid: NetUID, in state: ChainState) -> [HyperparameterUpdate] {
        let count = UInt16(clamping: state.subnets[netuid]?.neurons.count ?? 0)
        var updates: [HyperparameterUpdate] = [
            .maxAllowedUids(max(count, value(in: 4...9))), .tempo(value(in: 3...12)), .minDifficulty(1),
            .maxDifficulty(64), .difficulty(value(in: 1...16)), .immunityPeriod(value(in: 2...8)),
            .minAllowedWeights(value(in: 1...3)), .weightsRateLimit(value(in: 0...3)),
            .adjustmentInterval(value(in: 5...20)), .targetRegistrationsPerInterval(value(in: 2...4)),
            .maxRegistrationsPerBlock(value(in: 2...4)), .servingRateLimit(value(in: 0...5)),
        ]
        if era == .nakamoto {
            updates += [.maxWeightLimit(.max), .stakePruningMin(value(in: 0...raoPerTao))]
        }
        return updates
    }

    // MARK: - Balances

    mutating func transfer(_ state: ChainState) -> Draw {
        let signer =
            chance(80) ? element(coldkeys, or: DevAccounts.alice) : element(hotkeys, or: DevAccounts.bob)
        let destination = element(coldkeys + hotkeys + newcomers, or: DevAccounts.charlie)
        let amount = amount(around: state.balance(of: signer).subtractingClamped(state.fees.baseFee))
        let call: BalancesCall =
            chance(50)
            ? .transfer(destination: destination, amount: amount)
            : .transferKeepAlive(destination: destination, amount: amount)
        return draw(signer, .balances(call), .transfer, state: state)
    }

    // MARK: - Subnets and registration

    mutating func registerNetwork(_ state: ChainState) -> Draw {
        let index = below(hotkeys.count)
        let coldkey = chance(80) ? home(of: index) : element(coldkeys, or: DevAccounts.alice)
        return draw(
            coldkey, .subnets(.registerNetwork(hotkey: hotkeys[index])), .registerNetwork, state: state)
    }

    mutating func powRegister(_ state: ChainState) -> Draw {
        let netuid = netuid(in: state)
        let index = below(hotkeys.count)
        let hotkey = hotkeys[index]
        let coldkey = chance(85) ? home(of: index) : element(coldkeys, or: DevAccounts.alice)
        // Work on one of the last three blocks, sometimes on one too old.
        let back = chance(8) ? BlockNumber(value(in: 3...6)) : BlockNumber(below(3))
        let block = state.blockNumber.subtractingClamped(back)
        let difficulty = state.subnets[netuid]?.hyperparameters.difficulty ?? 1
        let solved = PowWork.solve(
            era: era, difficulty: difficulty, blockHash: Registration.blockHash(block, state: state),
            hotkey: hotkey,
            start: random.next() >> 8, attempts: 512)
        var nonce = solved?.nonce ?? random.next()
        var work = solved?.work ?? (0..<32).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        switch below(14) {
        case 0 where !work.isEmpty: work[below(work.count)] ^= 0x40
        case 1: nonce &+= 1
        case 2: work = Array(work.prefix(31))
        case 3: work = element(Array(state.registration.usedWork.keys), or: work)
        default: break
        }
        let signer: AccountID =
            switch era {
            case .finney: chance(90) ? hotkey : coldkey
            case .nakamoto: chance(50) ? hotkey : coldkey
            }
        let call = RegistrationCall.register(
            netuid: netuid, blockNumber: block, nonce: nonce, work: work, hotkey: hotkey, coldkey: coldkey)
        return draw(signer, .registration(call), .powRegister, state: state)
    }

    mutating func burnedRegister(_ state: ChainState) -> Draw {
        let netuid = netuid(in: state)
        let index = below(hotkeys.count)
        let coldkey = chance(85) ? home(of: index) : element(coldkeys, or: DevAccounts.alice)
        let call = RegistrationCall.burnedRegister(netuid: netuid, hotkey: hotkeys[index])
        return draw(coldkey, .registration(call), .burnedRegister, state: state)
    }

    // MARK: - Staking

    /// Hotkeys `coldkey` owns, in a fixed order.
    func owned(by coldkey: AccountID, in state: ChainState) -> [AccountID] {
        hotkeys.filter { state.staking.owner[$0] == coldkey }
    }

    mutating func addStake(_ state: ChainState) -> Draw {
        let coldkey = element(coldkeys, or: DevAccounts.alice)
        let delegates = state.staking.delegateTake.keys.sorted().filter { state.staking.owner[$0] != coldkey }
        let hotkey: AccountID
        let kind: Kind
        if chance(30), !delegates.isEmpty {
            (hotkey, kind) = (element(delegates, or: hotkeys[0]), .nominate)
        } else if chance(85) {
            (hotkey, kind) = (
                element(owned(by: coldkey, in: state), or: element(hotkeys, or: hotkeys[0])), .addStake
            )
        } else {
            (hotkey, kind) = (element(hotkeys, or: hotkeys[0]), .addStake)
        }
        let amount = amount(around: state.balance(of: coldkey))
        return draw(coldkey, .staking(.addStake(hotkey: hotkey, amount: amount)), kind, state: state)
    }

    mutating func removeStake(_ state: ChainState) -> Draw {
        let coldkey = element(coldkeys, or: DevAccounts.alice)
        let staked = state.staking.stake.keys.sorted().filter { state.staking.stake(of: coldkey, on: $0) > 0 }
        let hotkey = chance(85) ? element(staked, or: hotkeys[0]) : element(hotkeys, or: hotkeys[0])
        let amount = amount(around: state.staking.stake(of: coldkey, on: hotkey))
        return draw(
            coldkey, .staking(.removeStake(hotkey: hotkey, amount: amount)), .removeStake, state: state)
    }

    mutating func delegation(_ state: ChainState) -> Draw {
        let coldkey = element(coldkeys, or: DevAccounts.alice)
        let hotkey =
            chance(85)
            ? element(owned(by: coldkey, in: state), or: hotkeys[0]) : element(hotkeys, or: hotkeys[0])
        let take: UInt16 = chance(80) ? value(in: 5_000...13_000) : value(in: 0...UInt16.max)
        let call: StakingCall =
            switch below(3) {
            case 0: .becomeDelegate(hotkey: hotkey, take: take)
            case 1: .decreaseTake(hotkey: hotkey, take: take)
            default: .increaseTake(hotkey: hotkey, take: take)
            }
        return draw(coldkey, .staking(call), .delegation, state: state)
    }

    // MARK: - Weights and serving

    /// A hotkey registered on `netuid` (usually), or any hotkey.
    mutating func neuronHotkey(on netuid: NetUID, in state: ChainState) -> AccountID {
        let registered = state.subnets[netuid]?.neurons.hotkeys.elements ?? []
        return chance(88) ? element(registered, or: hotkeys[0]) : element(hotkeys, or: hotkeys[0])
    }

    mutating func setWeights(_ state: ChainState) -> Draw {
        let netuid = netuid(in: state)
        let signer = neuronHotkey(on: netuid, in: state)
        let subnet = state.subnets[netuid]
        let n = subnet?.neurons.count ?? 0
        let own = subnet?.neurons.uidOfHotkey[signer] ?? 0
        let minimum = Int(subnet?.hyperparameters.minAllowedWeights ?? 1)
        let networkKey = subnet?.hyperparameters.weightsVersionKey ?? 0
        let versionKey = chance(90) ? networkKey : networkKey.subtractingClamped(1)
        let top: UInt32 = era == .finney ? UInt32(UInt16.max) : .max / 4
        // A valid vector: enough distinct uids of the subnet.
        let count = n == 0 ? 0 : value(in: min(max(1, era == .finney ? min(minimum, n) : minimum), n)...n)
        var uids = Array((0..<n).map { UID($0) }.shuffled(using: &random).prefix(count))
        var values = uids.map { _ in value(in: 0...top) }
        switch below(12) {
        case 0: (uids, values) = ([own], [value(in: 1...top)])
        case 1 where !uids.isEmpty:
            uids.append(uids[0])
            values.append(1)
        case 2: uids = Array(uids.dropLast()) + [UID(clamping: n + below(3))]
        case 3: values.append(1)
        case 4: values = values.map { _ in value(in: 65_536...UInt32.max) }
        case 5: (uids, values) = ([], [])
        default: break
        }
        let call = WeightsCall.setWeights(netuid: netuid, uids: uids, values: values, versionKey: versionKey)
        return draw(signer, .weights(call), .setWeights, state: state)
    }

    mutating func serve(_ state: ChainState) -> Draw {
        let netuid = netuid(in: state)
        let signer = neuronHotkey(on: netuid, in: state)
        let ip: UInt128 =
            switch below(8) {
            case 0: 0
            case 1: 0x7f00_0001
            case 2: UInt128(UInt32.max)
            default: UInt128(value(in: 0x0100_0000...0x7eff_ffff as ClosedRange<UInt32>))
            }
        let ipType: UInt8 = chance(90) ? 4 : element([6, 0, 5], or: 6)
        let port: UInt16 = chance(90) ? value(in: 1...UInt16.max) : 0
        let call: ServingCall =
            chance(70)
            ? .serveAxon(
                netuid: netuid, version: 1, ip: ip, port: port, ipType: ipType, protocol: chance(90) ? 0 : 1,
                placeholder1: 0, placeholder2: 0)
            : .servePrometheus(netuid: netuid, version: 1, ip: ip, port: port, ipType: ipType)
        return draw(signer, .serving(call), .serve, state: state)
    }

    // MARK: - Sudo

    mutating func sudoHyperparameter(_ state: ChainState) -> Draw {
        let netuid = netuid(in: state)
        let count = UInt16(clamping: state.subnets[netuid]?.neurons.count ?? 0)
        let finney = era == .finney
        let updates: [HyperparameterUpdate] = [
            // Around the current count: under it is refused; small limits force pruning.
            .maxAllowedUids(value(in: (count > 2 ? count - 2 : 0)...(count &+ 3))),
            .maxAllowedUids(chance(50) ? 0 : 4_097),
            .tempo(value(in: chance(10) ? 0...2 : 3...15)),
            .immunityPeriod(value(in: 0...10)),
            .difficulty(chance(90) ? value(in: 1...32) : 10_000_000),
            .minAllowedWeights(value(in: 0...4)),
            .maxWeightLimit(
                finney ? value(in: 20_000...65_535) : chance(80) ? .max : value(in: 1...UInt32.max)),
            .weightsRateLimit(value(in: 0...5)),
            .weightsVersionKey(value(in: 0...3)),
            .maxRegistrationsPerBlock(value(in: chance(85) ? 1...4 : 0...0)),
            .targetRegistrationsPerInterval(value(in: 1...4)),
            .adjustmentInterval(value(in: 0...20)),
            .adjustmentAlpha(chance(50) ? 0 : random.next()),
            .burn(value(in: 0...(2 * raoPerTao))),
            .minBurn(value(in: 0...(2 * raoPerTao))),
            .maxBurn(value(in: 0...(200 * raoPerTao))),
            .maxAllowedValidators(value(in: 0...(count &+ 4))),
            .activityCutoff(value(in: 300...6_000)),
            .servingRateLimit(value(in: 0...5)),
            .stakePruningMin(value(in: 0...(2 * raoPerTao))),
            .registrationAllowed(chance(75)),
            .burnRegistrationAllowed(chance(75)),
            .immuneOwnerUidsLimit(value(in: 0...12)),
            .kappa(value(in: 0...UInt16.max)),
            .rho(value(in: 0...30)),
            .bondsMovingAverage(value(in: 0...1_000_000)),
            .bondsPenalty(value(in: 0...UInt16.max)),
            .liquidAlphaEnabled(chance(50)),
            .alphaValues(low: value(in: 0...UInt16.max), high: value(in: 0...UInt16.max)),
            .yuma3Enabled(chance(50)),
            .validatorExcludeQuantile(value(in: 0...120)),
        ]
        var update = element(updates, or: .tempo(5))
        if profile == .extremes, chance(40) { update = element(Self.extremeHyperparameters, or: update) }
        return draw(
            sudoOrNot(state), .subnets(.sudoSetHyperparameter(netuid: netuid, update)), .sudoHyperparameter,
            state: state)
    }

    /// Values at the ends of each hyperparameter's type, for the `extremes` profile.
    static let extremeHyperparameters: [HyperparameterUpdate] = [
        .tempo(0), .tempo(.max), .kappa(0), .kappa(.max), .rho(0), .rho(.max), .bondsMovingAverage(0),
        .bondsMovingAverage(1_000_001), .bondsMovingAverage(.max), .bondsPenalty(0), .bondsPenalty(.max),
        .activityCutoff(0), .activityCutoff(.max), .maxAllowedValidators(0), .immunityPeriod(.max),
        .minAllowedWeights(.max), .maxWeightLimit(0), .maxWeightLimit(.max), .weightsRateLimit(.max),
        .weightsVersionKey(.max), .difficulty(0), .difficulty(.max), .minDifficulty(.max), .maxDifficulty(0),
        .adjustmentInterval(.max), .adjustmentInterval(0), .adjustmentAlpha(.max),
        .targetRegistrationsPerInterval(0),
        .targetRegistrationsPerInterval(.max), .maxRegistrationsPerBlock(.max), .burn(.max), .burn(0),
        .stakePruningMin(.max), .alphaSigmoidSteepness(.min), .alphaSigmoidSteepness(.max),
        .alphaSigmoidSteepness(0),
        .liquidAlphaEnabled(true), .alphaValues(low: 1_638, high: .max), .alphaValues(low: .max, high: .max),
        .yuma3Enabled(true), .servingRateLimit(.max), .immuneOwnerUidsLimit(10),
        .validatorExcludeQuantile(100),
    ]

    mutating func sudoStaking(_ state: ChainState) -> Draw {
        var updates: [StakingParameterUpdate] = [
            .targetStakesPerInterval(value(in: 0...6)), .stakeInterval(value(in: 0...30)),
            .txRateLimit(value(in: 0...10)), .txDelegateTakeRateLimit(value(in: 0...50)),
            .nominatorMinRequiredStake(value(in: 0...(2 * raoPerTao))),
            .weightsMinStake(value(in: 0...raoPerTao)),
        ]
        switch profile {
        case .standard, .overflowingMints, .extremes:
            // Take bounds that keep MinTake ≤ MaxTake.
            let maxTake = state.staking.parameters.maxTake
            let minTake = state.staking.parameters.minTake
            updates += [.minTake(value(in: 0...maxTake)), .maxTake(value(in: minTake...UInt16.max))]
        case .invertedTakeBounds:
            updates += [.minTake(value(in: 0...UInt16.max)), .maxTake(value(in: 0...UInt16.max))]
        }
        if profile == .extremes {
            updates += [
                .targetStakesPerInterval(.max), .stakeInterval(.max), .txRateLimit(.max),
                .txDelegateTakeRateLimit(.max),
                .nominatorMinRequiredStake(.max), .weightsMinStake(.max), .targetStakesPerInterval(0),
                .stakeInterval(0),
            ]
        }
        let update = element(updates, or: .txRateLimit(3))
        return draw(sudoOrNot(state), .staking(.sudoSetParameter(update)), .sudoStaking, state: state)
    }

    mutating func sudoEmission(_ state: ChainState) -> Draw {
        let netuids = state.subnets.keys.sorted()
        let total = Emission.blockEmission(state)
        let call: EmissionCall
        switch below(4) {
        case 0: call = .setSubnetOwnerCut(value(in: 0...UInt16.max))
        case 1: call = .resetEmissionValues
        default:
            // Shares of the block emission for every subnet; sometimes one too many or a subnet missing.
            var listed = netuids
            if chance(15) { listed = Array(listed.dropLast()) }
            if chance(10) { listed.append(99) }
            let share = listed.isEmpty ? 0 : total / Rao(listed.count)
            var values = listed.map { _ in value(in: 0...max(share, 1)) }
            if chance(15), !values.isEmpty { values[0] = total.addingClamped(1) }
            call = .setEmissionValues(netuids: listed, values: values)
        }
        return draw(sudoOrNot(state), .emission(call), .sudoEmission, state: state)
    }

    mutating func sudoBalance(_ state: ChainState) -> Draw {
        let call: SudoCall
        if chance(25) {
            call = .setKey(element(coldkeys, or: DevAccounts.alice))
        } else {
            // Now and then about 1.1M τ, which moves the issuance across a halving threshold but keeps it
            // under the 21M τ supply (where the block emission would stop for the rest of the run).
            var amount: Rao = chance(5) ? Rao(1) << 50 : value(in: 1...(100 * raoPerTao))
            if profile == .overflowingMints, chance(20) { amount = .max - value(in: 0...(1_000 * raoPerTao)) }
            call = .mint(
                account: element(coldkeys + hotkeys + newcomers, or: DevAccounts.alice), amount: amount)
        }
        return draw(sudoOrNot(state), .sudo(call), .sudoBalance, state: state)
    }

    // MARK: - Invalid extrinsics

    mutating func invalid(_ state: ChainState) -> Draw {
        let coldkey = element(coldkeys, or: DevAccounts.alice)
        let call = Call.balances(
            .transfer(destination: element(newcomers, or: DevAccounts.bob), amount: raoPerTao))
        switch below(4) {
        case 0:
            let stranger = element(strangers, or: AccountID(testSeed: 240))
            return Draw(
                extrinsic: Extrinsic(signer: stranger, nonce: state.account(stranger).nonce, call: call),
                kind: .cannotPay)
        case 1:
            let nonce = state.account(coldkey).nonce
            let wrong = chance(50) && nonce > 0 ? nonce - 1 : nonce &+ UInt64(value(in: 1...3))
            return Draw(extrinsic: Extrinsic(signer: coldkey, nonce: wrong, call: call), kind: .badNonce)
        case 2:
            let nonce = state.account(coldkey).nonce
            return Draw(
                extrinsic: Extrinsic(signer: coldkey, nonce: nonce, tip: .max, call: call), kind: .tipOverflow
            )
        default:
            // A tip the signer cannot pay on top of the fee.
            let nonce = state.account(coldkey).nonce
            let tip = state.balance(of: coldkey).addingClamped(1)
            return Draw(
                extrinsic: Extrinsic(signer: coldkey, nonce: nonce, tip: tip, call: call), kind: .cannotPay)
        }
    }
}
