/// Where a submitted extrinsic is, as `author_submitAndWatchExtrinsic` reports it (Substrate's
/// spelling: `"ready"`, `"future"`, `{"inBlock": hash}`, `{"finalized": hash}`, `"dropped"`,
/// `{"invalid": reason}`).
public enum ExtrinsicStatus: Sendable, Equatable, Codable {
    /// In the pool, can enter the next block.
    case ready
    /// In the pool, waiting for lower nonces.
    case future
    /// Included in the block with this hash.
    case inBlock(String)
    /// The block with this hash is final (a single node finalizes each block as it seals it).
    case finalized(String)
    /// Evicted from the pool.
    case dropped
    /// No longer valid (for example its nonce was used by another extrinsic).
    case invalid(String)

    private enum Keys: String, CodingKey { case inBlock, finalized, invalid }

    /// Decodes either spelling.
    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            switch word {
            case "ready": self = .ready
            case "future": self = .future
            case "dropped": self = .dropped
            default:
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "unknown status \(word)"))
            }
            return
        }
        let container = try decoder.container(keyedBy: Keys.self)
        if let hash = try container.decodeIfPresent(String.self, forKey: .inBlock) {
            self = .inBlock(hash)
        } else if let hash = try container.decodeIfPresent(String.self, forKey: .finalized) {
            self = .finalized(hash)
        } else {
            self = .invalid(try container.decode(String.self, forKey: .invalid))
        }
    }

    /// Encodes Substrate's spelling.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .ready, .future, .dropped:
            var container = encoder.singleValueContainer()
            try container.encode(self == .ready ? "ready" : self == .future ? "future" : "dropped")
        case .inBlock(let hash):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(hash, forKey: .inBlock)
        case .finalized(let hash):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(hash, forKey: .finalized)
        case .invalid(let reason):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(reason, forKey: .invalid)
        }
    }

    /// Whether no further status follows.
    public var isFinal: Bool {
        switch self {
        case .finalized, .dropped, .invalid: true
        default: false
        }
    }
}
