import ChainClient
import Foundation
import Testing

@testable import Explorer

@Suite("Explorer pages: extrinsics, events, accounts, neurons, subnet tables and search")
struct ExplorerActivityPagesTests {
    @Test("every activity page shows the populated chain, and search leads to it")
    func activityPages() async throws {
        try await PopulatedExplorer.with { explorer in
            let server = explorer.server
            let block = try #require(try await explorer.store.block(1))
            let transfer = try #require(block.extrinsics.first)

            let extrinsics = try await server.get("/extrinsics")
            #expect(extrinsics.status == 200 && extrinsics.body.contains("/extrinsic/\(transfer.hash)"))
            let byCall = try await server.get("/extrinsics?call=\(transfer.call)")
            #expect(byCall.status == 200 && byCall.body.contains(transfer.call))
            let extrinsic = try await server.get("/extrinsic/\(transfer.hash)")
            #expect(extrinsic.status == 200 && extrinsic.body.contains(transfer.hash) && extrinsic.body.contains(DevKeys.alice.ss58Address))

            let events = try await server.get("/events?name=registration.NeuronRegistered")
            #expect(events.status == 200 && events.body.contains("registration.NeuronRegistered"))
            let firstEvent = try #require(block.events.first)
            let event = try await server.get("/event/1-\(firstEvent.index)")
            #expect(event.status == 200 && event.body.contains(firstEvent.name))

            let alice = try await server.get("/account/\(DevKeys.alice.ss58Address)")
            #expect(alice.status == 200 && alice.body.contains("Extrinsics it signed") && alice.body.contains(transfer.hash))
            #expect(alice.body.contains("Events that mention it"))
            let bob = try await server.get("/account/\(DevKeys.bob.ss58Address)")
            #expect(bob.body.contains("Neurons it owns (1)") && bob.body.contains("/neuron/1/1"))
            let hotkey = try await server.get("/hotkey/\(minerHotkey.ss58Address)")
            #expect(hotkey.status == 200 && hotkey.body.contains("Subnet 1, UID 1"))
            let neuron = try await server.get("/neuron/1/1")
            #expect(neuron.status == 200 && neuron.body.contains(minerHotkey.ss58Address) && neuron.body.contains("Registrations of this UID"))

            let subnet = try await server.get("/subnet/1")
            for text in ["id=\"metagraph\"", "<abbr title=", "Column definitions", "metagraph.csv", "Hyperparameters", "id=\"registrations\"", "data-v="] {
                #expect(subnet.body.contains(text), "subnet page lacks \(text)")
            }
            let sorted = try await server.get("/subnet/1?sort=uid_desc")
            let first = try #require(sorted.body.range(of: "/neuron/1/1\""))
            let second = try #require(sorted.body.range(of: "/neuron/1/0\""))
            #expect(first.lowerBound < second.lowerBound)
            let csv = try await server.get("/subnet/1/metagraph.csv")
            #expect(csv.status == 200 && csv.contentType.hasPrefix("text/csv") && csv.body.hasPrefix("netuid,block,uid,stake,"))
            #expect(csv.body.contains(minerHotkey.ss58Address))

            let home = try await server.get("/?axis=days&range=7d")
            #expect(home.body.contains("Recent events") && home.body.contains("data-live=\"/fragment/recent\"") && home.body.contains("time (UTC)"))
            let zoomed = try await server.get("/?from=1&to=3")
            #expect(zoomed.body.contains("zoomed to blocks 1–3"))
            #expect(try await server.get("/fragment/recent").body.contains("Recent blocks"))

            let searches = [
                (DevKeys.alice.ss58Address, "/account/\(DevKeys.alice.ss58Address)"), (transfer.hash, "/extrinsic/\(transfer.hash)"),
                (block.hash, "/block/1"), (transfer.call, "/extrinsics?call=\(transfer.call)"),
                ("registration.NeuronRegistered", "/events?name=registration.NeuronRegistered"), ("subnet 1", "/subnet/1"),
            ]
            for (query, target) in searches {
                let found = try await server.get("/search?q=\(Format.query(query))")
                #expect(found.status == 303 && found.location == target, "\(query) → \(found.location ?? "nothing")")
            }
        }
    }
}
