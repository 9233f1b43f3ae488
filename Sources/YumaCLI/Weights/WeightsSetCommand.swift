import ArgumentParser
import ChainClient
import Runtime

/// `yuma weights set`: set the hotkey's weights on a subnet.
struct WeightsSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set the wallet hotkey's weights on a subnet (signed by the hotkey).")

    @OptionGroup var netuid: NetuidOption

    @Option(help: "Target uids, comma-separated: 0,1,2.")
    var uids: [String] = []

    @Option(help: "One weight per uid, comma-separated; scaled so the largest is 65535.")
    var weights: [String] = []

    @Option(
        name: [.customLong("version-key"), .customLong("version_key")],
        help: "Weights version key (default: the subnet's).")
    var versionKey: UInt64?

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, hotkey, uids, weights, version_key, extrinsic, block, block_hash}`; weights as u16.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var hotkey: String
        var uids: [UInt16]
        var weights: [UInt32]
        var versionKey: UInt64
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let (targetUids, values) = try WeightVector.scaled(uids: uids, weights: weights)
        let target = try context.wallet()
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let signer = try target.hotkeyPair(output)
        let (parameters, neuron) = try await query("subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            (try await client.hyperparameters(id), try await client.neuron(id, hotkey: signer.ss58Address))
        }
        guard neuron != nil else {
            throw CLIError(
                "hotkey \(signer.ss58Address) is not registered on subnet \(id); register it with "
                    + "`yuma subnets register --netuid \(id) --wallet-name \(target.name) --hotkey \(target.hotkey)`"
            )
        }
        let key = versionKey ?? parameters.weightsVersionKey
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .weights(.setWeights(netuid: id, uids: targetUids, values: values, versionKey: key)),
            signer: signer,
            what: "the set_weights call")
        let report = Report(
            network: endpoint.name, netuid: id, hotkey: signer.ss58Address, uids: targetUids, weights: values,
            versionKey: key,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: inclusion.hash) {
            let pairs = zip(targetUids, values).map { "\($0)→\($1)" }.joined(separator: " ")
            return "Set \(values.count) weights on subnet \(id) in block #\(inclusion.blockNumber): \(pairs)"
        }
    }
}
