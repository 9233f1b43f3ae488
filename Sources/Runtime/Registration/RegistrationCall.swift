/// Calls of the registration pallet.
public enum RegistrationCall: Sendable, Equatable {
    /// Proof-of-work registration (`register`): `work` is the seal of `nonce` over the hash of block
    /// `blockNumber` (and, in Finney, the hotkey). Signed by the hotkey in Finney.
    case register(
        netuid: NetUID, blockNumber: BlockNumber, nonce: UInt64, work: [UInt8], hotkey: AccountID,
        coldkey: AccountID)
    /// Burned registration (`burned_register`, Finney): the signing coldkey pays the subnet's burn.
    case burnedRegister(netuid: NetUID, hotkey: AccountID)
}

/// Events of the registration pallet.
public enum RegistrationEvent: Sendable, Equatable {
    /// `hotkey` now holds `uid` on `netuid`.
    case neuronRegistered(netuid: NetUID, uid: UID, hotkey: AccountID)
    /// `coldkey` burned `amount` rao to register on `netuid`.
    case registrationBurned(netuid: NetUID, coldkey: AccountID, amount: Rao)
    /// A pruned hotkey's stake went back to the free balance of `coldkey`.
    case stakeRefunded(hotkey: AccountID, coldkey: AccountID, amount: Rao)
    /// The adjustment set a new PoW difficulty.
    case difficultySet(netuid: NetUID, difficulty: UInt64)
    /// The adjustment set a new burn cost.
    case burnSet(netuid: NetUID, burn: Rao)
}

/// Why a registration call failed.
public enum RegistrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No subnet has this netuid.
    case subnetNotExists
    /// The call does not exist in this era (the 2022 network had no burned registration).
    case notAvailableInEra
    /// A Finney PoW registration must be signed by the hotkey it registers.
    case transactorAccountShouldBeHotKey
    /// The subnet has closed this kind of registration.
    case subNetRegistrationDisabled
    /// `MaxRegistrationsPerBlock` registrations already happened in this block.
    case tooManyRegistrationsThisBlock
    /// 3 × `TargetRegistrationsPerInterval` registrations already happened in this interval.
    case tooManyRegistrationsThisInterval
    /// The hotkey already holds a uid on the subnet.
    case hotKeyAlreadyRegisteredInSubNet
    /// The work's block is in the future or more than two blocks old.
    case invalidWorkBlock
    /// This seal was already used (2022 chain).
    case workRepeated
    /// The seal does not meet the subnet's difficulty.
    case invalidDifficulty
    /// The work is not the seal of the nonce, block and hotkey.
    case invalidSeal
    /// The hotkey belongs to another coldkey.
    case nonAssociatedColdKey
    /// The subnet holds no uid at all (`MaxAllowedUids` = 0), or every uid is an immortal owner uid.
    case noNeuronIdAvailable
    /// The coldkey's free balance is under the burn.
    case notEnoughBalanceToBurn

    /// A one-line explanation with what to do next.
    public var description: String {
        switch self {
        case .subnetNotExists: "SubnetNotExists: no subnet has this netuid"
        case .notAvailableInEra: "NotAvailableInEra: the 2022 network registers by proof of work only"
        case .transactorAccountShouldBeHotKey:
            "TransactorAccountShouldBeHotKey: sign the registration with the hotkey"
        case .subNetRegistrationDisabled:
            "SubNetRegistrationDisabled: this subnet does not accept this kind of registration now"
        case .tooManyRegistrationsThisBlock: "TooManyRegistrationsThisBlock: retry in the next block"
        case .tooManyRegistrationsThisInterval:
            "TooManyRegistrationsThisInterval: retry after the next adjustment"
        case .hotKeyAlreadyRegisteredInSubNet: "HotKeyAlreadyRegisteredInSubNet: use another hotkey"
        case .invalidWorkBlock: "InvalidWorkBlock: solve on one of the last three blocks"
        case .workRepeated: "WorkRepeated: this seal was already used; solve again"
        case .invalidDifficulty: "InvalidDifficulty: the seal does not meet the difficulty; solve again"
        case .invalidSeal: "InvalidSeal: the work does not match the nonce, block and hotkey"
        case .nonAssociatedColdKey: "NonAssociatedColdKey: the hotkey belongs to another coldkey"
        case .noNeuronIdAvailable: "NoNeuronIdAvailable: the subnet has no uid that can be given"
        case .notEnoughBalanceToBurn: "NotEnoughBalanceToBurn: fund the coldkey with the burn cost"
        }
    }
}
