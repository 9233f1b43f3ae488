import ChainAPI
import Runtime

/// What became of one submitted seal.
enum PowSubmission: Sendable {
    /// The hotkey holds `uid`; `inclusion` is `nil` when the chain says it was registered already.
    case registered(uid: UInt16, inclusion: ExtrinsicInclusion?)
    /// The chain refused the seal for a reason that solving again can fix.
    case retry(reason: String)
}

extension PowRegistration {
    /// The hotkey's uid on the subnet, or `nil` when it is not registered there.
    func registeredUID() async throws(PowRegistrationError) -> UInt16? {
        do {
            return try await client.neuron(netuid, hotkey: hotkey.accountID)?.uid
        } catch {
            throw .rpc(error)
        }
    }

    /// Throws ``PowRegistrationError/subnetNotFound(netuid:)`` unless the subnet exists.
    func checkSubnet() async throws(PowRegistrationError) {
        let subnets: [SubnetView]
        do {
            subnets = try await client.subnets()
        } catch {
            throw .rpc(error)
        }
        guard subnets.contains(where: { $0.netuid == netuid }) else { throw .subnetNotFound(netuid: netuid) }
    }

    /// Signs `register` with the hotkey, submits it, waits for its block and reads the outcome.
    func submit(_ solution: PowSolution) async throws(PowRegistrationError) -> PowSubmission {
        let call = Call.registration(
            .register(
                netuid: netuid, blockNumber: solution.blockNumber, nonce: solution.nonce, work: solution.seal,
                hotkey: hotkey.accountID, coldkey: coldkey))
        let inclusion: ExtrinsicInclusion
        do {
            inclusion = try await client.submitAndWait(call, signedBy: hotkey, timeout: inclusionTimeout)
        } catch .dropped(let hash) {
            return .retry(reason: "the node dropped extrinsic \(hash)")
        } catch .invalid(_, let reason) {
            return .retry(reason: reason)
        } catch {
            throw .submission(error)
        }
        if inclusion.succeeded {
            guard let uid = try await registeredUID() else {
                throw .rejected(reason: "the registration succeeded but the hotkey is not in the metagraph")
            }
            return .registered(uid: uid, inclusion: inclusion)
        }
        let reason = try await failureReason(of: inclusion)
        switch PowRefusal(reason: reason) {
        case .retryable: return .retry(reason: reason)
        case .alreadyRegistered:
            guard let uid = try await registeredUID() else { throw .rejected(reason: reason) }
            return .registered(uid: uid, inclusion: nil)
        case .final: throw .rejected(reason: reason)
        }
    }

    /// The chain's error for a failed extrinsic: the `error` of its `ExtrinsicFailed` event.
    func failureReason(of inclusion: ExtrinsicInclusion) async throws(PowRegistrationError) -> String {
        let events: [EventView]
        do {
            events = try await client.events(inBlock: inclusion.blockNumber)
        } catch {
            throw .rpc(error)
        }
        let failed = events.first {
            $0.extrinsicIndex == inclusion.index && $0.name == "system.ExtrinsicFailed"
        }
        guard case .object(let fields)? = failed?.fields, let error = fields["error"] else {
            return "the call failed without an error event"
        }
        return Self.firstString(in: error) ?? "\(error)"
    }

    /// The first string inside `value` (errors are shown as `{"registration": "InvalidWorkBlock: …"}`).
    static func firstString(in value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .object(let members): members.values.lazy.compactMap { firstString(in: $0) }.first
        case .array(let items): items.lazy.compactMap { firstString(in: $0) }.first
        default: nil
        }
    }
}

/// How the driver treats a chain refusal, decided by the runtime error's name.
enum PowRefusal {
    /// Solving again on a newer block can succeed.
    case retryable
    /// The hotkey already holds a uid.
    case alreadyRegistered
    /// Nothing this driver can fix.
    case final

    /// Errors that go away with a fresh seal on the newest block and its current difficulty.
    static let retryableErrors: [RegistrationError] = [
        .invalidWorkBlock, .invalidDifficulty, .invalidSeal, .workRepeated, .tooManyRegistrationsThisBlock,
    ]

    /// Classifies the text of a refusal (``RegistrationError/description`` starts with its name).
    init(reason: String) {
        if reason.hasPrefix(RegistrationError.hotKeyAlreadyRegisteredInSubNet.description) {
            self = .alreadyRegistered
        } else if Self.retryableErrors.contains(where: { reason.hasPrefix($0.description) }) {
            self = .retryable
        } else {
            self = .final
        }
    }
}
