/// The weights pallet.
enum Weights {
    /// Applies a weights call for `origin`, guard first.
    static func dispatch(_ call: WeightsCall, origin: AccountID, state: inout ChainState) throws(DispatchError) -> [Event] {
        switch call {}
    }
}
