import ChainClient

/// Why the indexer stopped or retried.
public enum IndexerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The index belongs to another chain than the node's (a reset chain or another network).
    case otherChain(IndexStoreError)
    /// The node's block `number` is not the one the index holds: the chain was reset.
    case chainDiverged(block: UInt64, indexed: String, node: String?)
    /// The index database failed.
    case store(IndexStoreError)
    /// The node failed to answer (retried after a backoff).
    case node(RPCClientError)
    /// The node has no block `number` although its head is past it.
    case missingBlock(UInt64)
    /// The new-heads subscription ended.
    case subscriptionEnded

    /// Whether retrying cannot help, so the indexer stops.
    public var isFatal: Bool {
        switch self {
        case .otherChain, .chainDiverged, .store: true
        case .node, .missingBlock, .subscriptionEnded: false
        }
    }

    /// A sentence that says what went wrong and what to do.
    public var description: String {
        switch self {
        case .otherChain(let error):
            error.description
        case .chainDiverged(let block, let indexed, let node):
            "the node's block \(block) is \(node ?? "missing") but the index holds \(indexed): the chain was "
                + "reset; index it into a fresh --database (or delete this one)"
        case .store(let error):
            error.description
        case .node(let error):
            error.description
        case .missingBlock(let number):
            "the node has no block \(number) although its head is past it"
        case .subscriptionEnded:
            "the node ended the new-heads subscription"
        }
    }
}
