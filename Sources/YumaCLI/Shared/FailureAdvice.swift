/// What to do next after the chain refused a call, by the error's name.
enum FailureAdvice {
    /// Advice for errors whose names alone do not say what to do.
    static let table: [String: String] = [
        "requireSudo": "sign with the sudo key's wallet (on a dev chain, regen a coldkey from //Alice)",
        "settingWeightsTooFast":
            "wait for the subnet's weights_rate_limit blocks, or lower it with `yuma sudo set`",
        "notEnoughStakeToSetWeights": "stake more on the hotkey with `yuma stake add`",
        "hotKeyNotRegisteredInSubNet": "register the hotkey first with `yuma subnets register`",
        "notRegistered": "register the hotkey on a subnet first with `yuma subnets register`",
        "notEnoughBalanceToStake": "fund the coldkey or stake less",
        "notEnoughStakeToWithdraw": "check the stake with `yuma stake list`",
        "insufficientBalance": "fund the coldkey or send less",
        "keepAliveViolated": "send less, or pass --allow-death to empty the account",
        "incorrectWeightVersionKey": "pass --version-key with the subnet's weights_version_key",
        "neuronNoValidatorPermit": "without a validator permit only a weight on your own uid is allowed",
        "alreadyDelegate": "change its take with `yuma delegates set-take`",
        "invalidTake":
            "the take must lie between the chain's MinTake and MaxTake (9%–18% on Finney); lower with a smaller value, raise with a larger one",
        "txRateLimitExceeded":
            "the coldkey nominated or changed a take too recently (TxRateLimit, TxDelegateTakeRateLimit blocks); wait and retry",
        "delegationNotAvailableInNakamoto": "delegation exists only on Finney chains (`yuma node --dev`)",
        "nonAssociatedColdKey":
            "the hotkey belongs to another coldkey and is not a delegate; pick one from `yuma delegates list`",
        "nomStakeBelowMinimumThreshold":
            "a nomination may not end under NominatorMinRequiredStake; move more, or everything with --all",
        "stakeRateLimitExceeded":
            "a coldkey may stake or unstake on one hotkey once per StakeInterval blocks (360 on Finney); wait and retry",
    ]

    /// The advice for the first known error name in `reason`.
    static func advice(for reason: String) -> String? {
        table.keys.sorted().first { reason.contains($0) }.flatMap { table[$0] }
    }
}
