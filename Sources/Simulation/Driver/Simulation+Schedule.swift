import Runtime

extension Simulation {
    /// Sends every scheduled change due at `number` as a sudo extrinsic of the sudo key.
    mutating func applySchedule(at number: BlockNumber, into block: inout SimulatedBlock) {
        var changed = false
        while nextChange < plan.schedule.count, plan.schedule[nextChange].block <= number {
            let change = plan.schedule[nextChange]
            nextChange += 1
            changed = true
            switch change.action {
            case .set(let update):
                sudo(update, label: change.label, into: &block)
            case .floorDifficulty(let floor):
                sudo(.minDifficulty(floor), label: change.label, into: &block)
                if (subnet?.hyperparameters.difficulty ?? 0) < floor {
                    sudo(.difficulty(floor), label: "difficulty=\(floor)", into: &block)
                }
            }
        }
        if changed { updateAnnouncedCap() }
    }

    private mutating func sudo(_ update: HyperparameterUpdate, label: String, into block: inout SimulatedBlock) {
        let call = Call.subnets(.sudoSetHyperparameter(netuid: netuid, update))
        let before = block.events.count
        let applied = submit(DevAccounts.alice, call, named: "subnets.sudo_set_hyperparameter", into: &block) != nil
        var refusal: String?
        if !applied {
            refusal = "refused"
            for (event, _) in block.events[before...] {
                if case .extrinsicFailed(_, _, let error) = event { refusal = error.description }
            }
        }
        if applied { counters.sudoApplied += 1 } else { counters.sudoRefused += 1 }
        appliedChanges.append(AppliedChange(block: block.number, label: label, refusal: refusal))
    }

    /// The next scheduled UID cap, when it is lower than the current one: registrations stop appending
    /// uids once the network holds that many, so the cap can be applied when its block comes (the runtime
    /// refuses a cap under the current count; the 2022 chain had no such count to protect).
    mutating func updateAnnouncedCap() {
        announcedCap = nil
        let current = Int(subnet?.hyperparameters.maxAllowedUids ?? 0)
        for change in plan.schedule[nextChange...] {
            guard case .set(.maxAllowedUids(let cap)) = change.action else { continue }
            if Int(cap) < current { announcedCap = Int(cap) }
            return
        }
    }
}
