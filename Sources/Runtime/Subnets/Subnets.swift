/// The subnets pallet: creating subnets and setting their hyperparameters.
enum Subnets {
    /// Applies a subnets call for `origin`, guard first.
    static func dispatch(_ call: SubnetsCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch call {
        case .registerNetwork(let hotkey):
            try registerNetwork(coldkey: origin, hotkey: hotkey, state: &state)
        case .sudoSetHyperparameter(let netuid, let update):
            try setHyperparameter(update, netuid: netuid, origin: origin, state: &state)
        }
    }

    /// Adds `subnet` to the state as is (genesis).
    static func insert(_ subnet: Subnet, state: inout ChainState) {
        state.subnets[subnet.netuid] = subnet
    }
}
