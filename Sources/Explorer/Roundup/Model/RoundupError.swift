/// Why a Roundup report could not be made.
public enum RoundupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The index has no Roundup samples at all.
    case noSamples
    /// The requested block range runs backwards.
    case reversedRange(from: UInt64, to: UInt64)
    /// The requested block range reaches outside the indexed blocks.
    case outsideIndex(from: UInt64, to: UInt64, indexed: ClosedRange<UInt64>)
    /// The index has no samples of subnet `netuid`.
    case unknownSubnet(UInt16, available: [UInt16])
    /// The index database failed.
    case store(IndexStoreError)
    /// Following the node to its head failed.
    case node(String)
    /// A report file could not be written.
    case cannotWrite(path: String, reason: String)

    /// A sentence that says what is wrong and what to do.
    public var description: String {
        switch self {
        case .noSamples:
            "the index holds no Roundup samples yet; index a node with yuma explorer (or pass --network), or write one with yuma sim run"
        case .reversedRange(let from, let to):
            "--from \(from) is after --to \(to); give a range whose first block is not after its last"
        case .outsideIndex(let from, let to, let indexed):
            "blocks \(from)…\(to) reach outside the index, which holds blocks \(indexed.lowerBound)…\(indexed.upperBound); "
                + "choose --from and --to within that range"
        case .unknownSubnet(let netuid, let available):
            "the index has no samples of subnet \(netuid); it has subnets "
                + (available.isEmpty ? "none" : available.map(String.init).joined(separator: ", "))
        case .store(let error):
            error.description
        case .node(let reason):
            "cannot follow the node: \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason); check that the --out directory is writable"
        }
    }
}
