import Hashing

/// The first place where a stored chain and its re-execution disagree.
public enum ReplayDivergence: Sendable, Equatable, CustomStringConvertible {
    /// The stored genesis block is not the genesis of the chain spec.
    case genesisHash(stored: String, replayed: String)
    /// The stored genesis state differs from the chain spec's genesis state.
    case genesisState(key: String, stored: String, replayed: String)
    /// Block `number` is missing although the head is above it.
    case missingBlock(UInt64)
    /// The stored header of a block does not decode, or its stored hash is not the hash of its bytes.
    case corruptHeader(block: UInt64, reason: String)
    /// A stored extrinsic does not decode.
    case undecodableExtrinsic(block: UInt64, index: Int, reason: String)
    /// A stored extrinsic's signature does not verify.
    case badSignature(block: UInt64, index: Int, hash: String)
    /// The runtime refused a stored extrinsic outright.
    case extrinsicRejected(block: UInt64, index: Int, hash: String, error: String)
    /// An extrinsic's call succeeded in one run and failed in the other.
    case extrinsicOutcome(block: UInt64, index: Int, hash: String, stored: Bool, replayed: Bool)
    /// The block wrote a different set of state changes.
    case stateChange(block: UInt64, key: String, stored: String, replayed: String)
    /// A header field differs (state root, extrinsics root, parent hash or the hash itself).
    case headerField(block: UInt64, field: String, stored: String, replayed: String)
    /// The block emitted different events.
    case event(block: UInt64, position: Int, stored: String, replayed: String)
    /// The stored state table (what a restarted node loads) differs from the replayed state.
    case stateTable(head: UInt64, key: String, stored: String, replayed: String)

    /// The block where the divergence is, if it is in one block.
    public var block: UInt64? {
        switch self {
        case .genesisHash, .genesisState: 0
        case .missingBlock(let number): number
        case .corruptHeader(let block, _), .undecodableExtrinsic(let block, _, _),
            .badSignature(let block, _, _),
            .extrinsicRejected(let block, _, _, _), .extrinsicOutcome(let block, _, _, _, _),
            .stateChange(let block, _, _, _), .headerField(let block, _, _, _), .event(let block, _, _, _):
            block
        case .stateTable: nil
        }
    }

    /// One line saying where and what differs.
    public var description: String {
        switch self {
        case .genesisHash(let stored, let replayed):
            "genesis: the stored genesis block is \(stored), the chain spec's is \(replayed); pass the --chain the node ran"
        case .genesisState(let key, let stored, let replayed):
            "genesis: state entry \(key) is stored as \(stored), the chain spec gives \(replayed)"
        case .missingBlock(let number): "block \(number): not in the store although the head is above it"
        case .corruptHeader(let block, let reason): "block \(block): stored header is corrupt: \(reason)"
        case .undecodableExtrinsic(let block, let index, let reason):
            "block \(block): extrinsic \(index) does not decode: \(reason)"
        case .badSignature(let block, let index, let hash):
            "block \(block): extrinsic \(index) (\(hash)) has a signature that does not verify"
        case .extrinsicRejected(let block, let index, let hash, let error):
            "block \(block): extrinsic \(index) (\(hash)) was refused on replay: \(error)"
        case .extrinsicOutcome(let block, let index, let hash, let stored, let replayed):
            "block \(block): extrinsic \(index) (\(hash)) \(Self.outcome(stored)) when stored, "
                + "\(Self.outcome(replayed)) on replay"
        case .stateChange(let block, let key, let stored, let replayed):
            "block \(block): state entry \(key) was changed to \(stored) when stored, to \(replayed) on replay"
        case .headerField(let block, let field, let stored, let replayed):
            "block \(block): \(field) is stored as \(stored), replay computed \(replayed)"
        case .event(let block, let position, let stored, let replayed):
            "block \(block): event \(position) is stored as \(stored), replay emitted \(replayed)"
        case .stateTable(let head, let key, let stored, let replayed):
            "state table at head \(head): key \(key) is stored as \(stored), the replayed state has \(replayed)"
        }
    }

    private static func outcome(_ succeeded: Bool) -> String { succeeded ? "succeeded" : "failed" }

    /// Hex of at most 24 bytes, with the total length when cut; `absent` for `nil`.
    static func show(_ bytes: [UInt8]?) -> String {
        guard let bytes else { return "absent" }
        return hex(bytes)
    }

    /// A state change's value: `unchanged` when the block did not change the key, `removed` when it
    /// removed it, else its hex.
    static func showChange(_ change: [UInt8]??) -> String {
        switch change {
        case .none: "unchanged"
        case .some(.none): "removed"
        case .some(.some(let bytes)): hex(bytes)
        }
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        if bytes.count <= 24 { return Hex.encode(bytes, prefixed: true) }
        return Hex.encode(bytes.prefix(24), prefixed: true) + "…(\(bytes.count) bytes)"
    }
}
