import Testing

@testable import Runtime

/// The serving pallet through the runtime: the checks of `spec/chain.md` §7 in the chain's order for
/// both eras, what is stored, the rate limit, and that failures change only fee and nonce.
@Suite struct ServingTests {
    typealias F = PalletFixture

    static func ipv4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> UInt128 {
        UInt128(a) << 24 | UInt128(b) << 16 | UInt128(c) << 8 | UInt128(d)
    }

    static let publicIP = ipv4(8, 8, 4, 4)
    static let elsewhere = F.hotkey(5)

    /// Finney subnet 1 with hotkeys 0 and 1, and subnet 2 holding only hotkey 5; every hotkey funded.
    static func finney() -> ChainState {
        var state = F.state(era: .finney, neurons: 2)
        var other = Subnet(
            netuid: 2, owner: F.subnetOwner, createdAt: 0, lockedRao: 0, hyperparameters: .finney)
        _ = other.neurons.append(hotkey: elsewhere, at: 0)
        state.subnets[2] = other
        return funded(state)
    }

    /// The Nakamoto network with hotkeys 0 and 1; every hotkey funded.
    static func nakamoto() -> ChainState { funded(F.state(era: .nakamoto, neurons: 2)) }

    static func funded(_ state: ChainState) -> ChainState {
        var state = state
        for index in 0..<10 {
            state.accounts[F.hotkey(index)] = AccountInfo(free: raoPerTao)
            state.totalIssuance += raoPerTao
        }
        return state
    }

    static func axon(
        netuid: NetUID = F.netuid, ip: UInt128 = publicIP, port: UInt16 = 8091, ipType: UInt8 = 4,
        protocol proto: UInt8 = 4
    ) -> ServingCall {
        .serveAxon(
            netuid: netuid, version: 7_002_000, ip: ip, port: port, ipType: ipType, protocol: proto,
            placeholder1: 1, placeholder2: 2)
    }

    static func prometheus(
        netuid: NetUID = F.netuid, ip: UInt128 = publicIP, port: UInt16 = 7091, ipType: UInt8 = 4
    ) -> ServingCall {
        .servePrometheus(netuid: netuid, version: 1, ip: ip, port: port, ipType: ipType)
    }

    typealias Case = PreconditionCase<ServingCall, ServingError>

    static let servedAt951: @Sendable (inout ChainState) -> Void = {
        $0.subnets[F.netuid]?.neurons.axons[0] = AxonInfo(
            block: 951, version: 1, ip: publicIP, port: 1, ipType: 4, protocol: 4, placeholder1: 0,
            placeholder2: 0)
        $0.subnets[F.netuid]?.neurons.prometheus[0] = PrometheusInfo(
            block: 951, version: 1, ip: publicIP, port: 1, ipType: 4)
    }

    static let failures: [Case] = [
        // serve_axon, Finney.
        Case("unregistered hotkey", .finney, signer: 9, axon(), .hotKeyNotRegisteredInNetwork),
        Case(
            "registration is checked before the ip type", .finney, signer: 9, axon(ipType: 5),
            .hotKeyNotRegisteredInNetwork),
        Case("ip type 5", .finney, axon(ipType: 5), .invalidIpType),
        Case("IPv4 of u32::MAX", .finney, axon(ip: UInt128(UInt32.max)), .invalidIpAddress),
        Case("IPv4 localhost", .finney, axon(ip: ipv4(127, 0, 0, 1)), .invalidIpAddress),
        Case("IPv6 all ones", .finney, axon(ip: .max, ipType: 6), .invalidIpAddress),
        Case("IPv6 localhost", .finney, axon(ip: 1, ipType: 6), .invalidIpAddress),
        Case(
            "within the serving rate limit", .finney, axon(), .servingRateLimitExceeded, prepare: servedAt951),
        Case(
            "rate limit is checked before the port", .finney, axon(port: 0), .servingRateLimitExceeded,
            prepare: servedAt951),
        Case("port 0", .finney, axon(port: 0), .invalidPort),
        Case("registered on another subnet only", .finney, signer: 5, axon(), .hotKeyNotRegisteredInSubNet),
        Case("a subnet that does not exist", .finney, axon(netuid: 9), .hotKeyNotRegisteredInSubNet),
        // serve_prometheus (addresses first, then registration).
        Case(
            "prometheus: ip type before registration", .finney, signer: 9, prometheus(ipType: 5),
            .invalidIpType),
        Case("prometheus: address 0", .finney, prometheus(ip: 0), .invalidIpAddress),
        Case(
            "prometheus: unregistered hotkey", .finney, signer: 9, prometheus(), .hotKeyNotRegisteredInNetwork
        ),
        Case(
            "prometheus: within the rate limit", .finney, prometheus(), .servingRateLimitExceeded,
            prepare: servedAt951),
        Case("prometheus: port 0", .finney, prometheus(port: 0), .invalidPort),
        Case(
            "prometheus: registered on another subnet only", .finney, signer: 5, prometheus(),
            .hotKeyNotRegisteredInSubNet),
        // serve_axon, Nakamoto.
        Case(
            "unregistered hotkey", .nakamoto, signer: 9, axon(netuid: 0, protocol: 0),
            .hotKeyNotRegisteredInNetwork),
        Case("modality 1", .nakamoto, axon(netuid: 0, protocol: 1), .invalidModality),
        Case("modality before ip type", .nakamoto, axon(netuid: 0, ipType: 5, protocol: 1), .invalidModality),
        Case("ip type 5", .nakamoto, axon(netuid: 0, ipType: 5, protocol: 0), .invalidIpType),
        Case("address 0", .nakamoto, axon(netuid: 0, ip: 0, protocol: 0), .invalidIpAddress),
        Case(
            "IPv4 localhost", .nakamoto, axon(netuid: 0, ip: ipv4(127, 0, 0, 1), protocol: 0),
            .invalidIpAddress),
        Case("IPv6 address 0", .nakamoto, axon(netuid: 0, ip: 0, ipType: 6, protocol: 0), .invalidIpAddress),
    ]

    @Test(arguments: failures)
    func failedCallsChangeOnlyFeeAndNonce(_ test: Case) throws {
        var state = test.era == .finney ? Self.finney() : Self.nakamoto()
        test.prepare(&state)
        let before = state
        let signer = F.hotkey(test.signer)
        let events = try F.apply(.serving(test.call), by: signer, to: &state)
        #expect(F.failure(of: events) == .serving(test.error))
        #expect(state == F.afterFailure(before, signer: signer, fee: 0))
    }

    @Test func finneyStoresTheAxonAndAllowsAddressZero() throws {
        var state = Self.finney()
        let events = try F.apply(.serving(Self.axon(ip: 0)), by: F.hotkey(1), to: &state)
        #expect(events.contains(.serving(.axonServed(netuid: F.netuid, hotkey: F.hotkey(1)))))
        let expected = AxonInfo(
            block: 1_000, version: 7_002_000, ip: 0, port: 8091, ipType: 4, protocol: 4, placeholder1: 1,
            placeholder2: 2)
        #expect(state.subnets[F.netuid]?.neurons.axons[1] == expected)
        #expect(state.subnets[F.netuid]?.neurons.lastUpdate[1] == 0)
    }

    @Test func finneyStoresThePrometheusEndpoint() throws {
        var state = Self.finney()
        let ipv6: UInt128 = 0x2001_0db8 << 96 | 7
        let events = try F.apply(.serving(Self.prometheus(ip: ipv6, ipType: 6)), by: F.hotkey(0), to: &state)
        #expect(events.contains(.serving(.prometheusServed(netuid: F.netuid, hotkey: F.hotkey(0)))))
        #expect(
            state.subnets[F.netuid]?.neurons.prometheus[0]
                == PrometheusInfo(block: 1_000, version: 1, ip: ipv6, port: 7091, ipType: 6))
    }

    /// `ServingRateLimit == 0`, never served, or at least the limit (50) since the last announcement.
    @Test(arguments: [
        (950 as BlockNumber, 50 as UInt64, true), (951, 50, false), (999, 0, true), (1_000, 1, false),
    ])
    func finneyRateLimit(lastServed: BlockNumber, limit: UInt64, allowed: Bool) throws {
        var state = Self.finney()
        state.subnets[F.netuid]?.hyperparameters.servingRateLimit = limit
        state.subnets[F.netuid]?.neurons.axons[0] = AxonInfo(
            block: lastServed, version: 1, ip: Self.publicIP, port: 1, ipType: 4, protocol: 4,
            placeholder1: 0, placeholder2: 0)
        let events = try F.apply(.serving(Self.axon()), by: F.hotkey(0), to: &state)
        #expect(F.failure(of: events) == (allowed ? nil : .serving(.servingRateLimitExceeded)))
    }

    @Test func nakamotoServingIsActivityWithoutRateLimitOrPortCheck() throws {
        var state = Self.nakamoto()
        for port: UInt16 in [8091, 0] {
            let events = try F.apply(
                .serving(Self.axon(netuid: 0, port: port, protocol: 0)), by: F.hotkey(1), to: &state)
            #expect(events.contains(.serving(.axonServed(netuid: 0, hotkey: F.hotkey(1)))))
        }
        #expect(state.subnets[0]?.neurons.axons[1]?.port == 0)
        #expect(state.subnets[0]?.neurons.lastUpdate[1] == 1_000)
    }

    /// The address rules of both eras (the 2022 chain's own vectors included).
    @Test(
        arguments: [
            (ipv4(8, 8, 8, 8), 4 as UInt8, false, true), (ipv4(0, 0, 0, 0), 4, false, false),
            (ipv4(0, 0, 0, 0), 4, true, true),
            (ipv4(255, 255, 255, 255), 4, true, false), (ipv4(255, 255, 255, 254), 4, true, true),
            (ipv4(127, 0, 0, 1), 4, true, false), (UInt128(0xffff) << 112, 4, true, false),
            (UInt128(1) << 112 | 8, 6, false, true), (0, 6, false, false), (.max, 6, true, false),
            (1, 6, true, false),
        ] as [(UInt128, UInt8, Bool, Bool)])
    func addressRules(ip: UInt128, ipType: UInt8, allowZero: Bool, valid: Bool) {
        #expect(ServingRules.isValidIpAddress(ip, type: ipType, allowZero: allowZero) == valid)
    }
}
