import Hashing

/// Why the block store refused an operation or could not complete it.
public enum BlockStoreError: Error, Equatable, CustomStringConvertible {
    /// A block was committed before the genesis block.
    case noGenesis
    /// A genesis block was committed to a store that already holds a chain.
    case genesisAlreadyCommitted(headNumber: UInt64)
    /// The genesis block does not have number 0.
    case genesisNumberNotZero(UInt64)
    /// The block is not the successor of the head.
    case notNextBlock(number: UInt64, headNumber: UInt64)
    /// The block's parent hash is not the head's hash.
    case parentMismatch(number: UInt64, parentHash: [UInt8], headHash: [UInt8])
    /// A hash, root or account field does not have the required number of bytes.
    case wrongLength(field: String, expected: Int, actual: Int)
    /// A record's index does not match its position in the block.
    case indexOutOfOrder(kind: String, position: Int, index: UInt32)
    /// An event names an extrinsic index that the block does not contain.
    case unknownExtrinsicIndex(eventIndex: UInt32, extrinsicIndex: UInt32)
    /// A number does not fit SQLite's signed 64-bit integers.
    case numberOutOfRange(field: String, value: UInt64)
    /// The database was written by a newer Yuma whose schema this version does not know.
    case newerSchema(path: String)
    /// A stored row could not be read back as a record.
    case corruptRow(String)
    /// The operation was cancelled; nothing was written by it unless `head()` shows its block.
    case cancelled
    /// SQLite or the file system failed.
    case database(String)

    /// A message saying what went wrong and what to do next.
    public var description: String {
        switch self {
        case .noGenesis:
            return "the store has no genesis block yet; commit block 0 with commitGenesis(_:) first"
        case .genesisAlreadyCommitted(let head):
            return "the store already holds a chain (head #\(head)); open an empty directory for a new chain"
        case .genesisNumberNotZero(let number):
            return "a genesis block must have number 0, not \(number)"
        case .notNextBlock(let number, let head):
            return "block #\(number) does not follow the head #\(head); commit block #\(head &+ 1) next"
        case .parentMismatch(let number, let parent, let head):
            let parentHex = Hex.encode(parent, prefixed: true)
            let headHex = Hex.encode(head, prefixed: true)
            return "block #\(number) has parent \(parentHex) but the head is \(headHex); "
                + "the block was built on another chain"
        case .wrongLength(let field, let expected, let actual):
            return "\(field) has \(actual) bytes; it must have \(expected)"
        case .indexOutOfOrder(let kind, let position, let index):
            return "\(kind) at position \(position) has index \(index); indices must be 0, 1, 2, … in order"
        case .unknownExtrinsicIndex(let event, let extrinsic):
            return "event \(event) names extrinsic \(extrinsic), which the block does not contain"
        case .numberOutOfRange(let field, let value):
            return "\(field) \(value) is larger than the store can hold (\(Int64.max))"
        case .newerSchema(let path):
            return "the store at \(path) was written by a newer Yuma; upgrade yuma to open it"
        case .corruptRow(let detail):
            return "a stored row is unreadable (\(detail)); the database file is damaged"
        case .cancelled:
            return "the store operation was cancelled; read head() to see what was committed"
        case .database(let detail):
            return "the block store failed: \(detail)"
        }
    }
}
