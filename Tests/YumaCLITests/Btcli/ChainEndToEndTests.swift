import Foundation
import Testing

/// The btcli-style commands against a real `yuma node --dev --block-time manual`: a transfer, a subnet
/// created by //Alice, a burned registration, a stake, weights, the metagraph and sudo-set
/// hyperparameters, each checked through its `--json-output`.
@Suite(.serialized) struct ChainEndToEndTests {
    static let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
    static let tao: UInt64 = 1_000_000_000

    /// `value` as an unsigned integer, whichever number type JSONSerialization chose.
    static func integer(_ value: Any?) -> UInt64? {
        (value as? NSNumber).map(\.uint64Value)
    }

    @Test func transferCreateRegisterStakeWeightsMetagraphSudo() async throws {
        let node = try await DevNode.start()
        defer { node.stop() }
        let root = BtcliProcess.temporaryDirectory("yuma-e2e-wallets")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root, "BT_NETWORK": node.url])

        /// Runs a command that must succeed and returns its JSON object.
        func json(_ arguments: [String]) async throws -> [String: Any] {
            let result = try await yuma.run(arguments + ["--json-output"], sealingOn: node)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try BtcliProcess.object(result)
        }

        // Keys: //Alice (the dev sudo key) as the owner's coldkey, a fresh miner wallet.
        _ = try await json([
            "wallet", "regen-coldkey", "--wallet-name", "owner", "--uri", "//Alice", "--no-use-password",
        ])
        _ = try await json(["wallet", "new-hotkey", "--wallet-name", "owner"])
        let miner = try await json(["wallet", "create", "--wallet-name", "miner", "--no-use-password"])
        let minerColdkey = try #require((miner["coldkey"] as? [String: Any])?["ss58_address"] as? String)
        let minerHotkey = try #require((miner["hotkey"] as? [String: Any])?["ss58_address"] as? String)

        // Without --no-prompt and with no answer on standard input nothing is spent.
        let unconfirmed = try await yuma.run(
            ["wallet", "transfer", "--wallet-name", "owner", "--dest", minerColdkey, "--amount", "1"],
            sealingOn: node)
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stderr.contains("pass --no-prompt (-y) to proceed"), "\(unconfirmed.stderr)")

        // Transfer: exact rao, sender and recipient.
        let transfer = try await json([
            "wallet", "transfer", "--wallet-name", "owner", "--dest", minerColdkey, "--amount", "5000",
        ])
        #expect(
            Set(transfer.keys) == [
                "network", "from", "to", "amount", "fee", "balance_before", "balance_after", "extrinsic",
                "block", "block_hash",
            ])
        #expect(Self.integer(transfer["amount"]) == 5_000 * Self.tao)
        #expect(transfer["from"] as? String == Self.alice)
        #expect(transfer["to"] as? String == minerColdkey)
        _ = try await json([
            "wallet", "transfer", "--wallet-name", "owner", "--dest", minerHotkey, "--amount", "1",
        ])
        let balance = try await json(["wallet", "balance", "--wallet-name", "miner"])
        let rows = try #require(balance["balances"] as? [[String: Any]])
        #expect(Self.integer(rows.first?["free"]) == 5_000 * Self.tao)

        // Subnet creation by //Alice: netuid 1, the lock cost that burn-cost announced.
        let cost = try await json(["subnets", "burn-cost"])
        let created = try await json(["subnets", "create", "--wallet-name", "owner"])
        #expect(created["netuid"] as? Int == 1)
        #expect(created["owner"] as? String == Self.alice)
        #expect(Self.integer(created["lock_cost"]) == Self.integer(cost["lock_cost"]))

        // Sudo: no weights rate limit, so the new neuron can set weights at once.
        let rateLimit = try await json([
            "sudo", "set", "--netuid", "1", "--param", "weights-rate-limit", "--value", "0", "--wallet-name",
            "owner",
        ])
        #expect(rateLimit["param"] as? String == "weights_rate_limit")
        #expect(rateLimit["value"] as? String == "0")

        // Burned registration of the miner's hotkey.
        let registered = try await json(["subnets", "register", "--netuid", "1", "--wallet-name", "miner"])
        #expect(registered["uid"] as? Int == 1)
        #expect(registered["hotkey"] as? String == minerHotkey)
        #expect(Self.integer(registered["burn"]).map { $0 > 0 } == true)

        // Stake 100 τ on the miner's hotkey.
        let staked = try await json(["stake", "add", "--wallet-name", "miner", "--amount", "100"])
        #expect(Self.integer(staked["amount"]) == 100 * Self.tao)
        #expect(Self.integer(staked["stake_after"]) == 100 * Self.tao)
        let stakes = try await json(["stake", "list", "--wallet-name", "miner"])
        #expect(Self.integer(stakes["total"]) == 100 * Self.tao)

        // Weights from the miner's hotkey on its own uid.
        let weights = try await json([
            "weights", "set", "--netuid", "1", "--uids", "1", "--weights", "1", "--wallet-name", "miner",
        ])
        #expect(weights["uids"] as? [Int] == [1])
        #expect(weights["weights"] as? [Int] == [65_535])

        // The metagraph shows both neurons, the stake and the weights update.
        let graph = try await json(["subnets", "metagraph", "--netuid", "1"])
        #expect(graph["n"] as? Int == 2)
        let neurons = try #require(graph["neurons"] as? [[String: Any]])
        #expect(neurons.count == 2)
        #expect(neurons.last?["hotkey"] as? String == minerHotkey)
        #expect(neurons.last?["coldkey"] as? String == minerColdkey)
        #expect(Self.integer(neurons.last?["stake"]).map { $0 >= 100 * Self.tao } == true)
        #expect(Self.integer(neurons.last?["last_update"]) == Self.integer(weights["block"]))

        // Sudo set and get by name; a non-sudo coldkey is refused with advice.
        let tempo = try await json([
            "sudo", "set", "--netuid", "1", "--param", "tempo", "--value", "20", "--wallet-name", "owner",
        ])
        #expect(tempo["value_before"] as? String == "360")
        #expect(tempo["value"] as? String == "20")
        let read = try await json(["sudo", "get", "--netuid", "1", "--param", "tempo"])
        #expect(read["value"] as? String == "20")
        let refused = try await yuma.run(
            [
                "sudo", "set", "--netuid", "1", "--param", "tempo", "--value", "30", "--wallet-name", "miner",
                "-y",
            ], sealingOn: node)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("requireSudo"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)

        // Human tables name the network and carry units.
        let table = try await yuma.run(["subnets", "list"], sealingOn: node)
        #expect(table.stdout.hasPrefix("Subnets · network \(node.url) · block #"))
        #expect(table.stdout.contains("Stake (τ)"))
    }
}
