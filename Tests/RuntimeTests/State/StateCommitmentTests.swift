import Testing

@testable import Runtime

/// The state root kept block by block equals the root built from scratch, the entries a block
/// reports are exactly what changed, and the stored entries rebuild the same state.
@Suite struct StateCommitmentTests {
    struct Run: Sendable, CustomTestStringConvertible {
        var era: Era
        var seed: UInt64
        var blocks: Int
        var testDescription: String { "\(era) seed \(seed), \(blocks) blocks" }
    }

    static let runs: [Run] = [
        Run(era: .finney, seed: 11, blocks: 240),
        Run(era: .finney, seed: 0xC0FFEE, blocks: 240),
        Run(era: .nakamoto, seed: 11, blocks: 240),
        Run(era: .nakamoto, seed: 0xC0FFEE, blocks: 240),
    ]

    @Test("incremental root, changes and restore agree with a rebuild", arguments: runs)
    func incrementalMatchesRebuild(_ run: Run) throws {
        var generator = RandomCallGenerator(era: run.era, seed: run.seed, profile: .standard)
        var state = Genesis.development(run.era).state()
        state.registration.networkLock.rateLimit = 40
        var (commitment, genesisEntries) = StateCommitment.build(&state)
        var stored = Dictionary(
            uniqueKeysWithValues: genesisEntries.compactMap { change in
                change.value.map { (change.key, $0) }
            })
        var roots: Set<[UInt8]> = [commitment.root]

        for number in 1...BlockNumber(run.blocks) {
            _ = Runtime.initializeBlock(number, parentHash: generator.blockHash(number - 1), state: &state)
            for _ in 0..<generator.extrinsicsInBlock() {
                _ = try? Runtime.apply(generator.next(in: state).extrinsic, to: &state)
            }
            _ = Runtime.finalizeBlock(state: &state)
            for change in commitment.commit(&state) { stored[change.key] = change.value }
            roots.insert(commitment.root)

            if number % 40 == 0 || number == BlockNumber(run.blocks) {
                var copy = state
                let rebuilt = StateCommitment.build(&copy)
                #expect(
                    rebuilt.commitment.root == commitment.root,
                    "root differs from a rebuild at block \(number)")
                let full = Dictionary(
                    uniqueKeysWithValues: rebuilt.entries.compactMap { change in
                        change.value.map { (change.key, $0) }
                    })
                #expect(full == stored, "stored entries differ from the state's entries at block \(number)")
                let restored = try ChainState(entries: stored.map { (key: $0.key, value: $0.value) })
                #expect(restored == state, "restored state differs at block \(number)")
            }
        }
        #expect(roots.count > run.blocks / 2, "the root should move as blocks change the state")
    }

    @Test("long rows: replacing a uid re-commits one chunk per row; shrinking a row drops its tail chunks")
    func longRowChunks() throws {
        var state = Genesis.development(.finney).state()
        var subnet = Subnet(
            netuid: 3, owner: DevAccounts.alice, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
        for uid in 0..<600 {
            let hotkey = try AccountID(
                bytes: [UInt8](repeating: 7, count: 30) + [UInt8(uid >> 8), UInt8(uid & 0xFF)])
            _ = subnet.neurons.append(hotkey: hotkey, at: 0)
        }
        let fullRow = (0..<600).map { WeightEntry(uid: UID($0), value: UInt32($0 + 1)) }
        subnet.neurons.setWeights(fullRow, of: 0)
        subnet.neurons.setWeights(fullRow, of: 1)
        state.subnets[3] = subnet
        var commitment = StateCommitment(state: &state)

        state.subnets[3]?.neurons.replace(uid: 530, with: AccountID(testSeed: 250), at: 9)
        let changes = commitment.commit(&state)
        let chunkKeys = changes.filter { $0.key.first == StateSpace.weightsRow.rawValue }.map(\.key)
        #expect(chunkKeys.count == 2, "one chunk in each of the two long rows")
        let chunk = UInt8(530 / StateLayout.rowChunkSize)
        #expect(chunkKeys.allSatisfy { $0.suffix(2) == [0, chunk] }, "uid 530 sits in chunk \(chunk)")

        state.subnets[3]?.neurons.setWeights(Array(fullRow.prefix(10)), of: 1)
        let shrink = commitment.commit(&state).filter { $0.key.first == StateSpace.weightsRow.rawValue }
        let tail = StateLayout.chunkCount(600) - 1
        #expect(shrink.filter { $0.value == nil }.count == tail, "row 1 keeps only its first chunk")

        var copy = state
        let rebuilt = StateCommitment.build(&copy)
        #expect(rebuilt.commitment.root == commitment.root)
        let restored = try ChainState(
            entries: rebuilt.entries.compactMap { change in
                change.value.map { (key: change.key, value: $0) }
            })
        #expect(restored == state)
    }

    @Test func rootIgnoresWriteOrder() {
        var first = Genesis.development(.finney).state()
        var second = first
        let (alice, bob) = (DevAccounts.alice, DevAccounts.bob)
        first.accounts[alice, default: AccountInfo()].nonce = 7
        first.accounts[bob, default: AccountInfo()].free = 99
        second.accounts[bob, default: AccountInfo()].free = 99
        second.accounts[alice, default: AccountInfo()].nonce = 7
        #expect(StateCommitment(state: &first).root == StateCommitment(state: &second).root)
        second.accounts[alice, default: AccountInfo()].nonce = 8
        #expect(StateCommitment(state: &first).root != StateCommitment(state: &second).root)
    }

    @Test func unchangedWritesReportNothing() {
        var state = Genesis.development(.finney).state()
        var commitment = StateCommitment(state: &state)
        let balance = state.accounts[DevAccounts.alice]
        state.accounts[DevAccounts.alice] = balance
        let changes = commitment.commit(&state)
        #expect(changes.allSatisfy { $0.key == [StateSpace.globals.rawValue] } && changes.isEmpty)
    }

    @Test func removedEntriesAreReportedAsRemovals() {
        var state = Genesis.development(.finney).state()
        var commitment = StateCommitment(state: &state)
        state.accounts[DevAccounts.ferdie] = nil
        let changes = commitment.commit(&state)
        #expect(changes.count == 1 && changes.first?.value == nil)
        #expect(changes.first?.key == [StateSpace.account.rawValue] + DevAccounts.ferdie.bytes)
    }

    enum Corruption: String, CaseIterable, Sendable {
        case noGlobals, unknownSpace, truncatedAccount, shortKey, missingPage
    }

    @Test("corrupt entries are refused with a reason", arguments: Corruption.allCases)
    func corruptEntries(_ corruption: Corruption) {
        var state = Genesis.development(.finney).state()
        var subnet = Subnet(
            netuid: 1, owner: DevAccounts.alice, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
        _ = subnet.neurons.append(hotkey: DevAccounts.bob, at: 0)
        state.subnets[1] = subnet
        var entries = Dictionary(
            uniqueKeysWithValues: StateCommitment.build(&state).entries.compactMap { change in
                change.value.map { (change.key, $0) }
            })
        let accountKey = [StateSpace.account.rawValue] + DevAccounts.alice.bytes
        switch corruption {
        case .noGlobals: entries[[StateSpace.globals.rawValue]] = nil
        case .unknownSpace: entries[[0xEE, 1, 2]] = [0]
        case .truncatedAccount: entries[accountKey] = [1, 2, 3]
        case .shortKey: entries[[StateSpace.account.rawValue, 1, 2]] = entries[accountKey]
        case .missingPage:
            let page = entries.keys.first { $0.first == StateSpace.neuronPage.rawValue }
            #expect(page != nil)
            if let page { entries[page] = nil }
        }
        #expect(throws: StateRestoreError.self) {
            try ChainState(entries: entries.map { (key: $0.key, value: $0.value) })
        }
    }
}

/// The entry digest is Blake2b-256 of the key length, key and value, whichever implementation computes it.
@Suite struct EntryDigestTests {
    @Test(arguments: [0, 1, 100, 127, 128, 129, 1_000])
    func matchesBlake2b(_ valueLength: Int) throws {
        let key: [UInt8] = [0x32, 0, 1, 2, 3]
        let value = (0..<valueLength).map { UInt8(truncatingIfNeeded: $0 &* 131) }
        let expected = Hash256(blake2b256: [UInt8(key.count)] + key + value)
        #expect(StateCommitment.digest(key: key, value: value) == expected)
    }
}
