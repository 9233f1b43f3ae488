/// The subnets pallet.
enum Subnets {
    /// Applies a subnets call for `origin`, guard first.
    static func dispatch(_ call: SubnetsCall, origin: AccountID, state: inout ChainState) throws(DispatchError) -> [Event] {
        switch call {}
    }
}
