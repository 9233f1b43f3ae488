/// What an axon reads from a request's headers before it looks at the body (Python's
/// `Synapse.from_headers`): the terminals, the timeout and the body hash the signature covers.
public struct ParsedHeaders: Sendable, Equatable {
    /// The `name` header, if sent.
    public var name: String?
    /// The `timeout` header, or Python's default 12 s.
    public var timeout: Double
    /// The caller's terminal fields.
    public var dendrite: TerminalInfo
    /// The axon fields the caller addressed (its idea of our hotkey, ip and port).
    public var axon: TerminalInfo
    /// The `computed_body_hash` header, or `""`.
    public var computedBodyHash: String

    /// Reads `headers` (name–value pairs, names compared case-insensitively); a malformed number
    /// throws an error that names the header.
    public init(_ headers: some Sequence<(name: String, value: String)>) throws(HeaderParseError) {
        name = nil
        timeout = 12.0
        dendrite = TerminalInfo()
        axon = TerminalInfo()
        computedBodyHash = ""
        for (rawName, value) in headers {
            // Senders write these names in lower case already; only others need a lowered copy.
            let name = rawName.utf8.contains { $0 &- 65 < 26 } ? rawName.lowercased() : rawName
            let utf8 = name.utf8
            if utf8.starts(with: Self.dendritePrefix) {
                try Self.assign(value, to: utf8.dropFirst(Self.dendritePrefix.count), of: &dendrite, header: name)
            } else if utf8.starts(with: Self.axonPrefix) {
                try Self.assign(value, to: utf8.dropFirst(Self.axonPrefix.count), of: &axon, header: name)
            } else {
                switch name {
                case "name": self.name = value
                case "timeout":
                    guard let seconds = Double(value), seconds.isFinite else {
                        throw HeaderParseError(header: name, value: value, expected: "a number of seconds")
                    }
                    timeout = seconds
                case SynapseHeaders.computedBodyHash: computedBodyHash = value
                default: continue
                }
            }
        }
    }

    /// The terminal prefixes as UTF-8.
    private static let dendritePrefix = Array(SynapseHeaders.dendritePrefix.utf8)
    private static let axonPrefix = Array(SynapseHeaders.axonPrefix.utf8)

    /// Sets one terminal field from its header text.
    private static func assign(
        _ value: String, to field: Substring.UTF8View, of terminal: inout TerminalInfo, header: String
    ) throws(HeaderParseError) {
        func integer() throws(HeaderParseError) -> Int {
            guard let number = Int(value) else {
                throw HeaderParseError(header: header, value: value, expected: "an integer")
            }
            return number
        }
        switch TerminalInfo.CodingKeys(utf8: field) {
        case .statusCode: terminal.statusCode = try integer()
        case .statusMessage: terminal.statusMessage = value
        case .processTime:
            guard let seconds = Double(value) else {
                throw HeaderParseError(header: header, value: value, expected: "a number")
            }
            terminal.processTime = seconds
        case .ip: terminal.ip = value
        case .port: terminal.port = try integer()
        case .version: terminal.version = try integer()
        case .nonce: terminal.nonce = try integer()
        case .uuid: terminal.uuid = value
        case .hotkey: terminal.hotkey = value
        case .signature: terminal.signature = value
        case nil: return
        }
    }
}

/// A header whose value has the wrong form.
public struct HeaderParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The header name.
    public let header: String
    /// The value received (truncated to 64 characters).
    public let value: String
    /// What the value should have been.
    public let expected: String

    /// Records a malformed header.
    public init(header: String, value: String, expected: String) {
        self.header = header
        self.value = String(value.prefix(64))
        self.expected = expected
    }

    /// `header 'x' is 'v', expected an integer`.
    public var description: String { "header '\(header)' is '\(value)', expected \(expected)" }
}
