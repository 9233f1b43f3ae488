/// The serving pallet: neurons announce where their axon and Prometheus endpoints listen.
///
/// Finney follows subtensor v3.3.0 `subnets/serving.rs`. The chain keys endpoints by
/// `(netuid, hotkey)` and lets a hotkey registered anywhere serve on any netuid; Yuma keeps them per
/// uid, so after the chain's checks it also requires a uid on `netuid`.
enum Serving {
    /// Applies a serving call for `origin`, guard first.
    static func dispatch(_ call: ServingCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch call {
        case .serveAxon(
            let netuid, let version, let ip, let port, let ipType, let proto, let placeholder1,
            let placeholder2):
            let axon = AxonInfo(
                block: state.blockNumber, version: version, ip: ip, port: port, ipType: ipType,
                protocol: proto,
                placeholder1: placeholder1, placeholder2: placeholder2)
            return switch state.era {
            case .finney: try serveAxonFinney(hotkey: origin, netuid: netuid, axon: axon, state: &state)
            case .nakamoto: try serveAxonNakamoto(hotkey: origin, netuid: netuid, axon: axon, state: &state)
            }
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            let endpoint = PrometheusInfo(
                block: state.blockNumber, version: version, ip: ip, port: port, ipType: ipType)
            return try servePrometheus(hotkey: origin, netuid: netuid, endpoint: endpoint, state: &state)
        }
    }

    /// Finney `serve_axon`: registered somewhere, ip type, address (0 allowed), rate limit, port.
    static func serveAxonFinney(hotkey: AccountID, netuid: NetUID, axon: AxonInfo, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        guard state.isRegisteredOnAnySubnet(hotkey) else { throw .serving(.hotKeyNotRegisteredInNetwork) }
        guard ServingRules.isValidIpType(axon.ipType) else { throw .serving(.invalidIpType) }
        guard ServingRules.isValidIpAddress(axon.ip, type: axon.ipType, allowZero: true) else {
            throw .serving(.invalidIpAddress)
        }
        let uid = state.subnets[netuid]?.neurons.uidOfHotkey[hotkey]
        let previous = uid.flatMap { state.subnets[netuid]?.neurons.axons[Int($0)] }
        guard
            ServingRules.passesRateLimit(
                lastBlock: previous?.block ?? 0, now: axon.block, limit: rateLimit(netuid, state))
        else { throw .serving(.servingRateLimitExceeded) }
        guard axon.port != 0 else { throw .serving(.invalidPort) }
        guard let uid else { throw .serving(.hotKeyNotRegisteredInSubNet) }

        state.subnets[netuid]?.neurons.axons[Int(uid)] = axon
        return [.serving(.axonServed(netuid: netuid, hotkey: hotkey))]
    }

    /// Nakamoto `serve_axon`: registered, modality 0, ip type, nonzero address; serving also counts as
    /// activity, so the neuron's last update becomes the current block.
    static func serveAxonNakamoto(hotkey: AccountID, netuid: NetUID, axon: AxonInfo, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        guard let uid = state.subnets[netuid]?.neurons.uidOfHotkey[hotkey] else {
            throw .serving(.hotKeyNotRegisteredInNetwork)
        }
        guard axon.protocol == 0 else { throw .serving(.invalidModality) }
        guard ServingRules.isValidIpType(axon.ipType) else { throw .serving(.invalidIpType) }
        guard ServingRules.isValidIpAddress(axon.ip, type: axon.ipType, allowZero: false) else {
            throw .serving(.invalidIpAddress)
        }

        state.subnets[netuid]?.neurons.axons[Int(uid)] = axon
        state.subnets[netuid]?.neurons.lastUpdate[Int(uid)] = axon.block
        return [.serving(.axonServed(netuid: netuid, hotkey: hotkey))]
    }

    /// `serve_prometheus` (both eras; the 2022 chain had none): ip type, nonzero address, registered
    /// somewhere, rate limit, port.
    static func servePrometheus(
        hotkey: AccountID, netuid: NetUID, endpoint: PrometheusInfo, state: inout ChainState
    )
        throws(DispatchError) -> [Event]
    {
        guard ServingRules.isValidIpType(endpoint.ipType) else { throw .serving(.invalidIpType) }
        guard ServingRules.isValidIpAddress(endpoint.ip, type: endpoint.ipType, allowZero: false) else {
            throw .serving(.invalidIpAddress)
        }
        guard state.isRegisteredOnAnySubnet(hotkey) else { throw .serving(.hotKeyNotRegisteredInNetwork) }
        let uid = state.subnets[netuid]?.neurons.uidOfHotkey[hotkey]
        let previous = uid.flatMap { state.subnets[netuid]?.neurons.prometheus[Int($0)] }
        guard
            ServingRules.passesRateLimit(
                lastBlock: previous?.block ?? 0, now: endpoint.block, limit: rateLimit(netuid, state))
        else { throw .serving(.servingRateLimitExceeded) }
        guard endpoint.port != 0 else { throw .serving(.invalidPort) }
        guard let uid else { throw .serving(.hotKeyNotRegisteredInSubNet) }

        state.subnets[netuid]?.neurons.prometheus[Int(uid)] = endpoint
        return [.serving(.prometheusServed(netuid: netuid, hotkey: hotkey))]
    }

    /// The subnet's `ServingRateLimit`, or the v3.3.0 default (50) for a netuid that does not exist.
    private static func rateLimit(_ netuid: NetUID, _ state: ChainState) -> UInt64 {
        state.subnets[netuid]?.hyperparameters.servingRateLimit
            ?? SubnetHyperparameters.finney.servingRateLimit
    }
}
