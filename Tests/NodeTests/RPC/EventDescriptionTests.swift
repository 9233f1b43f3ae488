import ChainAPI
@testable import Node
import Runtime
import Testing

@Suite("Event names and fields")
struct EventDescriptionTests {
    static let alice = AccountID(testSeed: 1)
    static let bob = AccountID(testSeed: 2)

    /// One event of every case, with values that exercise both JSON number forms.
    static let events: [Event] = [
        .extrinsicSucceeded(signer: alice, nonce: 7),
        .extrinsicFailed(signer: alice, nonce: 8, error: .balances(.insufficientBalance)),
        .balances(.transferred(from: alice, to: bob, amount: .max)),
        .balances(.endowed(account: bob, freeBalance: 5)),
        .balances(.dustLost(account: bob, amount: 1)),
        .balances(.feePaid(account: alice, amount: 125_000)),
        .sudo(.keyChanged(old: nil, new: bob)),
        .sudo(.keyChanged(old: alice, new: bob)),
        .sudo(.minted(account: alice, amount: 10)),
        .subnets(.networkAdded(netuid: 3, owner: alice, lockedRao: 1_000)),
        .subnets(.hyperparameterSet(netuid: 3, .tempo(99))),
        .registration(.neuronRegistered(netuid: 1, uid: 4095, hotkey: bob)),
        .registration(.registrationBurned(netuid: 1, coldkey: alice, amount: 2)),
        .registration(.stakeRefunded(hotkey: bob, coldkey: alice, amount: 3)),
        .registration(.difficultySet(netuid: 1, difficulty: UInt64(Int64.max) + 1)),
        .registration(.burnSet(netuid: 1, burn: 4)),
        .staking(.stakeAdded(hotkey: bob, amount: 5)),
        .staking(.stakeRemoved(hotkey: bob, amount: 6)),
        .staking(.delegateAdded(coldkey: alice, hotkey: bob, take: 11_796)),
        .staking(.takeDecreased(coldkey: alice, hotkey: bob, take: 1)),
        .staking(.takeIncreased(coldkey: alice, hotkey: bob, take: 2)),
        .staking(.parameterSet(.minTake(0))),
        .staking(.nominationCleared(hotkey: bob, coldkey: alice, amount: 7)),
        .weights(.weightsSet(netuid: 1, uid: 2)),
        .serving(.axonServed(netuid: 1, hotkey: bob)),
        .serving(.prometheusServed(netuid: 1, hotkey: bob)),
        .emission(.epochRan(netuid: 1, block: 100, emission: 1_000_000_000)),
        .emission(.epochSkipped(netuid: 1, block: 101)),
        .emission(.emissionPaid(netuid: 1, amount: 8)),
        .emission(.nakamotoStepRan(netuid: 0, block: 102, emission: 9)),
        .emission(.nakamotoStepFailed(netuid: 0, block: 103, reason: "zero kappa")),
        .emission(.emissionValuesSet(netuids: [0, 1], values: [10, 20])),
        .emission(.emissionValuesReset),
        .emission(.subnetOwnerCutSet(11_796)),
    ]

    @Test("fields match what reflection reads from the runtime's event", arguments: events)
    func fieldsMatchReflection(_ event: Event) {
        #expect(EventDescription.fields(of: event) == Self.reflectedFields(event))
    }

    @Test("names match the pallet and case the runtime declares", arguments: events)
    func namesMatchReflection(_ event: Event) {
        #expect(EventDescription.name(of: event) == Self.reflectedName(event))
    }

    /// The payload inside the pallet case, read by reflection (an object of one key is unwrapped).
    static func reflectedFields(_ event: Event) -> JSONValue {
        guard let inner = Mirror(reflecting: event).children.first?.value else { return .object([:]) }
        if case .object(let outer) = ReflectedJSON.value(inner), outer.count == 1, let only = outer.values.first {
            return only
        }
        return ReflectedJSON.value(inner)
    }

    /// `pallet.Case` read by reflection.
    static func reflectedName(_ event: Event) -> String {
        func label(_ value: Any) -> String {
            Mirror(reflecting: value).children.first?.label ?? String(describing: value)
        }
        switch event {
        case .extrinsicSucceeded: return "system.ExtrinsicSuccess"
        case .extrinsicFailed: return "system.ExtrinsicFailed"
        default:
            guard let inner = Mirror(reflecting: event).children.first?.value else { return label(event) }
            let name = label(inner)
            return label(event) + "." + name.prefix(1).uppercased() + name.dropFirst()
        }
    }
}
