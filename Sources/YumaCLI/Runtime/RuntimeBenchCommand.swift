import ArgumentParser
import Consensus
import Foundation
import Runtime

/// `yuma runtime bench`: how fast the runtime applies the blocks of a busy subnet.
struct RuntimeBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the runtime on a full, busy subnet.",
        discussion: """
            Fills netuid 1 with --uids neurons through burned registrations, stakes --validators of them and \
            waits for their permits, then measures: one block in which every validator sets weights on every \
            uid, one epoch block, and --blocks blocks of a day with a registration every block and validators \
            setting weights at their rate limit. Build with -c release for real figures.
            """
    )

    @Option(name: .long, help: "Neurons in the subnet (at most 4096).")
    var uids = 4_096

    @Option(name: .long, help: "Validators among them.")
    var validators = 64

    @Option(name: .long, help: "Blocks of the simulated day (7200 = 24 h at 12 s).")
    var blocks = 7_200

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard (1...4_096).contains(uids) else { throw ValidationError("--uids must be in 1...4096, got \(uids)") }
        guard (1...uids).contains(validators) else {
            throw ValidationError("--validators must be in 1...\(uids), got \(validators)")
        }
        guard blocks >= 0 else { throw ValidationError("--blocks must not be negative, got \(blocks)") }
    }

    func run() throws {
        let subnet = BusySubnet(uids: uids, validators: validators)
        let clock = ContinuousClock()
        var start = clock.now
        var producer = subnet.setUp()
        let setup = clock.now - start

        // One block in which every validator sets a full weight row.
        let weightCalls = (0..<validators).map { subnet.weights(validator: $0, round: 0) }
        start = clock.now
        let weightsReport = producer.produce(weightCalls)
        let weightsBlock = clock.now - start

        // The next epoch block of the subnet.
        let tempo = producer.state.subnets[subnet.netuid]?.hyperparameters.tempo ?? 360
        let untilEpoch = EpochSchedule.blocksUntilNextEpoch(
            netuid: subnet.netuid, tempo: tempo, block: producer.state.blockNumber + 1)
        producer.advance(Int(min(untilEpoch, 10_000)))
        start = clock.now
        producer.produce([])
        let epochBlock = clock.now - start

        // The day.
        let dayStart = producer.state.blockNumber + 1
        var succeeded = 0
        var failed = 0
        var stateChanges = 0
        start = clock.now
        for offset in 0..<blocks {
            let block = dayStart + UInt64(offset)
            let report = producer.produce(subnet.dayCalls(block: block, dayStart: dayStart, registration: uids + offset))
            succeeded += report.succeeded
            failed += report.failed + report.invalid
            stateChanges += report.stateChanges
        }
        let day = clock.now - start

        let seconds = { (d: Duration) in d.seconds }
        let report: [String: Any] = [
            "uids": uids, "validators": validators, "day_blocks": blocks,
            "setup_seconds": seconds(setup),
            "weights_block_seconds": seconds(weightsBlock), "weights_block_succeeded": weightsReport.succeeded,
            "epoch_block_seconds": seconds(epochBlock),
            "day_seconds": seconds(day), "day_extrinsics_succeeded": succeeded, "day_extrinsics_failed": failed,
            "day_state_changes": stateChanges,
            "peak_rss_mib": MemoryUsage.peakResidentMiB(),
        ]
        if jsonOutput {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("""
                busy subnet: \(uids) uids, \(validators) validators (setup \(format(seconds(setup))))
                block with \(weightsReport.succeeded) set_weights of \(uids) entries: \(format(seconds(weightsBlock)))
                epoch block at \(uids) uids: \(format(seconds(epochBlock)))
                \(blocks) blocks of a day: \(format(seconds(day))) (\(succeeded) extrinsics applied, \(failed) refused, \
                \(stateChanges) state entries committed)
                peak memory \(String(format: "%.1f", MemoryUsage.peakResidentMiB())) MiB
                """)
        }
    }

    private func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1_000) : String(format: "%.2f s", seconds)
    }
}
