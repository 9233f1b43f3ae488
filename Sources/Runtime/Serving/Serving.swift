/// The serving pallet.
enum Serving {
    /// Applies a serving call for `origin`, guard first.
    static func dispatch(_ call: ServingCall, origin: AccountID, state: inout ChainState) throws(DispatchError) -> [Event] {
        switch call {}
    }
}
