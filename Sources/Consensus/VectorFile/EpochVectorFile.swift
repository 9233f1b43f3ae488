import Foundation

/// The epoch inputs file format of the conformance vectors (`epoch_*_inputs.json`): the stored state of
/// one subnet before an epoch, with dense u16 matrices in which 0 means "no entry".
public enum EpochVectorFile {
    /// Decodes an inputs file into an ``EpochInput`` whose bonds suit `mechanism` (`bonds_yuma3_u16`
    /// for Yuma3 when the file has them, else `bonds_classic_u16` or `bonds_u16`).
    ///
    /// - Throws: ``EpochFileError`` naming the field that is missing, mistyped, out of range or of the
    ///   wrong length.
    public static func decode(_ data: Data, mechanism: BondsMechanism = .classic) throws(EpochFileError)
        -> EpochInput
    {
        let file: InputsFile
        do {
            file = try JSONDecoder().decode(InputsFile.self, from: data)
        } catch let error as DecodingError {
            throw EpochFileError(decoding: error)
        } catch {
            throw EpochFileError(field: "", problem: "is not valid JSON")
        }
        var input = try file.epochInput()
        if mechanism.isYuma3, let bonds = try file.yuma3Bonds() { input.bonds = bonds }
        return input
    }
}

/// A problem with an epoch inputs file: which field, and what is wrong with it.
public struct EpochFileError: Error, Equatable, CustomStringConvertible {
    /// The field path, such as `weights_u16[3][7]`; empty for the whole document.
    public var field: String
    /// What is wrong, such as "is missing".
    public var problem: String

    /// A one-line explanation naming the field.
    public var description: String { field.isEmpty ? "input \(problem)" : "field \(field) \(problem)" }

    /// Creates an error for a field.
    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    init(decoding error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce(into: "") { text, key in
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(field: path(context.codingPath + [key]), problem: "is missing")
        case .typeMismatch(let type, let context):
            self.init(field: path(context.codingPath), problem: "must be \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(field: path(context.codingPath), problem: "must be \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            if field.isEmpty {
                self.init(field: "", problem: "is not valid JSON")
            } else {
                self.init(field: field, problem: "is out of range or malformed (\(context.debugDescription))")
            }
        @unknown default:
            self.init(field: "", problem: "could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is UInt16.Type: "an integer in 0...65535"
        case is UInt64.Type: "an integer in 0...18446744073709551615"
        case is Int16.Type: "an integer in -32768...32767"
        case is Bool.Type: "true or false"
        case is Array<Any>.Type: "an array"
        default: "a \(type)"
        }
    }
}

/// The JSON layout of an inputs file.
struct InputsFile: Decodable {
    struct Hyperparameters: Decodable {
        var kappa_u16: Int
        var bonds_moving_average: UInt64
        var bonds_penalty_u16: Int
        var alpha_low_u16: Int?
        var alpha_high_u16: Int?
        var alpha_sigmoid_steepness: Int?
        var activity_cutoff: UInt64
        var tempo: UInt64
        var current_block: UInt64
        var rao_emission: UInt64
        var stake_threshold: UInt64
        var max_allowed_validators: Int
    }

    var n: Int
    var hyperparameters: Hyperparameters
    var stake_rao: [UInt64]
    var last_update: [UInt64]
    var block_at_registration: [UInt64]
    var validator_permit: [Bool]
    var weights_u16: [[Int]]
    var bonds_classic_u16: [[Int]]?
    var bonds_yuma3_u16: [[Int]]?
    var bonds_u16: [[Int]]?
    var owner_uid: Int?

    func epochInput() throws(EpochFileError) -> EpochInput {
        guard (0...65_536).contains(n) else {
            throw EpochFileError(field: "n", problem: "must be in 0...65536")
        }
        for (field, count) in [
            ("stake_rao", stake_rao.count), ("last_update", last_update.count),
            ("block_at_registration", block_at_registration.count),
            ("validator_permit", validator_permit.count),
        ] where count != n {
            throw EpochFileError(field: field, problem: "has \(count) entries but n is \(n)")
        }
        if let owner_uid, !(0..<n).contains(owner_uid) {
            throw EpochFileError(
                field: "owner_uid", problem: "names uid \(owner_uid), but only uids 0..<\(n) exist")
        }
        var parameters = EpochHyperparameters()
        let h = hyperparameters
        parameters.kappa = try Self.u16(h.kappa_u16, field: "hyperparameters.kappa_u16")
        parameters.bondsMovingAverage = h.bonds_moving_average
        parameters.bondsPenalty = try Self.u16(
            h.bonds_penalty_u16, field: "hyperparameters.bonds_penalty_u16")
        if let low = h.alpha_low_u16 {
            parameters.alphaLow = try Self.u16(low, field: "hyperparameters.alpha_low_u16")
        }
        if let high = h.alpha_high_u16 {
            parameters.alphaHigh = try Self.u16(high, field: "hyperparameters.alpha_high_u16")
        }
        if let steepness = h.alpha_sigmoid_steepness {
            guard let value = Int16(exactly: steepness) else {
                throw EpochFileError(
                    field: "hyperparameters.alpha_sigmoid_steepness",
                    problem: "is \(steepness), out of range -32768...32767")
            }
            parameters.alphaSigmoidSteepness = value
        }
        parameters.activityCutoff = hyperparameters.activity_cutoff
        parameters.tempo = hyperparameters.tempo
        parameters.stakeThreshold = hyperparameters.stake_threshold
        parameters.maxAllowedValidators = try Self.u16(
            h.max_allowed_validators, field: "hyperparameters.max_allowed_validators")
        let weights = try Self.matrix(weights_u16, field: "weights_u16", n: n)
        let bonds = try Self.matrix(
            bonds_classic_u16 ?? bonds_u16 ?? Array(repeating: Array(repeating: 0, count: n), count: n),
            field: bonds_classic_u16 != nil ? "bonds_classic_u16" : "bonds_u16", n: n)
        return EpochInput(
            hyperparameters: parameters, currentBlock: hyperparameters.current_block,
            raoEmission: hyperparameters.rao_emission, stake: stake_rao, lastUpdate: last_update,
            blockAtRegistration: block_at_registration, validatorPermit: validator_permit, weights: weights,
            bonds: bonds, ownerUID: owner_uid)
    }

    /// The Yuma3 bonds of the file, when it has them.
    func yuma3Bonds() throws(EpochFileError) -> SparseMatrix? {
        guard let bonds_yuma3_u16 else { return nil }
        return try Self.matrix(bonds_yuma3_u16, field: "bonds_yuma3_u16", n: n)
    }

    static func matrix(_ rows: [[Int]], field: String, n: Int) throws(EpochFileError) -> SparseMatrix {
        guard rows.count == n else {
            throw EpochFileError(
                field: field, problem: "has \(rows.count) rows but n is \(n): every row is a uid")
        }
        var builder = SparseMatrixBuilder(size: n, reserving: 0)
        for (i, row) in rows.enumerated() {
            guard row.count == n else {
                throw EpochFileError(
                    field: "\(field)[\(i)]", problem: "has \(row.count) entries but n is \(n)")
            }
            for (j, value) in row.enumerated() where value != 0 {
                builder.append(
                    column: UInt16(truncatingIfNeeded: j),
                    value: try u16(value, field: "\(field)[\(i)][\(j)]"))
            }
            builder.endRow()
        }
        return builder.build()
    }

    /// A u16 field, or an error naming it.
    static func u16(_ value: Int, field: String) throws(EpochFileError) -> UInt16 {
        guard let result = UInt16(exactly: value) else {
            throw EpochFileError(field: field, problem: "is \(value), out of range 0...65535")
        }
        return result
    }
}
