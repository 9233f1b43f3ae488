import ArgumentParser
import ChainClient
import Runtime

/// `yuma sudo set`: set one hyperparameter, signed by the wallet's coldkey (the sudo key).
struct SudoSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set one hyperparameter of a subnet; the wallet's coldkey must be the sudo key.")

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var parameter: ParameterOption

    @Option(
        help:
            "The new value: an integer, true/false, an amount such as 1.5τ or rao, or low,high for alpha_values."
    )
    var value: String

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, param, value_before, value, extrinsic, block, block_hash}`; values as text.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var param: String
        var valueBefore: String
        var value: String
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let name = HyperparameterValues.normalize(parameter.param)
        let update: HyperparameterUpdate
        do {
            guard let parsed = try ScenarioHyperparameters.update(name, value: value) else {
                throw CLIError(
                    "unknown hyperparameter '\(parameter.param)'; settable: \(ScenarioHyperparameters.names.joined(separator: ", "))"
                )
            }
            update = parsed
        } catch let error as ScenarioProblem {
            throw CLIError("--value: \(error.description)")
        }
        let target = try context.wallet()
        let coldkey = try target.coldkeyAccount().ss58Address
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let before = try await query("the hyperparameters of subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            try await client.hyperparameters(id)
        }
        let oldValue = HyperparameterValues.values(before).first { $0.name == name }?.value ?? ""
        try Prompt.confirm(
            "Set \(name) of subnet \(id) on \(endpoint.name) from \(oldValue) to \(value) as \(coldkey)?",
            options: output)
        let signer = try target.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .subnets(.sudoSetHyperparameter(netuid: id, update)), signer: signer, what: "the sudo call")
        let after =
            (try? await client.hyperparameters(id)).flatMap { parameters in
                HyperparameterValues.values(parameters).first { $0.name == name }?.value
            } ?? value
        let report = Report(
            network: endpoint.name, netuid: id, param: name, valueBefore: oldValue, value: after,
            extrinsic: inclusion.hash,
            block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: after) {
            "Set \(name) of subnet \(id): \(oldValue) → \(after) in block #\(inclusion.blockNumber)"
        }
    }
}
