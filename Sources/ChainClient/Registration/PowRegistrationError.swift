/// Why a ``PowRegistration`` ended without a uid.
public enum PowRegistrationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A query to the node failed.
    case rpc(RPCClientError)
    /// The node refused or lost the registration extrinsic (for example the hotkey cannot pay the fee).
    case submission(ChainClientError)
    /// The chain executed the registration and refused it for a reason retrying will not fix.
    case rejected(reason: String)
    /// No subnet has this netuid.
    case subnetNotFound(netuid: UInt16)
    /// Every allowed submission was refused; the last reason is given.
    case tooManySubmissions(count: Int, lastReason: String)
    /// The node's new-heads subscription ended.
    case headsEnded(reason: String)
    /// The node answered a head whose hash is not 32 bytes of hex.
    case invalidHead(hash: String)
    /// The solver failed.
    case solver(PowSolverError)
    /// The registration was cancelled (Ctrl-C).
    case cancelled

    /// What went wrong and what to do next.
    public var description: String {
        switch self {
        case .rpc(let error): error.description
        case .submission(let error):
            "\(error.description) (the hotkey signs a PoW registration and pays its fee: fund it with a little τ)"
        case .rejected(let reason): "the chain refused the registration: \(reason)"
        case .subnetNotFound(let netuid): "subnet \(netuid) does not exist; see `yuma subnets list`"
        case .tooManySubmissions(let count, let reason):
            "\(count) seals were refused, the last one with: \(reason); run again"
        case .headsEnded(let reason): "the node stopped sending new blocks (\(reason)); is it still running?"
        case .invalidHead(let hash): "the node reported a head with hash \(hash), which is not 32 bytes"
        case .solver(let error): error.description
        case .cancelled: "the registration was cancelled"
        }
    }
}
