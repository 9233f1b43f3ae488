/// Why an extrinsic was refused or its call failed, named as a fact.
public enum DispatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A balances precondition failed.
    case balances(BalancesError)
    /// A sudo precondition failed.
    case sudo(SudoError)
    /// A subnets precondition failed.
    case subnets(SubnetsError)
    /// A registration precondition failed.
    case registration(RegistrationError)
    /// A staking precondition failed.
    case staking(StakingError)
    /// A weights precondition failed.
    case weights(WeightsError)
    /// A serving precondition failed.
    case serving(ServingError)
    /// An emission precondition failed.
    case emission(EmissionError)
    /// The extrinsic's nonce is not the account's next nonce.
    case badNonce(expected: UInt64, found: UInt64)
    /// The signer cannot pay the fee and tip.
    case cannotPayFee(balance: Rao, fee: Rao)
    /// A value would not fit its type.
    case arithmeticOverflow

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .balances(let error): "Balances.\(error)"
        case .sudo(let error): "Sudo.\(error)"
        case .subnets(let error): "Subnets.\(error)"
        case .registration(let error): "Registration.\(error)"
        case .staking(let error): "Staking.\(error)"
        case .weights(let error): "Weights.\(error)"
        case .serving(let error): "Serving.\(error)"
        case .emission(let error): "Emission.\(error)"
        case .badNonce(let expected, let found): "BadNonce: expected \(expected), found \(found)"
        case .cannotPayFee(let balance, let fee): "CannotPayFee: balance \(balance) rao, fee \(fee) rao"
        case .arithmeticOverflow: "ArithmeticOverflow"
        }
    }

    /// Whether the extrinsic must not enter a block at all (nothing, not even the fee, is applied).
    public var isInvalidTransaction: Bool {
        switch self {
        case .badNonce, .cannotPayFee: true
        default: false
        }
    }
}
