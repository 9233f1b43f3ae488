import ArgumentParser
import ChainClient
import Foundation
import Keys
import Runtime

/// `yuma subnets pow-register`: register the wallet's hotkey on a subnet by proof of work.
struct PowRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pow-register",
        abstract: "Register the wallet's hotkey on a subnet by proof of work.",
        discussion: """
            Solves the subnet's registration puzzle on all cores, restarting on every new block (the chain \
            accepts work on its last three blocks only), submits `register` signed by the hotkey (which pays \
            the fee) and waits for its block. A status panel on standard error shows the time spent, the \
            difficulty, the hash rate and the block. Ctrl-C stops cleanly (exit status 130). --bench measures \
            the hash rate without a node (--python PATH: and the Bittensor SDK's solvers in the same run).
            """,
        aliases: ["pow_register"])

    @Option(name: [.customLong("netuid"), .customLong("subtensor.netuid")], help: "Subnet id.")
    var netuid: UInt16?

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    @Option(
        name: [
            .customLong("processes"), .customLong("num-processes"), .customLong("num_processes"),
            .customLong("pow-register.num_processes"),
        ],
        help: "Hashing tasks (default: every core).")
    var processes: Int?

    @Option(
        name: [.customLong("update-interval"), .customLong("update_interval")],
        help: "Seconds between two redraws of the status panel.")
    var updateInterval: Double = 0.5

    @Option(help: "The chain's era, which decides the seal (default: from the chain's name, else finney).")
    var era: Era?

    @Flag(help: "Measure hashes per second on one core and on --processes cores; no node needed.")
    var bench = false

    @Option(name: .customLong("bench-seconds"), help: "Seconds per --bench measurement.")
    var benchSeconds: Double = 5

    @Option(
        help: ArgumentHelp(
            "With --bench: a Python interpreter with the Bittensor SDK whose own solvers are measured in the same run.",
            valueName: "path"))
    var python: String?

    @Option(name: .customLong("sdk-script"), help: ArgumentHelp("The SDK bench script --python runs.", valueName: "path"))
    var sdkScript = "Benchmarks/pow/sdk_pow_bench.py"

    func validate() throws {
        if let processes, !(1...1_024).contains(processes) {
            throw ValidationError("--processes must be in 1...1024, got \(processes)")
        }
        guard updateInterval > 0 else { throw ValidationError("--update-interval must be positive") }
        guard benchSeconds > 0 else { throw ValidationError("--bench-seconds must be positive") }
        if python != nil, !bench { throw ValidationError("--python only applies to --bench") }
        guard bench || netuid != nil else { throw ValidationError("Missing expected argument '--netuid <netuid>'") }
    }

    func run() async throws {
        let workers = processes ?? PowSolver.availableCores
        if bench {
            let report = try await PowRegisterBench.run(
                workers: workers, duration: .seconds(benchSeconds), python: python, script: sdkScript)
            CommandOutput(options: output).emit(report) { PowRegisterBench.text(report) }
            return
        }
        guard let netuid else { throw CLIError("pass --netuid") }
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let target = try context.wallet()
        let coldkey = try target.coldkeyAccount().ss58Address
        let endpoint = try context.endpoint()
        let client = try await connect(endpoint)
        let chainEra = try await resolveEra(client)
        let hotkey = try target.hotkeyPair(output)
        let difficulty = try await query("subnet \(netuid)", options: output) { () async throws(RPCClientError) in
            try await client.difficulty(netuid)
        }
        try Prompt.confirm(
            "Register hotkey \(hotkey.ss58Address) on subnet \(netuid) of \(endpoint.name) by proof of work "
                + "(difficulty \(Amounts.grouped(difficulty)))? The hotkey pays the extrinsic fee.",
            options: output)

        let registration = PowRegistration(
            client: client, netuid: netuid, hotkey: hotkey, coldkey: try AccountID(ss58: coldkey), era: chainEra,
            solver: PowSolver(workers: workers, reportInterval: .seconds(updateInterval)))
        let panel = PowRegisterPanel(
            mode: panelMode, title: "PoW registration of \(hotkey.ss58Address) on subnet \(netuid) (\(endpoint.name))")
        let task = Task { try await registration.run(onEvent: panel.handle) }
        let interrupt = PowRegisterInterrupt { task.cancel() }
        let result = await task.result
        interrupt.stop()
        await client.close()

        switch result {
        case .success(let outcome):
            let report = PowRegisterReport(outcome, network: endpoint.name, coldkey: coldkey)
            context.printer.emit(report, quiet: "\(outcome.uid)") { report.text }
        case .failure(PowRegistrationError.cancelled):
            let totals = panel.totals
            let block = totals.block.map { ", last block #\($0)" } ?? ""
            Terminal.writeError(
                "Stopped after \(PowRegisterFormat.seconds(totals.elapsed)): \(Amounts.grouped(totals.hashes)) hashes, "
                    + "\(PowRegisterFormat.rate(totals.averageRate)) average\(block); the hotkey is not registered.\n")
            throw ExitCode(130)
        case .failure(let error):
            throw CLIError("PoW registration failed: \(error)")
        }
    }

    /// The panel's mode: in place on a terminal, lines when standard error is redirected, nothing when
    /// quiet (or in JSON mode when standard error is not a terminal).
    private var panelMode: PowRegisterPanel.Mode {
        if output.quiet { return .silent }
        if Terminal.stderrIsTerminal { return .terminal }
        return output.jsonOutput ? .silent : .lines
    }

    /// A WebSocket client of `endpoint` (new heads need a subscription).
    private func connect(_ endpoint: NetworkEndpoint) async throws(CLIError) -> WebSocketChainClient {
        let url = endpoint.httpURL.replacingOccurrences(of: "https://", with: "wss://")
            .replacingOccurrences(of: "http://", with: "ws://")
        do {
            return try await ChainClient.connect(webSocketURL: url)
        } catch {
            throw CLIError("\(error.description) Start a node with `yuma node --dev` or pass --network URL")
        }
    }

    /// `--era`, else the era the node reports in `system_properties`, else `nakamoto` when the
    /// chain's name says so, else `finney`.
    private func resolveEra(_ client: WebSocketChainClient) async throws(CLIError) -> Era {
        if let era { return era }
        if let reported = try? await client.properties().era, let known = Era(rawValue: reported) { return known }
        let name = try await query("the chain's name", options: output) { () async throws(RPCClientError) in
            try await client.chainName()
        }
        return name.lowercased().contains(Era.nakamoto.rawValue) ? .nakamoto : .finney
    }
}

extension Era: ExpressibleByArgument {}
