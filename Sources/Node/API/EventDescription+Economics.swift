import ChainAPI
import Runtime

extension EventDescription {
    static func caseName(_ event: StakingEvent) -> String {
        switch event {
        case .stakeAdded: "stakeAdded"
        case .stakeRemoved: "stakeRemoved"
        case .delegateAdded: "delegateAdded"
        case .takeDecreased: "takeDecreased"
        case .takeIncreased: "takeIncreased"
        case .parameterSet: "parameterSet"
        case .nominationCleared: "nominationCleared"
        }
    }

    static func fields(of event: StakingEvent) -> JSONValue {
        switch event {
        case .stakeAdded(let hotkey, let amount), .stakeRemoved(let hotkey, let amount):
            .object(["hotkey": account(hotkey), "amount": number(amount)])
        case .delegateAdded(let coldkey, let hotkey, let take), .takeDecreased(let coldkey, let hotkey, let take),
            .takeIncreased(let coldkey, let hotkey, let take):
            .object(["coldkey": account(coldkey), "hotkey": account(hotkey), "take": number(take)])
        case .parameterSet(let update):
            ReflectedJSON.value(update)
        case .nominationCleared(let hotkey, let coldkey, let amount):
            .object(["hotkey": account(hotkey), "coldkey": account(coldkey), "amount": number(amount)])
        }
    }

    static func caseName(_ event: EmissionEvent) -> String {
        switch event {
        case .epochRan: "epochRan"
        case .epochSkipped: "epochSkipped"
        case .emissionPaid: "emissionPaid"
        case .nakamotoStepRan: "nakamotoStepRan"
        case .nakamotoStepFailed: "nakamotoStepFailed"
        case .emissionValuesSet: "emissionValuesSet"
        case .emissionValuesReset: "emissionValuesReset"
        case .subnetOwnerCutSet: "subnetOwnerCutSet"
        }
    }

    static func fields(of event: EmissionEvent) -> JSONValue {
        switch event {
        case .epochRan(let netuid, let block, let emission), .nakamotoStepRan(let netuid, let block, let emission):
            .object(["netuid": number(netuid), "block": number(block), "emission": number(emission)])
        case .epochSkipped(let netuid, let block):
            .object(["netuid": number(netuid), "block": number(block)])
        case .emissionPaid(let netuid, let amount):
            .object(["netuid": number(netuid), "amount": number(amount)])
        case .nakamotoStepFailed(let netuid, let block, let reason):
            .object(["netuid": number(netuid), "block": number(block), "reason": .string(reason)])
        case .emissionValuesSet(let netuids, let values):
            .object(["netuids": .array(netuids.map(number)), "values": .array(values.map(number))])
        case .emissionValuesReset:
            // A case without payload reads as its name.
            .string("emissionValuesReset")
        case .subnetOwnerCutSet(let cut):
            number(cut)
        }
    }
}
