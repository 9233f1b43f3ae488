import Runtime

extension MetagraphView {
    /// The metagraph of `subnet` in `state` at `block`, as `yuma_metagraph` shows it: accounts spelled
    /// by `ss58`, weight and bond rows only when asked for.
    public init(
        subnet: Subnet, state: ChainState, block: UInt64, ss58: (AccountID) -> String, weights: Bool = false,
        bonds: Bool = false
    ) {
        let table = subnet.neurons
        self.init(netuid: subnet.netuid, block: block)
        n = table.count
        hotkeys = table.hotkeys.map(ss58)
        coldkeys = table.hotkeys.map { state.staking.owner[$0].map(ss58) ?? "" }
        stake = table.hotkeys.map { state.staking.stake(onHotkey: $0) }
        let terms = table.terms.elements
        ranks = terms.map(\.rank)
        trust = terms.map(\.trust)
        consensus = terms.map(\.consensus)
        incentive = terms.map(\.incentive)
        dividends = terms.map(\.dividends)
        emission = terms.map(\.emission)
        validatorTrust = terms.map(\.validatorTrust)
        active = terms.map(\.active)
        pruningScores = terms.map(\.pruningScore)
        validatorPermit = table.validatorPermit.elements
        lastUpdate = table.lastUpdate.elements
        blockAtRegistration = table.blockAtRegistration.elements
        axons = table.axons.map(AxonView.init)
        if weights { self.weights = table.weights.map { row in row.map { [UInt32($0.uid), $0.value] } } }
        if bonds { self.bonds = table.bonds.map { row in row.map { [UInt64($0.uid), $0.value] } } }
    }
}

extension AxonView {
    /// The view of a stored axon, `nil` when none is served.
    public init?(_ axon: AxonInfo?) {
        guard let axon else { return nil }
        self.init(
            block: axon.block, version: axon.version, ip: Self.ipText(axon.ip, type: axon.ipType), port: axon.port,
            ipType: axon.ipType, protocol: axon.protocol)
    }

    /// An address as text: dotted IPv4 for type 4, else eight hexadecimal IPv6 groups.
    public static func ipText(_ ip: UInt128, type: UInt8) -> String {
        if type == 4 {
            return (0..<4).reversed().map { String(UInt8(truncatingIfNeeded: ip >> ($0 * 8))) }.joined(separator: ".")
        }
        return (0..<8).reversed().map { String(UInt16(truncatingIfNeeded: ip >> ($0 * 16)), radix: 16) }
            .joined(separator: ":")
    }
}
