import Localnet

/// Tables the localnet commands print.
enum LocalnetTables {
    /// The scaffolded neurons.
    static func neurons(_ scaffold: ScaffoldReport, incentive: [String: UInt64]? = nil) -> Table {
        var table = Table(
            title: "Subnet \(scaffold.netuid) neurons",
            columns: [
                .init(header: "UID", kind: .number), .init(header: "Name"), .init(header: "Role"),
                .init(header: "Model"), .init(header: "Axon", kind: .number), .init(header: "Hotkey", kind: .address),
                .init(header: "Wallet"),
            ] + (incentive == nil ? [] : [.init(header: "Incentive", kind: .number)]))
        table.rows = scaffold.neurons.map { neuron in
            let row = [
                "\(neuron.uid)", neuron.name, neuron.role, neuron.model ?? "-", neuron.axonPort.map { "\($0)" } ?? "-",
                neuron.hotkey, "--wallet.name \(neuron.name)",
            ]
            guard let incentive else { return row }
            let share = Double(incentive[neuron.name] ?? 0) / Double(UInt16.max)
            return row + [String(format: "%.4f", share)]
        }
        return table
    }

    /// The managed processes.
    static func children(_ state: LocalnetState) -> Table {
        var table = Table(
            title: "Processes (supervisor pid \(state.supervisorPID), \(state.phase.rawValue))",
            columns: [
                .init(header: "Name"), .init(header: "PID", kind: .number), .init(header: "Status"),
                .init(header: "Restarts", kind: .number), .init(header: "Last exit"),
            ])
        table.rows = state.children.map { child in
            [
                child.name, child.pid.map { "\($0)" } ?? "-", child.status.rawValue, "\(child.restarts)",
                child.lastExit ?? "-",
            ]
        }
        return table
    }
}
