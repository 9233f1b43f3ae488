import Keys
import Testing

@testable import Explorer

@Suite("Explorer web: address check, search, sorting and paging without a server")
struct ExplorerPureTests {
    @Test("SS58Shape accepts what Keys encodes and decodes the same key", arguments: ["//Alice", "//Bob", "//Charlie//hot"])
    func ss58MatchesKeys(uri: String) throws {
        let key = try KeyPair(uri: uri, scheme: .sr25519)
        let decoded = try SS58Shape.check(key.ss58Address).get()
        let (prefix, publicKey) = try SS58.decode(key.ss58Address)
        #expect(decoded.prefix == prefix)
        #expect(decoded.publicKey == "0x" + publicKey.map { String(format: "%02x", $0) }.joined())
        let polkadot = try SS58.encode(publicKey: publicKey, prefix: 0)
        #expect(try SS58Shape.check(polkadot).get().prefix == 0)
        let twoBytePrefix = try SS58.encode(publicKey: publicKey, prefix: 1000)
        #expect(try SS58Shape.check(twoBytePrefix).get().prefix == 1000)
    }

    @Test(
        "SS58Shape says why a text is not an address",
        arguments: [
            ("", "empty"), ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQ0", "'0' is not a base58"),
            ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKut", "decodes to"), (String(repeating: "z", count: 70), "characters long"),
        ])
    func ss58Refusals(text: String, reason: String) {
        guard case .failure(let error) = SS58Shape.check(text) else {
            Issue.record("\(text) passed")
            return
        }
        #expect(error.reason.contains(reason), "\(error.reason)")
    }

    @Test(
        "search understands numbers, hashes, addresses, names and subnets",
        arguments: [
            ("42", Search.Understood.blockNumber(42)), ("subnet 3", .subnet(3)), ("SN7", .subnet(7)),
            ("0x" + String(repeating: "Ab", count: 32), .hash("0x" + String(repeating: "ab", count: 32))),
            ("balances.transfer", .call("balances.transfer")), ("registration.NeuronRegistered", .event("registration.NeuronRegistered")),
            (DevKeys.alice.ss58Address, .address(DevKeys.alice.ss58Address)),
        ])
    func understood(text: String, expected: Search.Understood) {
        #expect(Search.understand(text) == expected)
    }

    @Test(
        "search explains what it could not use",
        arguments: [
            ("", "empty"), ("99999999999999999999999", "too large"), ("0x12", "64 hex digits"), ("0xzz", "not a hexadecimal"),
            ("subnet 70000", "65535"), ("hello world", "is not a block number"),
            ("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQI", "looks like an address"),
        ])
    func malformed(text: String, message: String) {
        guard case .malformed(let why) = Search.understand(text) else {
            Issue.record("\(text) was understood")
            return
        }
        #expect(why.contains(message), "\(why)")
    }

    @Test("metagraph sorting by any column, both ways; unknown keys name the columns")
    func sorting() throws {
        let rows = [(0, 5), (1, 9), (2, 1)].map { uid, stake in
            NeuronRow(
                netuid: 1, block: 3, uid: uid, hotkey: "h\(2 - uid)", coldkey: "c", stake: UInt64(stake) * 1_000_000_000, rank: 0,
                trust: 0, consensus: 0, incentive: 0, dividends: 0, emission: 0, validatorTrust: 0, validatorPermit: false,
                lastUpdate: 0, active: false, registeredAt: 0, axon: nil)
        }
        #expect(try MetagraphColumn.sort(rows, by: "stake_desc").get().map(\.uid) == [1, 0, 2])
        #expect(try MetagraphColumn.sort(rows, by: "stake_asc").get().map(\.uid) == [2, 0, 1])
        #expect(try MetagraphColumn.sort(rows, by: "hotkey_asc").get().map(\.uid) == [2, 1, 0])
        guard case .failure(let error) = MetagraphColumn.sort(rows, by: "height_desc") else {
            Issue.record("unknown column sorted")
            return
        }
        #expect(error.message.contains("stake") && error.message.contains("height_desc"))
        let csv = MetagraphTable.csv(rows)
        #expect(csv.hasPrefix("netuid,block,uid,stake,rank,") && csv.contains("\n1,3,1,9000000000,"))
    }

    @Test(
        "oldest-first pages are read from the newest-first end",
        arguments: [
            (10, 3, 1, false, 3, 7), (10, 3, 4, false, 1, 0), (10, 3, 5, false, 0, 0), (10, 3, 2, true, 3, 3), (0, 50, 1, false, 0, 0),
        ])
    func window(total: Int, limit: Int, page: Int, descending: Bool, expectedLimit: Int, expectedOffset: Int) {
        let window = ActivityAPI.newestFirstWindow(total: total, limit: limit, page: page, descending: descending)
        #expect(window.limit == expectedLimit)
        if window.limit > 0 { #expect(window.offset == expectedOffset) }
    }

    @Test("chart options: presets, zoom and axis from the query; links keep them")
    func chartOptions() {
        let zoom = ChartOptions(parameters: ["from": "90", "to": "10", "axis": "days"])
        #expect(zoom.from == 10 && zoom.to == 90 && zoom.axis == .days && zoom.blocks(latest: 100) == 10...90)
        #expect(zoom.query(range: "7d") == "range=7d&axis=days")
        let week = ChartOptions(parameters: ["range": "7d", "axis": "sideways"])
        #expect(week.axis == .blocks && week.blocks(latest: 100_000).lowerBound == 100_000 - 7 * 7200)
        #expect(ChartOptions(parameters: ["range": "1y"]).range == "all")
    }
}
