// Variant indices of the staking pallet: explicit and frozen; never reorder, only append.

extension StakingCall: BinaryCodable {
    /// The call index within the staking pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .addStake: 0
        case .removeStake: 1
        case .becomeDelegate: 2
        case .decreaseTake: 3
        case .increaseTake: 4
        case .sudoSetParameter: 5
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .addStake(let hotkey, let amount):
            writer.encode(hotkey)
            writer.encode(amount)
        case .removeStake(let hotkey, let amount):
            writer.encode(hotkey)
            writer.encode(amount)
        case .becomeDelegate(let hotkey, let take):
            writer.encode(hotkey)
            writer.encode(take)
        case .decreaseTake(let hotkey, let take):
            writer.encode(hotkey)
            writer.encode(take)
        case .increaseTake(let hotkey, let take):
            writer.encode(hotkey)
            writer.encode(take)
        case .sudoSetParameter(let value):
            writer.encode(value)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .addStake(
                hotkey: try reader.decode(AccountID.self, field: "addStake.hotkey"),
                amount: try reader.decode(Rao.self, field: "addStake.amount"))
        case 1:
            self = .removeStake(
                hotkey: try reader.decode(AccountID.self, field: "removeStake.hotkey"),
                amount: try reader.decode(Rao.self, field: "removeStake.amount"))
        case 2:
            self = .becomeDelegate(
                hotkey: try reader.decode(AccountID.self, field: "becomeDelegate.hotkey"),
                take: try reader.decode(UInt16.self, field: "becomeDelegate.take"))
        case 3:
            self = .decreaseTake(
                hotkey: try reader.decode(AccountID.self, field: "decreaseTake.hotkey"),
                take: try reader.decode(UInt16.self, field: "decreaseTake.take"))
        case 4:
            self = .increaseTake(
                hotkey: try reader.decode(AccountID.self, field: "increaseTake.hotkey"),
                take: try reader.decode(UInt16.self, field: "increaseTake.take"))
        case 5:
            self = .sudoSetParameter(
                try reader.decode(StakingParameterUpdate.self, field: "sudoSetParameter.value"))
        default: throw reader.unknownVariant(index, of: "StakingCall")
        }
    }
}

extension StakingEvent: BinaryCodable {
    /// The event index within the staking pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .stakeAdded: 0
        case .stakeRemoved: 1
        case .delegateAdded: 2
        case .takeDecreased: 3
        case .takeIncreased: 4
        case .parameterSet: 5
        case .nominationCleared: 6
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .stakeAdded(let hotkey, let amount):
            writer.encode(hotkey)
            writer.encode(amount)
        case .stakeRemoved(let hotkey, let amount):
            writer.encode(hotkey)
            writer.encode(amount)
        case .delegateAdded(let coldkey, let hotkey, let take):
            writer.encode(coldkey)
            writer.encode(hotkey)
            writer.encode(take)
        case .takeDecreased(let coldkey, let hotkey, let take):
            writer.encode(coldkey)
            writer.encode(hotkey)
            writer.encode(take)
        case .takeIncreased(let coldkey, let hotkey, let take):
            writer.encode(coldkey)
            writer.encode(hotkey)
            writer.encode(take)
        case .parameterSet(let value):
            writer.encode(value)
        case .nominationCleared(let hotkey, let coldkey, let amount):
            writer.encode(hotkey)
            writer.encode(coldkey)
            writer.encode(amount)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .stakeAdded(
                hotkey: try reader.decode(AccountID.self, field: "stakeAdded.hotkey"),
                amount: try reader.decode(Rao.self, field: "stakeAdded.amount"))
        case 1:
            self = .stakeRemoved(
                hotkey: try reader.decode(AccountID.self, field: "stakeRemoved.hotkey"),
                amount: try reader.decode(Rao.self, field: "stakeRemoved.amount"))
        case 2:
            self = .delegateAdded(
                coldkey: try reader.decode(AccountID.self, field: "delegateAdded.coldkey"),
                hotkey: try reader.decode(AccountID.self, field: "delegateAdded.hotkey"),
                take: try reader.decode(UInt16.self, field: "delegateAdded.take"))
        case 3:
            self = .takeDecreased(
                coldkey: try reader.decode(AccountID.self, field: "takeDecreased.coldkey"),
                hotkey: try reader.decode(AccountID.self, field: "takeDecreased.hotkey"),
                take: try reader.decode(UInt16.self, field: "takeDecreased.take"))
        case 4:
            self = .takeIncreased(
                coldkey: try reader.decode(AccountID.self, field: "takeIncreased.coldkey"),
                hotkey: try reader.decode(AccountID.self, field: "takeIncreased.hotkey"),
                take: try reader.decode(UInt16.self, field: "takeIncreased.take"))
        case 5:
            self = .parameterSet(
                try reader.decode(StakingParameterUpdate.self, field: "parameterSet.value"))
        case 6:
            self = .nominationCleared(
                hotkey: try reader.decode(AccountID.self, field: "nominationCleared.hotkey"),
                coldkey: try reader.decode(AccountID.self, field: "nominationCleared.coldkey"),
                amount: try reader.decode(Rao.self, field: "nominationCleared.amount"))
        default: throw reader.unknownVariant(index, of: "StakingEvent")
        }
    }
}

extension StakingError: BinaryCodable {
    /// The error index within the staking pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .notRegistered: 0
        case .nonAssociatedColdKey: 1
        case .notEnoughBalanceToStake: 2
        case .balanceWithdrawalError: 3
        case .notEnoughStakeToWithdraw: 4
        case .stakeRateLimitExceeded: 5
        case .unstakeRateLimitExceeded: 6
        case .nomStakeBelowMinimumThreshold: 7
        case .alreadyDelegate: 8
        case .txRateLimitExceeded: 9
        case .invalidTake: 10
        case .delegationNotAvailableInNakamoto: 11
        case .requireSudo: 12
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .notRegistered
        case 1: self = .nonAssociatedColdKey
        case 2: self = .notEnoughBalanceToStake
        case 3: self = .balanceWithdrawalError
        case 4: self = .notEnoughStakeToWithdraw
        case 5: self = .stakeRateLimitExceeded
        case 6: self = .unstakeRateLimitExceeded
        case 7: self = .nomStakeBelowMinimumThreshold
        case 8: self = .alreadyDelegate
        case 9: self = .txRateLimitExceeded
        case 10: self = .invalidTake
        case 11: self = .delegationNotAvailableInNakamoto
        case 12: self = .requireSudo
        default: throw reader.unknownVariant(index, of: "StakingError")
        }
    }
}

extension StakingParameterUpdate: BinaryCodable {
    /// The staking parameter's index.
    public var variantIndex: UInt8 {
        switch self {
        case .minTake: 0
        case .maxTake: 1
        case .txRateLimit: 2
        case .txDelegateTakeRateLimit: 3
        case .targetStakesPerInterval: 4
        case .stakeInterval: 5
        case .nominatorMinRequiredStake: 6
        case .weightsMinStake: 7
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .minTake(let value):
            writer.encode(value)
        case .maxTake(let value):
            writer.encode(value)
        case .txRateLimit(let value):
            writer.encode(value)
        case .txDelegateTakeRateLimit(let value):
            writer.encode(value)
        case .targetStakesPerInterval(let value):
            writer.encode(value)
        case .stakeInterval(let value):
            writer.encode(value)
        case .nominatorMinRequiredStake(let value):
            writer.encode(value)
        case .weightsMinStake(let value):
            writer.encode(value)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .minTake(try reader.decode(UInt16.self, field: "minTake.value"))
        case 1: self = .maxTake(try reader.decode(UInt16.self, field: "maxTake.value"))
        case 2: self = .txRateLimit(try reader.decode(UInt64.self, field: "txRateLimit.value"))
        case 3:
            self = .txDelegateTakeRateLimit(
                try reader.decode(UInt64.self, field: "txDelegateTakeRateLimit.value"))
        case 4:
            self = .targetStakesPerInterval(
                try reader.decode(UInt64.self, field: "targetStakesPerInterval.value"))
        case 5: self = .stakeInterval(try reader.decode(UInt64.self, field: "stakeInterval.value"))
        case 6:
            self = .nominatorMinRequiredStake(
                try reader.decode(Rao.self, field: "nominatorMinRequiredStake.value"))
        case 7: self = .weightsMinStake(try reader.decode(Rao.self, field: "weightsMinStake.value"))
        default: throw reader.unknownVariant(index, of: "StakingParameterUpdate")
        }
    }
}
