import ChainAPI
import Runtime

extension EventDescription {
    static func caseName(_ event: BalancesEvent) -> String {
        switch event {
        case .transferred: "transferred"
        case .endowed: "endowed"
        case .dustLost: "dustLost"
        case .feePaid: "feePaid"
        }
    }

    static func fields(of event: BalancesEvent) -> JSONValue {
        switch event {
        case .transferred(let from, let to, let amount):
            .object(["from": account(from), "to": account(to), "amount": number(amount)])
        case .endowed(let account, let freeBalance):
            .object(["account": Self.account(account), "freeBalance": number(freeBalance)])
        case .dustLost(let account, let amount), .feePaid(let account, let amount):
            .object(["account": Self.account(account), "amount": number(amount)])
        }
    }

    static func caseName(_ event: SudoEvent) -> String {
        switch event {
        case .keyChanged: "keyChanged"
        case .minted: "minted"
        }
    }

    static func fields(of event: SudoEvent) -> JSONValue {
        switch event {
        case .keyChanged(let old, let new):
            .object(["old": old.map(account) ?? .null, "new": account(new)])
        case .minted(let account, let amount):
            .object(["account": Self.account(account), "amount": number(amount)])
        }
    }

    static func caseName(_ event: SubnetsEvent) -> String {
        switch event {
        case .networkAdded: "networkAdded"
        case .hyperparameterSet: "hyperparameterSet"
        }
    }

    static func fields(of event: SubnetsEvent) -> JSONValue {
        switch event {
        case .networkAdded(let netuid, let owner, let lockedRao):
            .object(["netuid": number(netuid), "owner": account(owner), "lockedRao": number(lockedRao)])
        case .hyperparameterSet(let netuid, let update):
            // An unlabelled payload makes the pair an array, as for every such case.
            .array([number(netuid), ReflectedJSON.value(update)])
        }
    }

    static func caseName(_ event: RegistrationEvent) -> String {
        switch event {
        case .neuronRegistered: "neuronRegistered"
        case .registrationBurned: "registrationBurned"
        case .stakeRefunded: "stakeRefunded"
        case .difficultySet: "difficultySet"
        case .burnSet: "burnSet"
        }
    }

    static func fields(of event: RegistrationEvent) -> JSONValue {
        switch event {
        case .neuronRegistered(let netuid, let uid, let hotkey):
            .object(["netuid": number(netuid), "uid": number(uid), "hotkey": account(hotkey)])
        case .registrationBurned(let netuid, let coldkey, let amount):
            .object(["netuid": number(netuid), "coldkey": account(coldkey), "amount": number(amount)])
        case .stakeRefunded(let hotkey, let coldkey, let amount):
            .object(["hotkey": account(hotkey), "coldkey": account(coldkey), "amount": number(amount)])
        case .difficultySet(let netuid, let difficulty):
            .object(["netuid": number(netuid), "difficulty": number(difficulty)])
        case .burnSet(let netuid, let burn):
            .object(["netuid": number(netuid), "burn": number(burn)])
        }
    }

    static func caseName(_ event: WeightsEvent) -> String {
        switch event {
        case .weightsSet: "weightsSet"
        }
    }

    static func fields(of event: WeightsEvent) -> JSONValue {
        switch event {
        case .weightsSet(let netuid, let uid): .object(["netuid": number(netuid), "uid": number(uid)])
        }
    }

    static func caseName(_ event: ServingEvent) -> String {
        switch event {
        case .axonServed: "axonServed"
        case .prometheusServed: "prometheusServed"
        }
    }

    static func fields(of event: ServingEvent) -> JSONValue {
        switch event {
        case .axonServed(let netuid, let hotkey), .prometheusServed(let netuid, let hotkey):
            .object(["netuid": number(netuid), "hotkey": account(hotkey)])
        }
    }
}
