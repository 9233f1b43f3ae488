import Runtime

/// Deterministic made-up blocks shaped like busy real ones, for the store benchmark and the store tests.
///
/// Everything is derived from the block number by a seeded SplitMix64 generator, so a test can rebuild the
/// exact state after any block by replaying the chain from genesis.
struct SyntheticChain: Sendable {
    /// How many distinct accounts transfers move balances between.
    var accounts: UInt64 = 10_000

    /// A genesis block whose state holds `stateEntries` account entries.
    func genesis(stateEntries: Int) -> StoredBlock {
        let changes = (0..<UInt64(max(0, stateEntries))).map { account in
            StateChange(key: accountKey(account), value: balanceValue(account, 0))
        }
        return StoredBlock(
            number: 0, hash: Self.bytes(seed: 0, tag: 1, count: 32),
            parentHash: [UInt8](repeating: 0, count: 32),
            stateRoot: Self.bytes(seed: 0, tag: 2, count: 32),
            extrinsicsRoot: [UInt8](repeating: 0, count: 32),
            timestamp: 1_700_000_000_000, encodedHeader: Self.bytes(seed: 0, tag: 3, count: 120),
            events: [StoredEvent(index: 0, extrinsicIndex: nil, name: "system.Genesis", encoded: [])],
            stateChanges: changes)
    }

    /// Block `number` on top of `parentHash`, with `extrinsics` transfers, their events and state changes.
    ///
    /// Each extrinsic emits two events and writes two balances; every 97th extrinsic also deletes an account.
    func block(number: UInt64, parentHash: [UInt8], extrinsics count: Int) -> StoredBlock {
        var random = SplitMix64(seed: number)
        var extrinsics: [StoredExtrinsic] = []
        var events = [
            StoredEvent(index: 0, extrinsicIndex: nil, name: "system.BlockInitialized", encoded: [])
        ]
        var changes: [StateChange] = []
        extrinsics.reserveCapacity(count)
        events.reserveCapacity(2 * count + 1)
        changes.reserveCapacity(2 * count + count / 97 + 1)
        for index in 0..<UInt32(max(0, count)) {
            let sender = random.next() % accounts
            let receiver = random.next() % accounts
            let succeeded = random.next() % 10 != 0
            extrinsics.append(
                StoredExtrinsic(
                    index: index, hash: random.bytes(32), encoded: random.bytes(140),
                    signer: random.bytes(32),
                    nonce: random.next() % 1_000, succeeded: succeeded,
                    callName: succeeded ? "balances.transfer" : "balances.transfer_keep_alive"))
            let outcome = succeeded ? "system.ExtrinsicSuccess" : "system.ExtrinsicFailed"
            events.append(
                StoredEvent(index: 2 * index + 1, extrinsicIndex: index, name: outcome, encoded: [1]))
            events.append(
                StoredEvent(
                    index: 2 * index + 2, extrinsicIndex: index, name: "balances.Transferred",
                    encoded: random.bytes(72)))
            changes.append(StateChange(key: accountKey(sender), value: balanceValue(sender, number)))
            changes.append(StateChange(key: accountKey(receiver), value: balanceValue(receiver, number)))
            if index % 97 == 96 {
                changes.append(StateChange(key: accountKey(random.next() % accounts), value: nil))
            }
        }
        changes.append(
            StateChange(key: Array("head".utf8), value: Self.bytes(seed: number, tag: 4, count: 8)))
        return StoredBlock(
            number: number, hash: Self.bytes(seed: number, tag: 1, count: 32), parentHash: parentHash,
            stateRoot: Self.bytes(seed: number, tag: 2, count: 32),
            extrinsicsRoot: Self.bytes(seed: number, tag: 5, count: 32),
            timestamp: 1_700_000_000_000 + number * 12_000,
            encodedHeader: Self.bytes(seed: number, tag: 3, count: 120),
            extrinsics: extrinsics, events: events, stateChanges: changes)
    }

    /// The state key of an account: a 4-byte prefix and 32 bytes derived from its number.
    func accountKey(_ account: UInt64) -> [UInt8] {
        Array("acct".utf8) + Self.bytes(seed: account, tag: 6, count: 32)
    }

    /// A 16-byte balance record that changes with the block that wrote it.
    func balanceValue(_ account: UInt64, _ block: UInt64) -> [UInt8] {
        Self.bytes(seed: account &* 1_000_003 &+ block, tag: 7, count: 16)
    }

    /// `count` deterministic bytes for a seed and a tag.
    static func bytes(seed: UInt64, tag: UInt64, count: Int) -> [UInt8] {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9 &+ tag)
        return random.bytes(count)
    }
}

/// SplitMix64: a tiny, fast, seeded generator of 64-bit words.
struct SplitMix64: Sendable {
    /// The generator's state.
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) { state = seed }

    /// The next word of the sequence.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next `count` bytes of the sequence.
    mutating func bytes(_ count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            let word = next()
            for shift in stride(from: 0, to: 64, by: 8) where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return bytes
    }
}
