import ChainAPI

/// Why signing, submitting or waiting for an extrinsic failed.
public enum ChainClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A JSON-RPC call failed (the node refused it, or could not be reached).
    case rpc(RPCClientError)
    /// The node dropped the extrinsic from its pool as no longer valid (for example its nonce was used
    /// by another extrinsic, or the signer can no longer pay its fee).
    case invalid(hash: String, reason: String)
    /// The node dropped the extrinsic from its pool before it entered a block.
    case dropped(hash: String)
    /// The extrinsic was not in a block before the deadline.
    case timedOut(hash: String, after: Duration)
    /// The node reported the extrinsic in a block that does not list it.
    case missingFromBlock(hash: String, blockHash: String)

    /// What went wrong and what to do next.
    public var description: String {
        switch self {
        case .rpc(let error): error.description
        case .invalid(let hash, let reason):
            "extrinsic \(hash) became invalid before inclusion: \(reason); fetch the next nonce and sign again"
        case .dropped(let hash):
            "extrinsic \(hash) was dropped from the pool; sign it again with the next nonce"
        case .timedOut(let hash, let duration):
            "extrinsic \(hash) was not in a block after \(duration); is the node producing blocks (manual mode needs engine_createBlock)?"
        case .missingFromBlock(let hash, let blockHash):
            "the node reported extrinsic \(hash) in block \(blockHash), but that block does not list it"
        }
    }
}
