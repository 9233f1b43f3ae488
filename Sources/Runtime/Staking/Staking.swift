/// The staking pallet.
enum Staking {
    /// Applies a staking call for `origin`, guard first.
    static func dispatch(_ call: StakingCall, origin: AccountID, state: inout ChainState) throws(DispatchError) -> [Event] {
        switch call {}
    }
}
