/// Layouts of the chain-wide entries: globals, accounts, staking and emission entries.
extension StateLayout {
    static func globals(_ state: ChainState) -> [UInt8] {
        encode(capacity: 192) { writer in
            writer.write(state.era == .nakamoto ? UInt8(0) : UInt8(1))
            writer.write(state.blockNumber)
            writer.write(state.totalIssuance)
            writer.write(state.totalRecycled)
            writeOptionalAccount(state.sudoKey, to: &writer)
            writer.write(state.fees.baseFee)
            let lock = state.registration.networkLock
            for value in [
                lock.minLock, lock.lastLock, lock.lastLockBlock, lock.reductionInterval, lock.rateLimit,
            ] {
                writer.write(value)
            }
            writer.write(state.staking.totalStake)
            let parameters = state.staking.parameters
            writer.write(parameters.minTake)
            writer.write(parameters.maxTake)
            for value in [
                parameters.txRateLimit, parameters.txDelegateTakeRateLimit,
                parameters.targetStakesPerInterval,
                parameters.stakeInterval, parameters.nominatorMinRequiredStake, parameters.weightsMinStake,
            ] {
                writer.write(value)
            }
            writer.write(state.emission.subnetOwnerCut)
            writer.write(state.emission.valuesSetBySudo)
        }
    }

    /// Reads the globals into a fresh state of the era they name.
    static func readGlobals(_ bytes: [UInt8]) throws(CodecError) -> ChainState {
        try decode(bytes, as: "globals") { reader throws(CodecError) in
            let eraStart = reader.offset
            let era: Era
            switch try reader.read(UInt8.self) {
            case 0: era = .nakamoto
            case 1: era = .finney
            case let other: throw reader.invalidValue("unknown era \(other)", of: "globals", at: eraStart)
            }
            var state = ChainState(era: era)
            state.blockNumber = try reader.read(UInt64.self)
            state.totalIssuance = try reader.read(UInt64.self)
            state.totalRecycled = try reader.read(UInt64.self)
            state.sudoKey = try readOptionalAccount(&reader)
            state.fees.baseFee = try reader.read(UInt64.self)
            state.registration.networkLock.minLock = try reader.read(UInt64.self)
            state.registration.networkLock.lastLock = try reader.read(UInt64.self)
            state.registration.networkLock.lastLockBlock = try reader.read(UInt64.self)
            state.registration.networkLock.reductionInterval = try reader.read(UInt64.self)
            state.registration.networkLock.rateLimit = try reader.read(UInt64.self)
            state.staking.totalStake = try reader.read(UInt64.self)
            state.staking.parameters.minTake = try reader.read(UInt16.self)
            state.staking.parameters.maxTake = try reader.read(UInt16.self)
            state.staking.parameters.txRateLimit = try reader.read(UInt64.self)
            state.staking.parameters.txDelegateTakeRateLimit = try reader.read(UInt64.self)
            state.staking.parameters.targetStakesPerInterval = try reader.read(UInt64.self)
            state.staking.parameters.stakeInterval = try reader.read(UInt64.self)
            state.staking.parameters.nominatorMinRequiredStake = try reader.read(UInt64.self)
            state.staking.parameters.weightsMinStake = try reader.read(UInt64.self)
            state.emission.subnetOwnerCut = try reader.read(UInt16.self)
            state.emission.valuesSetBySudo = try reader.readBool()
            return state
        }
    }

    static func account(_ info: AccountInfo) -> [UInt8] {
        encode(capacity: 16) { writer in
            writer.write(info.free)
            writer.write(info.nonce)
        }
    }

    static func readAccountInfo(_ bytes: [UInt8]) throws(CodecError) -> AccountInfo {
        try decode(bytes, as: "AccountInfo") { reader throws(CodecError) in
            AccountInfo(free: try reader.read(UInt64.self), nonce: try reader.read(UInt64.self))
        }
    }

    /// The stakes on one hotkey, sorted by coldkey.
    static func stakes(_ byColdkey: [AccountID: Rao]) -> [UInt8] {
        encode(capacity: 8 + byColdkey.count * 40) { writer in
            writer.writeLength(byColdkey.count)
            for (coldkey, amount) in byColdkey.sorted(by: { $0.key < $1.key }) {
                writeAccount(coldkey, to: &writer)
                writer.write(amount)
            }
        }
    }

    static func readStakes(_ bytes: [UInt8]) throws(CodecError) -> [AccountID: Rao] {
        try decode(bytes, as: "stakes") { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: 40, reading: "stakes")
            var result: [AccountID: Rao] = [:]
            for _ in 0..<count { result[try readAccount(&reader)] = try reader.read(UInt64.self) }
            return result
        }
    }

    static func integer<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        encode(capacity: 8) { $0.write(value) }
    }

    static func readInteger<T: FixedWidthInteger>(_ bytes: [UInt8], as type: T.Type) throws(CodecError) -> T {
        try decode(bytes, as: String(describing: type)) { reader throws(CodecError) in try reader.read(T.self)
        }
    }

    static func accountValue(_ id: AccountID) -> [UInt8] {
        encode(capacity: 32) { writeAccount(id, to: &$0) }
    }

    static func readAccountValue(_ bytes: [UInt8]) throws(CodecError) -> AccountID {
        try decode(bytes, as: "AccountID") { reader throws(CodecError) in try readAccount(&reader) }
    }

    static func intervalCount(_ entry: IntervalCount) -> [UInt8] {
        encode(capacity: 16) { writer in
            writer.write(entry.count)
            writer.write(entry.lastBlock)
        }
    }

    static func readIntervalCount(_ bytes: [UInt8]) throws(CodecError) -> IntervalCount {
        try decode(bytes, as: "IntervalCount") { reader throws(CodecError) in
            IntervalCount(count: try reader.read(UInt64.self), lastBlock: try reader.read(UInt64.self))
        }
    }

    static func loadedEmission(_ entries: [LoadedEmission]) -> [UInt8] {
        encode(capacity: 8 + entries.count * 48) { writer in
            writer.writeLength(entries.count)
            for entry in entries {
                writeAccount(entry.hotkey, to: &writer)
                writer.write(entry.server)
                writer.write(entry.validator)
            }
        }
    }

    static func readLoadedEmission(_ bytes: [UInt8]) throws(CodecError) -> [LoadedEmission] {
        try decode(bytes, as: "LoadedEmission") { reader throws(CodecError) in
            let count = try reader.readLength(minimumElementSize: 48, reading: "LoadedEmission")
            var entries: [LoadedEmission] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                entries.append(
                    LoadedEmission(
                        hotkey: try readAccount(&reader), server: try reader.read(UInt64.self),
                        validator: try reader.read(UInt64.self)))
            }
            return entries
        }
    }
}
