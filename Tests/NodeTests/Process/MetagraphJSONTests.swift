import ChainAPI
import Foundation
import Testing

@testable import Node

/// The metagraph's hand-written JSON parses to the same object `JSONEncoder` writes.
@Suite struct MetagraphJSONTests {
    static func view(rows: Bool) -> MetagraphView {
        var view = MetagraphView(netuid: 3, block: 99)
        view.n = 2
        view.hotkeys = ["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "0xabc"]
        view.coldkeys = ["", "quote\" back\\slash \u{1} tab\t é"]
        view.stake = [0, UInt64.max]
        view.ranks = [1, 2]
        view.trust = [3, 4]
        view.consensus = [5, 6]
        view.incentive = [7, 8]
        view.dividends = [9, 10]
        view.emission = [11, 12]
        view.validatorTrust = [13, 14]
        view.validatorPermit = [true, false]
        view.active = [false, true]
        view.lastUpdate = [15, 16]
        view.blockAtRegistration = [17, 18]
        view.pruningScores = [19, 20]
        view.axons = [nil, AxonView(block: 5, version: 7, ip: "::1", port: 8091, ipType: 6, protocol: 4)]
        if rows {
            view.weights = [[[1, 65_535]], []]
            view.bonds = [[], [[0, 42], [1, 7]]]
        }
        return view
    }

    @Test(arguments: [false, true])
    func fragmentEqualsEncoder(rows: Bool) throws {
        let view = Self.view(rows: rows)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(view)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: Data(view.jsonFragment.utf8)) as? NSDictionary
        #expect(encoded != nil)
        #expect(encoded == written)
        #expect((written?["weights"] == nil) == !rows)
    }
}
