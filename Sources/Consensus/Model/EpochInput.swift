/// The stored state of one subnet that a Yuma epoch reads: everything the chain's `epoch` loads.
public struct EpochInput: Sendable, Equatable {
    /// Hyperparameters of the subnet.
    public var hyperparameters: EpochHyperparameters
    /// The block at which the epoch runs.
    public var currentBlock: UInt64
    /// Rao to distribute in this epoch.
    public var raoEmission: UInt64
    /// Stake per uid, in rao.
    public var stake: [UInt64]
    /// Block of each uid's last weight update.
    public var lastUpdate: [UInt64]
    /// Block at which each uid was (most recently) registered.
    public var blockAtRegistration: [UInt64]
    /// Validator permits stored by the previous epoch.
    public var validatorPermit: [Bool]
    /// Stored weights: row `i` as set by uid `i`, row max-upscaled to u16.
    public var weights: SparseMatrix
    /// Stored bonds: classic storage is column max-upscaled u16, Yuma3 storage is a u16 proportion.
    public var bonds: SparseMatrix
    /// The subnet owner's uid, whose self-weight is kept; nil when the owner has no uid.
    public var ownerUID: Int?

    /// The number of uids.
    public var count: Int { stake.count }

    /// Creates an input; ``validate()`` checks that the parts agree.
    public init(
        hyperparameters: EpochHyperparameters, currentBlock: UInt64, raoEmission: UInt64, stake: [UInt64],
        lastUpdate: [UInt64], blockAtRegistration: [UInt64], validatorPermit: [Bool],
        weights: SparseMatrix, bonds: SparseMatrix, ownerUID: Int? = nil
    ) {
        self.hyperparameters = hyperparameters
        self.currentBlock = currentBlock
        self.raoEmission = raoEmission
        self.stake = stake
        self.lastUpdate = lastUpdate
        self.blockAtRegistration = blockAtRegistration
        self.validatorPermit = validatorPermit
        self.weights = weights
        self.bonds = bonds
        self.ownerUID = ownerUID
    }

    /// Checks that every per-uid vector and both matrices have one entry per uid.
    public func validate() throws(EpochInputError) {
        let n = count
        guard n <= Int(UInt16.max) + 1 else { throw .tooManyUIDs(n) }
        for (field, length) in [
            ("last_update", lastUpdate.count), ("block_at_registration", blockAtRegistration.count),
            ("validator_permit", validatorPermit.count), ("weights", weights.size), ("bonds", bonds.size),
        ] where length != n {
            throw .lengthMismatch(field: field, expected: n, found: length)
        }
        if let ownerUID, !(0..<n).contains(ownerUID) { throw .ownerOutOfRange(ownerUID, n) }
    }
}

/// Why an ``EpochInput`` cannot be run.
public enum EpochInputError: Error, Equatable, CustomStringConvertible {
    /// A per-uid field has the wrong length.
    case lengthMismatch(field: String, expected: Int, found: Int)
    /// More uids than a u16 can name.
    case tooManyUIDs(Int)
    /// The owner uid does not exist.
    case ownerOutOfRange(Int, Int)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .lengthMismatch(let field, let expected, let found):
            "\(field) has \(found) entries but stake_rao has \(expected)"
        case .tooManyUIDs(let n): "\(n) uids is more than 65536"
        case .ownerOutOfRange(let uid, let n): "owner_uid \(uid) is not one of the \(n) uids"
        }
    }
}
