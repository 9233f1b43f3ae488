import FixedPoint

extension Staking {
    /// Pays a hotkey's epoch emission into stake and raises `totalIssuance` by what was paid
    /// (subtensor v1.0.0 `emit_inflation_through_hotkey_account`).
    ///
    /// A hotkey that is not a delegate gets everything on its owner's stake. A delegate first keeps
    /// `take = floor(take/65535 × validatorEmission)`; each coldkey staked on it (owner included) gets
    /// `floor(stake_i/total × (validatorEmission − take))`, computed on the stakes before this payout
    /// in `I64F64`; the owner then gets `take`, the rounding remainder and all of `serverEmission`.
    ///
    /// - Returns: the rao minted, which is everything unless the hotkey has no owner (then nothing).
    @discardableResult
    static func distribute(
        hotkey: AccountID, serverEmission: Rao, validatorEmission: Rao, state: inout ChainState
    ) -> Rao {
        guard let owner = state.staking.owner[hotkey] else { return 0 }
        var credits: [(coldkey: AccountID, amount: Rao)] = []
        if let take = state.staking.delegateTake[hotkey] {
            let delegateTake = proportionalTake(take, of: validatorEmission)
            let shared = validatorEmission.subtractingClamped(delegateTake)
            let total = state.staking.stake(onHotkey: hotkey)
            var remainder = shared
            let nominators = (state.staking.stake[hotkey] ?? [:]).sorted { $0.key < $1.key }
            for (coldkey, stake) in nominators {
                let share = proportionalEmission(stake: stake, totalStake: total, emission: shared)
                remainder = remainder.subtractingClamped(share)
                credits.append((coldkey, share))
            }
            credits.append((owner, delegateTake.addingClamped(remainder)))
            credits.append((owner, serverEmission))
        } else {
            credits.append((owner, serverEmission.addingClamped(validatorEmission)))
        }

        var minted: Rao = 0
        for credit in credits {
            state.staking.increaseStake(hotkey: hotkey, coldkey: credit.coldkey, amount: credit.amount)
            minted = minted.addingClamped(credit.amount)
        }
        state.totalIssuance = state.totalIssuance.addingClamped(minted)
        return minted
    }

    /// `calculate_delegate_proportional_take`: floor(take/65535 × emission) in `I64F64`.
    static func proportionalTake(_ take: UInt16, of emission: Rao) -> Rao {
        let proportion = I64F64(saturating: take).saturatingDiv(I64F64(saturating: UInt16.max))
        return min(proportion.saturatingMul(I64F64(saturating: emission)).saturatingToUInt64(), emission)
    }

    /// `calculate_stake_proportional_emission`: floor(emission × (stake/total)) in `I64F64`; zero when
    /// nothing is staked.
    static func proportionalEmission(stake: Rao, totalStake: Rao, emission: Rao) -> Rao {
        guard totalStake > 0 else { return 0 }
        let proportion = I64F64(saturating: stake).saturatingDiv(I64F64(saturating: totalStake))
        return I64F64(saturating: emission).saturatingMul(proportion).saturatingToUInt64()
    }

    /// Returns every coldkey's stake on `hotkey` to its free balance
    /// (`unstake_all_coldkeys_from_hotkey_account`; Nakamoto pruning refunds this way).
    static func unstakeAll(hotkey: AccountID, state: inout ChainState) {
        for (coldkey, stake) in (state.staking.stake[hotkey] ?? [:]).sorted(by: { $0.key < $1.key }) {
            state.staking.decreaseStake(hotkey: hotkey, coldkey: coldkey, amount: stake)
            creditFree(stake, to: coldkey, state: &state)
        }
    }
}
