import ChainAPI
import ChainClient
import Keys
import Runtime

/// Signs a call, submits it and waits for its block behind a spinner; a call the chain refused becomes
/// an error naming the chain's reason.
struct ChainAction {
    /// The node.
    let client: HTTPChainClient
    /// The output flags.
    let options: OutputOptions

    /// Submits `call` signed by `signer` and returns where it landed; `what` names it in messages.
    func submit(_ call: Call, signer: KeyPair, what: String) async throws(CLIError) -> ExtrinsicInclusion {
        let inclusion: ExtrinsicInclusion
        do {
            inclusion = try await Spinner.run("Submitting \(what) and waiting for a block…", options: options)
            {
                try await client.submitAndWait(call, signedBy: signer, timeout: .seconds(120))
            }
        } catch let error as ChainClientError {
            throw CLIError("\(what) failed: \(error.description)\(hint(error, signer: signer.ss58Address))")
        } catch {
            throw CLIError("\(what) failed: \(error)")
        }
        guard inclusion.succeeded else {
            let reason = await failureReason(inclusion)
            var message =
                "\(what) was included in block #\(inclusion.blockNumber) but the chain refused it: \(reason)"
            if let advice = FailureAdvice.advice(for: reason) { message += "; \(advice)" }
            if options.verbose {
                message +=
                    " (extrinsic \(inclusion.hash), block \(inclusion.blockHash); only the fee was charged)"
            }
            throw CLIError(message)
        }
        return inclusion
    }

    /// The chain's error for a failed extrinsic, from its `system.ExtrinsicFailed` event.
    func failureReason(_ inclusion: ExtrinsicInclusion) async -> String {
        guard let events = try? await client.events(inBlock: inclusion.blockNumber),
            let failed = events.first(where: {
                $0.extrinsicIndex == inclusion.index && $0.name == "system.ExtrinsicFailed"
            })
        else { return "unknown reason (run with --verbose and check the node's log)" }
        if case .object(let fields) = failed.fields, let error = fields["error"] {
            return Self.flatten(error)
        }
        return Self.flatten(failed.fields)
    }

    /// A reflected runtime error as `pallet: reason`.
    static func flatten(_ value: JSONValue) -> String {
        switch value {
        case .object(let fields):
            return fields.keys.sorted().map { key in
                let inner = fields[key].map(flatten) ?? ""
                return inner.isEmpty ? key : "\(key): \(inner)"
            }.joined(separator: ", ")
        case .string(let text): return text
        case .array(let items): return items.map(flatten).joined(separator: ", ")
        default: return "\(value)"
        }
    }

    /// What to try next for a submission error.
    private func hint(_ error: ChainClientError, signer: String) -> String {
        if case .rpc(.unreachable) = error {
            return "; start a node with `yuma node --dev` or pass --network"
        }
        if error.description.contains("CannotPayFee") {
            return "; fund \(signer) first, e.g. `yuma wallet transfer --dest \(signer) --amount 1`"
        }
        return ""
    }
}

/// Runs a read-only RPC call with a spinner and turns its error into one line that says what to do.
func query<T: Sendable>(
    _ what: String, options: OutputOptions, _ work: () async throws(RPCClientError) -> T
) async throws(CLIError) -> T {
    do {
        return try await Spinner.run("Reading \(what)…", options: options) { try await work() }
    } catch let error as RPCClientError {
        if case .unreachable = error {
            throw CLIError("\(error.description) Start a node with `yuma node --dev` or pass --network URL")
        }
        throw CLIError("cannot read \(what): \(error.description)")
    } catch {
        throw CLIError("cannot read \(what): \(error)")
    }
}

extension ChainAction {
    /// The events the included extrinsic emitted, in order.
    func events(of inclusion: ExtrinsicInclusion) async -> [EventView] {
        guard let events = try? await client.events(inBlock: inclusion.blockNumber) else { return [] }
        return events.filter { $0.extrinsicIndex == inclusion.index }
    }

    /// An integer field of the first event named `name` the extrinsic emitted.
    func eventField(_ name: String, _ field: String, of inclusion: ExtrinsicInclusion) async -> UInt64? {
        for event in await events(of: inclusion) where event.name == name {
            if case .object(let fields) = event.fields, let value = fields[field] {
                switch value {
                case .integer(let number): return UInt64(exactly: number)
                case .unsignedInteger(let number): return number
                default: return nil
                }
            }
        }
        return nil
    }
}

/// Where a submitted extrinsic landed, as every spending command reports it in JSON.
struct InclusionReport: Encodable {
    /// The extrinsic hash.
    var extrinsic: String
    /// The block number.
    var block: UInt64
    /// The block hash.
    var blockHash: String

    /// The report of `inclusion`.
    init(_ inclusion: ExtrinsicInclusion) {
        extrinsic = inclusion.hash
        block = inclusion.blockNumber
        blockHash = inclusion.blockHash
    }
}
