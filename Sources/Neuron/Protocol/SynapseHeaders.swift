import Foundation

/// The header names of Bittensor's protocol (all lower-case; values are Python `str()` text).
public enum SynapseHeaders {
    /// Prefix of the axon's terminal fields.
    public static let axonPrefix = "bt_header_axon_"
    /// Prefix of the dendrite's terminal fields.
    public static let dendritePrefix = "bt_header_dendrite_"
    /// Prefix of the empty-value headers for fields without a default.
    public static let inputObjectPrefix = "bt_header_input_obj_"
    /// The body hash the signature covers.
    public static let computedBodyHash = "computed_body_hash"

    /// The headers of `envelope` as Python's `Synapse.to_headers()` writes them: `name`, `timeout`,
    /// the terminals' non-nil fields, the input-object headers, the sizes and the body hash.
    public static func build<S: Synapse>(
        _ envelope: SynapseEnvelope<S>, bodyHash: String, includeInputObjects: Bool = true
    ) -> [(String, String)] {
        var headers: [(String, String)] = []
        headers.reserveCapacity(S.inputObjectFields.count + 26)
        headers.append(("name", envelope.name ?? S.name))
        headers.append(("timeout", envelope.timeout.pythonStr))
        appendTerminalHeaders(envelope.axon, names: axonNames, to: &headers)
        appendTerminalHeaders(envelope.dendrite, names: dendriteNames, to: &headers)
        if includeInputObjects {
            for field in S.inputObjectFields {
                let encoded = Data(field.emptyJSON.utf8).base64EncodedString()
                headers.append((inputObjectPrefix + field.name, encoded))
            }
        }
        let size = headers.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count }
        headers.append(("header_size", String(size)))
        headers.append(("total_size", String(envelope.totalSize)))
        headers.append((computedBodyHash, bodyHash))
        return headers
    }

    /// `prefix + field` = `str(value)` for every non-nil field of `terminal`.
    public static func terminalHeaders(_ terminal: TerminalInfo, prefix: String) -> [(String, String)] {
        var headers: [(String, String)] = []
        headers.reserveCapacity(10)
        let names = prefix == axonPrefix ? axonNames : prefix == dendritePrefix ? dendriteNames : HeaderNames(prefix)
        appendTerminalHeaders(terminal, names: names, to: &headers)
        return headers
    }

    /// The header names of a terminal's fields under one prefix, built once.
    private struct HeaderNames: Sendable {
        let names: [TerminalInfo.CodingKeys: String]

        init(_ prefix: String) {
            names = Dictionary(uniqueKeysWithValues: TerminalInfo.CodingKeys.allCases.map { ($0, prefix + $0.rawValue) })
        }

        subscript(key: TerminalInfo.CodingKeys) -> String { names[key] ?? key.rawValue }
    }

    private static let axonNames = HeaderNames(axonPrefix)
    private static let dendriteNames = HeaderNames(dendritePrefix)

    /// Appends the header of every non-nil field of `terminal`.
    private static func appendTerminalHeaders(_ terminal: TerminalInfo, names: HeaderNames, to headers: inout [(String, String)]) {
        func add(_ key: TerminalInfo.CodingKeys, _ value: (some PythonStringConvertible)?) {
            if let value { headers.append((names[key], value.pythonStr)) }
        }
        add(.statusCode, terminal.statusCode)
        add(.statusMessage, terminal.statusMessage)
        add(.processTime, terminal.processTime)
        add(.ip, terminal.ip)
        add(.port, terminal.port)
        add(.version, terminal.version)
        add(.nonce, terminal.nonce)
        add(.uuid, terminal.uuid)
        add(.hotkey, terminal.hotkey)
        add(.signature, terminal.signature)
    }
}
