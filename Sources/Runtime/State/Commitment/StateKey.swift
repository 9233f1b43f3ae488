/// The keys of the state's key-value view: a one-byte space tag, then the entry's fields big-endian
/// (so keys of one space sort by their fields).
///
/// Every entry of ``ChainState`` lives under exactly one key; the layout of each value is in
/// ``StateLayout``. The store persists entries by these keys and the state root commits to them.
public enum StateSpace: UInt8, Sendable, CaseIterable {
    /// The chain-wide scalars (one entry).
    case globals = 0x01
    /// A recent block's hash, by number.
    case blockHash = 0x02
    /// An account's free balance and nonce.
    case account = 0x03
    /// A spent registration seal.
    case usedWork = 0x04
    /// The stakes held on one hotkey, by coldkey.
    case stake = 0x10
    /// `TotalHotkeyStake`.
    case totalHotkeyStake = 0x11
    /// `TotalColdkeyStake`.
    case totalColdkeyStake = 0x12
    /// The coldkey owning a hotkey.
    case owner = 0x13
    /// A delegate's take.
    case delegateTake = 0x14
    /// `LastTxBlock`.
    case lastTxBlock = 0x15
    /// `LastTxBlockDelegateTake`.
    case lastTxBlockDelegateTake = 0x16
    /// Stake calls of a coldkey on a hotkey in the current interval.
    case stakesThisInterval = 0x17
    /// Emission owed by a subnet's last epoch.
    case loadedEmission = 0x20
    /// A subnet's owner, hyperparameters and counters.
    case subnet = 0x30
    /// A page of 64 uids of one per-uid column of a subnet.
    case neuronPage = 0x31
    /// A chunk of ``StateLayout/rowChunkSize`` entries of one uid's weights row.
    case weightsRow = 0x32
    /// A chunk of ``StateLayout/rowChunkSize`` entries of one uid's bonds row.
    case bondsRow = 0x33
}

/// The per-uid columns stored in pages of ``StateLayout/pageSize`` uids.
public enum NeuronColumn: UInt8, Sendable, CaseIterable {
    /// Hotkeys.
    case hotkeys = 1
    /// Block of registration.
    case blockAtRegistration = 2
    /// Block of the last weights update.
    case lastUpdate = 3
    /// Validator permits.
    case validatorPermit = 4
    /// Served axons.
    case axons = 5
    /// Served Prometheus endpoints.
    case prometheus = 6
    /// Epoch outputs.
    case terms = 7
}

/// Builders of state keys.
enum StateKey {
    static let globals: [UInt8] = [StateSpace.globals.rawValue]

    static func key(_ space: StateSpace, _ fields: (inout [UInt8]) -> Void) -> [UInt8] {
        var key = [space.rawValue]
        fields(&key)
        return key
    }

    static func key(_ space: StateSpace, account: AccountID) -> [UInt8] {
        key(space) { $0.append(contentsOf: account.bytes) }
    }

    static func blockHash(_ number: BlockNumber) -> [UInt8] { key(.blockHash) { $0.appendBigEndian(number) } }

    static func usedWork(_ seal: [UInt8]) -> [UInt8] { key(.usedWork) { $0.append(contentsOf: seal) } }

    static func stakesThisInterval(_ pair: StakePair) -> [UInt8] {
        key(.stakesThisInterval) {
            $0.append(contentsOf: pair.coldkey.bytes)
            $0.append(contentsOf: pair.hotkey.bytes)
        }
    }

    static func loadedEmission(_ netuid: NetUID) -> [UInt8] {
        key(.loadedEmission) { $0.appendBigEndian(netuid) }
    }

    static func subnet(_ netuid: NetUID) -> [UInt8] { key(.subnet) { $0.appendBigEndian(netuid) } }

    static func neuronPage(_ netuid: NetUID, _ column: NeuronColumn, page: Int) -> [UInt8] {
        key(.neuronPage) {
            $0.appendBigEndian(netuid)
            $0.append(column.rawValue)
            $0.appendBigEndian(UInt16(truncatingIfNeeded: page))
        }
    }

    static func rowChunk(_ space: StateSpace, _ netuid: NetUID, uid: Int, chunk: Int) -> [UInt8] {
        key(space) {
            $0.appendBigEndian(netuid)
            $0.appendBigEndian(UInt16(truncatingIfNeeded: uid))
            $0.appendBigEndian(UInt16(truncatingIfNeeded: chunk))
        }
    }
}

extension [UInt8] {
    /// Appends `value` big-endian.
    mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        for shift in stride(from: T.bitWidth - 8, through: 0, by: -8) {
            append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
