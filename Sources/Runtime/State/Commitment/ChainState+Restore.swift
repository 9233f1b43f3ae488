/// Rebuilding a state from its stored entries.
extension ChainState {
    /// The state whose entries are `entries` (as a node stored them); the inverse of the entries a
    /// ``StateCommitment`` visits.
    ///
    /// - Throws: ``StateRestoreError`` when an entry is malformed, a key is unknown, or a subnet's
    ///   neuron pages do not add up to its neuron count.
    public init(entries: some Sequence<(key: [UInt8], value: [UInt8])>) throws(StateRestoreError) {
        var globals: [UInt8]?
        var rest: [(key: [UInt8], value: [UInt8])] = []
        for entry in entries {
            if entry.key == StateKey.globals { globals = entry.value } else { rest.append(entry) }
        }
        guard let globals else { throw .missingGlobals }
        do {
            self = try StateLayout.readGlobals(globals)
        } catch {
            throw .malformed(key: StateKey.globals, error)
        }
        var builder = SubnetBuilder()
        for (key, value) in rest {
            do {
                try restore(key: key, value: value, subnets: &builder)
            } catch let error as StateRestoreError {
                throw error
            } catch let error as CodecError {
                throw .malformed(key: key, error)
            } catch {
                throw .unknownKey(key)
            }
        }
        subnets = TrackedMap(try builder.build())
    }

    private mutating func restore(key: [UInt8], value: [UInt8], subnets: inout SubnetBuilder) throws {
        guard let first = key.first, let space = StateSpace(rawValue: first) else {
            throw StateRestoreError.unknownKey(key)
        }
        var fields = KeyReader(key: key)
        switch space {
        case .globals: throw StateRestoreError.unknownKey(key)
        case .blockHash: blockHashes[try fields.integer(UInt64.self)] = value
        case .account: accounts[try fields.account()] = try StateLayout.readAccountInfo(value)
        case .usedWork:
            registration.usedWork[fields.rest()] = try StateLayout.readInteger(value, as: UInt64.self)
        case .stake: staking.stake[try fields.account()] = try StateLayout.readStakes(value)
        case .totalHotkeyStake:
            staking.totalHotkeyStake[try fields.account()] = try StateLayout.readInteger(
                value, as: UInt64.self)
        case .totalColdkeyStake:
            staking.totalColdkeyStake[try fields.account()] = try StateLayout.readInteger(
                value, as: UInt64.self)
        case .owner: staking.owner[try fields.account()] = try StateLayout.readAccountValue(value)
        case .delegateTake:
            staking.delegateTake[try fields.account()] = try StateLayout.readInteger(value, as: UInt16.self)
        case .lastTxBlock:
            staking.lastTxBlock[try fields.account()] = try StateLayout.readInteger(value, as: UInt64.self)
        case .lastTxBlockDelegateTake:
            staking.lastTxBlockDelegateTake[try fields.account()] = try StateLayout.readInteger(
                value, as: UInt64.self)
        case .stakesThisInterval:
            let pair = StakePair(coldkey: try fields.account(), hotkey: try fields.account())
            staking.stakesThisInterval[pair] = try StateLayout.readIntervalCount(value)
        case .loadedEmission:
            emission.loaded[try fields.integer(UInt16.self)] = try StateLayout.readLoadedEmission(value)
        case .subnet:
            let netuid = try fields.integer(UInt16.self)
            subnets.headers[netuid] = try StateLayout.readSubnetHeader(value, netuid: netuid)
        case .neuronPage:
            let netuid = try fields.integer(UInt16.self)
            guard let column = NeuronColumn(rawValue: try fields.integer(UInt8.self)) else {
                throw StateRestoreError.unknownKey(key)
            }
            let page = Int(try fields.integer(UInt16.self))
            subnets.pages[netuid, default: [:]][PageKey(column: column, page: page)] =
                try StateLayout.readPage(
                    value, column: column)
        case .weightsRow:
            let netuid = try fields.integer(UInt16.self)
            let chunk = RowChunk(
                uid: Int(try fields.integer(UInt16.self)), chunk: Int(try fields.integer(UInt16.self)))
            subnets.weights[netuid, default: [:]][chunk] = try StateLayout.readWeightsChunk(value)
        case .bondsRow:
            let netuid = try fields.integer(UInt16.self)
            let chunk = RowChunk(
                uid: Int(try fields.integer(UInt16.self)), chunk: Int(try fields.integer(UInt16.self)))
            subnets.bonds[netuid, default: [:]][chunk] = try StateLayout.readBondsChunk(value)
        }
        try fields.finish()
    }
}

/// Why stored entries do not make a state.
public enum StateRestoreError: Error, Sendable, CustomStringConvertible {
    /// No globals entry: the entries are not a chain state.
    case missingGlobals
    /// A key of no known space or shape.
    case unknownKey([UInt8])
    /// A value that does not decode.
    case malformed(key: [UInt8], CodecError)
    /// A subnet whose neuron entries do not match its header.
    case inconsistentSubnet(NetUID, String)

    /// What went wrong.
    public var description: String {
        switch self {
        case .missingGlobals: "the stored state has no globals entry; the database is not a Yuma chain state"
        case .unknownKey(let key): "unknown state key 0x\(key.map { String($0, radix: 16) }.joined())"
        case .malformed(let key, let error):
            "state entry 0x\(key.prefix(3).map { String($0, radix: 16) }.joined())…: \(error)"
        case .inconsistentSubnet(let netuid, let problem): "subnet \(netuid): \(problem)"
        }
    }
}

/// Reads the fields of a state key after its space tag.
struct KeyReader {
    let key: [UInt8]
    var offset = 1

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws(StateRestoreError) -> T {
        let size = T.bitWidth / 8
        guard offset + size <= key.count else { throw .unknownKey(key) }
        var value: T = 0
        for byte in key[offset..<offset + size] { value = value << 8 | T(byte) }
        offset += size
        return value
    }

    mutating func account() throws(StateRestoreError) -> AccountID {
        guard offset + 32 <= key.count, let id = try? AccountID(bytes: key[offset..<offset + 32]) else {
            throw .unknownKey(key)
        }
        offset += 32
        return id
    }

    mutating func rest() -> [UInt8] {
        defer { offset = key.count }
        return Array(key[offset...])
    }

    func finish() throws(StateRestoreError) {
        guard offset == key.count else { throw .unknownKey(key) }
    }
}
