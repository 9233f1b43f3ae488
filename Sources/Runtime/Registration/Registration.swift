/// The registration pallet.
enum Registration {
    /// Applies a registration call for `origin`, guard first.
    static func dispatch(_ call: RegistrationCall, origin: AccountID, state: inout ChainState) throws(DispatchError) -> [Event] {
        switch call {}
    }
}
