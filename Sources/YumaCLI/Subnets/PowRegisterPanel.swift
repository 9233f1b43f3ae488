import ChainClient
import Foundation
import Synchronization

/// The status panel of `pow-register` on standard error: redrawn in place with ANSI cursor movement
/// when standard error is a terminal, one line per update otherwise, nothing when silent.
final class PowRegisterPanel: Sendable {
    /// How the panel is drawn.
    enum Mode: Sendable {
        /// Redrawn in place.
        case terminal
        /// One line per update (logs, pipes).
        case lines
        /// Nothing.
        case silent
    }

    /// What the panel shows now.
    struct State: Sendable {
        var problem: PowProblem?
        var progress: PowRegistrationProgress?
        var status = "starting"
        var drawnLines = 0
    }

    private let mode: Mode
    private let title: String
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    /// A panel titled `title`.
    init(mode: Mode, title: String) {
        self.mode = mode
        self.title = title
    }

    /// Updates the panel from a registration event and redraws it.
    func handle(_ event: PowRegistrationEvent) {
        let text: String = state.withLock { state in
            switch event {
            case .solving(let problem):
                state.problem = problem
                state.status = "solving"
            case .progress(let progress): state.progress = progress
            case .solved(let solution): state.status = "submitting the seal of nonce \(solution.nonce)"
            case .rejected(let reason): state.status = "refused (\(reason)); solving again"
            }
            return render(&state)
        }
        Terminal.writeError(text)
    }

    /// Totals so far: elapsed time, hashes and average rate, for the summary line.
    var totals: (elapsed: Duration, hashes: UInt64, averageRate: Double, block: UInt64?) {
        state.withLock { state in
            let elapsed = ContinuousClock.now - started
            let hashes = state.progress?.totalHashes ?? 0
            let seconds = PowRegisterFormat.secondsValue(elapsed)
            return (elapsed, hashes, seconds > 0 ? Double(hashes) / seconds : 0, state.problem?.blockNumber)
        }
    }

    /// The panel's values for `state`: time spent, difficulty, instant and average rate, block, status.
    private func values(_ state: State) -> (String, String, String, String, String, String) {
        let elapsed = PowRegisterFormat.clock(ContinuousClock.now - started)
        let difficulty = state.problem.map { Amounts.grouped($0.difficulty) } ?? "…"
        let instant = state.progress.map { PowRegisterFormat.rate($0.status.instantRate) } ?? "…"
        let average = state.progress.map { PowRegisterFormat.rate($0.averageRate) } ?? "…"
        let block = state.problem.map { "#\($0.blockNumber) \(PowRegisterFormat.shortHash($0.blockHash))" } ?? "…"
        return (elapsed, difficulty, instant, average, block, state.status)
    }

    /// The panel as drawn on a terminal.
    func lines(_ state: State) -> [String] {
        let (elapsed, difficulty, instant, average, block, status) = values(state)
        return [
            title,
            "  Time spent  \(elapsed)",
            "  Difficulty  \(difficulty)",
            "  Hash rate   \(instant) instant, \(average) average",
            "  Block       \(block)",
            "  Status      \(status)",
        ]
    }

    /// The panel as one log line.
    func line(_ state: State) -> String {
        let (elapsed, difficulty, instant, average, block, status) = values(state)
        return "pow-register: \(elapsed), difficulty \(difficulty), \(instant) instant, \(average) average, "
            + "block \(block), \(status)"
    }

    /// The text that draws the panel for `state`, in the panel's mode.
    private func render(_ state: inout State) -> String {
        switch mode {
        case .silent:
            return ""
        case .lines:
            return line(state) + "\n"
        case .terminal:
            let current = lines(state)
            // Back to the panel's first line, then each line cleared and rewritten.
            var text = state.drawnLines > 0 ? "\u{1B}[\(state.drawnLines)F" : ""
            for line in current { text += "\u{1B}[2K" + line + "\n" }
            state.drawnLines = current.count
            return text
        }
    }
}
