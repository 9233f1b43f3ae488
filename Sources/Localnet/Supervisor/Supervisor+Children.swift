import ChildProcess
import Foundation

extension Supervisor {
    /// Starts `spec` with its output appended to its log file.
    func launch(_ spec: ChildSpec) throws(LocalnetError) {
        guard !stopping else { throw LocalnetError("the localnet is stopping; \(spec.name) was not started") }
        let logPath = configuration.layout.logFile(spec.name)
        if !FileManager.default.fileExists(atPath: logPath) {
            _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        }
        guard let output = FileHandle(forWritingAtPath: logPath) else {
            throw LocalnetError("cannot open \(logPath) for writing")
        }
        output.seekToEndOfFile()
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: configuration.executable)
        process.arguments = spec.arguments
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let name = spec.name
        process.terminationHandler = { [weak self] ended in
            let pid = ended.processIdentifier
            let code = ended.terminationStatus
            let signalled = ended.terminationReason == .uncaughtSignal
            Task { await self?.exited(name: name, pid: pid, code: code, signalled: signalled) }
        }
        do {
            try process.run()
        } catch {
            throw LocalnetError("cannot start \(name) (\(configuration.executable)): \(error.localizedDescription)")
        }
        try? output.close()
        specs[name] = spec
        processes[name] = process
        var child = state.children.first(where: { $0.name == name }) ?? ChildState(name: name, log: logPath)
        child.pid = process.processIdentifier
        child.status = .running
        upsert(child)
        log("started \(name) (pid \(process.processIdentifier))")
    }

    /// Records an exit and restarts the child unless the network is stopping or it exhausted its restarts.
    func exited(name: String, pid: Int32, code: Int32, signalled: Bool) async {
        guard var child = state.children.first(where: { $0.name == name }), child.pid == pid else { return }
        let how = signalled ? "killed by signal \(code)" : "exit \(code)"
        child.lastExit = how
        processes[name] = nil
        guard !stopping, let spec = specs[name] else {
            child.status = .exited
            child.pid = nil
            upsert(child)
            return
        }
        guard child.restarts < maxRestarts else {
            child.status = .exited
            child.pid = nil
            upsert(child)
            log("\(name) \(how); gave up after \(maxRestarts) restarts, see \(child.log)")
            return
        }
        child.status = .restarting
        child.pid = nil
        child.restarts += 1
        upsert(child)
        let delay = min(10.0, pow(2.0, Double(child.restarts - 1)))
        log("\(name) \(how); restarting in \(delay) s (restart \(child.restarts) of \(maxRestarts))")
        try? await Task.sleep(for: .seconds(delay))
        guard !stopping else { return }
        do {
            try launch(spec)
        } catch {
            log("cannot restart \(name): \(error.description)")
        }
    }

    /// Replaces or appends a child's state and saves.
    func upsert(_ child: ChildState) {
        if let index = state.children.firstIndex(where: { $0.name == child.name }) {
            state.children[index] = child
        } else {
            state.children.append(child)
        }
        save()
    }

    /// Ends every child: neurons and explorer first, the node last (it finishes its block in hand);
    /// what does not exit within its grace period is killed.
    public func stop(finalPhase: LocalnetState.Phase = .stopped) async {
        stopping = true
        state.phase = .stopping
        save()
        let nodeLast = processes.keys.sorted { lhs, rhs in lhs != "node" && rhs == "node" }
        let others = nodeLast.filter { $0 != "node" }
        await terminate(others, grace: 5)
        await terminate(nodeLast.filter { $0 == "node" }, grace: 15)
        for index in state.children.indices where state.children[index].status != .exited {
            state.children[index].status = .exited
            state.children[index].pid = nil
        }
        state.phase = finalPhase
        save()
        files.removePID()
    }

    func terminate(_ names: [String], grace: Double) async {
        let targets = names.compactMap { processes[$0] }
        for process in targets where process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(grace)
        while targets.contains(where: \.isRunning), Date() < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        for process in targets where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            log("killed \(process.processIdentifier): it did not stop within \(Int(grace)) s")
        }
        while targets.contains(where: \.isRunning) { try? await Task.sleep(for: .milliseconds(20)) }
    }
}
