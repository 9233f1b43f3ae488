import Foundation

/// The envelope's JSON written and read directly: the common fields by hand, the synapse's own fields
/// through `Codable` on just their part of the object. Same JSON shape as the `Codable` conformance.
extension SynapseEnvelope {
    /// The JSON body: common fields first, then the synapse's fields.
    func wireJSON() throws -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{")
        writer.key("name")
        writer.string(name)
        writer.raw(",")
        writer.key("timeout")
        writer.number(timeout)
        writer.raw(",")
        writer.key("total_size")
        writer.integer(totalSize)
        writer.raw(",")
        writer.key("header_size")
        writer.integer(headerSize)
        writer.raw(",")
        writer.key("dendrite")
        Self.write(dendrite, to: &writer)
        writer.raw(",")
        writer.key("axon")
        Self.write(axon, to: &writer)
        writer.raw(",")
        writer.key("computed_body_hash")
        writer.string(computedBodyHash)
        let own = Payload.fieldless == nil ? try JSONEncoder().encode(payload) : Data()
        if own.count > 2, own.first == UInt8(ascii: "{"), own.last == UInt8(ascii: "}") {
            writer.raw(",")
            writer.bytes.append(contentsOf: own.dropFirst().dropLast())
        }
        writer.raw("}")
        return writer.bytes
    }

    /// A terminal as an object with every field, absent ones `null`.
    private static func write(_ terminal: TerminalInfo, to writer: inout JSONWriter) {
        writer.raw("{\"status_code\":")
        writer.integer(terminal.statusCode)
        writer.raw(",\"status_message\":")
        writer.string(terminal.statusMessage)
        writer.raw(",\"process_time\":")
        writer.number(terminal.processTime)
        writer.raw(",\"ip\":")
        writer.string(terminal.ip)
        writer.raw(",\"port\":")
        writer.integer(terminal.port)
        writer.raw(",\"version\":")
        writer.integer(terminal.version)
        writer.raw(",\"nonce\":")
        writer.integer(terminal.nonce)
        writer.raw(",\"uuid\":")
        writer.string(terminal.uuid)
        writer.raw(",\"hotkey\":")
        writer.string(terminal.hotkey)
        writer.raw(",\"signature\":")
        writer.string(terminal.signature)
        writer.raw("}")
    }

    /// Reads a body: common fields leniently (numbers may be text), every other key handed to the
    /// synapse's decoder.
    static func fromWire(_ bytes: [UInt8]) throws -> Self {
        var scanner = JSONScanner(bytes)
        var name: String?
        var timeout = defaultTimeout
        var totalSize = 0
        var headerSize = 0
        var dendrite = TerminalInfo()
        var axon = TerminalInfo()
        var bodyHash = ""
        var own: [UInt8] = [UInt8(ascii: "{")]
        try scanner.expect(UInt8(ascii: "{"))
        if try scanner.peek() == UInt8(ascii: "}") {
            scanner.index += 1
        } else {
            while true {
                let keyStart = scanner.index
                let key = try scanner.stringBytes()
                try scanner.expect(UInt8(ascii: ":"))
                if let field = CodingKeys(utf8: key) {
                    let label = field.rawValue
                    switch field {
                    case .name: name = try text(&scanner, field: label)
                    case .timeout: timeout = try double(&scanner, field: label) ?? defaultTimeout
                    case .totalSize: totalSize = try integer(&scanner, field: label) ?? 0
                    case .headerSize: headerSize = try integer(&scanner, field: label) ?? 0
                    case .dendrite: dendrite = try terminal(&scanner, field: label)
                    case .axon: axon = try terminal(&scanner, field: label)
                    case .computedBodyHash: bodyHash = try text(&scanner, field: label) ?? ""
                    }
                } else {
                    try scanner.skipValue()
                    if own.count > 1 { own.append(UInt8(ascii: ",")) }
                    own.append(contentsOf: bytes[keyStart..<scanner.index])
                }
                let next = try scanner.peek()
                scanner.index += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { throw WireDecodingError.invalidJSON }
            }
        }
        guard scanner.atEnd() else { throw WireDecodingError.invalidJSON }
        own.append(UInt8(ascii: "}"))
        let payload = try Payload.fieldless ?? JSONDecoder().decode(Payload.self, from: Data(own))
        var result = Self(payload, timeout: timeout, dendrite: dendrite, axon: axon)
        result.name = name
        result.totalSize = totalSize
        result.headerSize = headerSize
        result.computedBodyHash = bodyHash
        return result
    }

    /// A terminal object or `null`.
    private static func terminal(_ scanner: inout JSONScanner, field: String) throws(WireDecodingError) -> TerminalInfo {
        var terminal = TerminalInfo()
        switch try scanner.peek() {
        case UInt8(ascii: "n"):
            try scanner.skipValue()
            return terminal
        case UInt8(ascii: "{"): scanner.index += 1
        default: throw WireDecodingError(description: "field '\(field)': expected TerminalInfo")
        }
        if try scanner.peek() == UInt8(ascii: "}") {
            scanner.index += 1
            return terminal
        }
        while true {
            let key = try scanner.stringBytes()
            try scanner.expect(UInt8(ascii: ":"))
            let path = { field + "." + String(decoding: key, as: UTF8.self) }  // built only for an error message
            switch TerminalInfo.CodingKeys(utf8: key) {
            case .statusCode: terminal.statusCode = try integer(&scanner, field: path())
            case .statusMessage: terminal.statusMessage = try text(&scanner, field: path())
            case .processTime: terminal.processTime = try double(&scanner, field: path())
            case .ip: terminal.ip = try text(&scanner, field: path())
            case .port: terminal.port = try integer(&scanner, field: path())
            case .version: terminal.version = try integer(&scanner, field: path())
            case .nonce: terminal.nonce = try integer(&scanner, field: path())
            case .uuid: terminal.uuid = try text(&scanner, field: path())
            case .hotkey: terminal.hotkey = try text(&scanner, field: path())
            case .signature: terminal.signature = try text(&scanner, field: path())
            case nil: try scanner.skipValue()
            }
            let next = try scanner.peek()
            scanner.index += 1
            if next == UInt8(ascii: "}") { return terminal }
            guard next == UInt8(ascii: ",") else { throw .invalidJSON }
        }
    }

    /// A string or `null`.
    private static func text(_ scanner: inout JSONScanner, field: @autoclosure () -> String) throws(WireDecodingError) -> String? {
        switch try scanner.scalar() {
        case .null: return nil
        case .string(let value): return value
        default: throw WireDecodingError(description: "field '\(field())': expected String")
        }
    }

    /// An integer as a number or decimal text, or `null`.
    private static func integer(_ scanner: inout JSONScanner, field: @autoclosure () -> String) throws(WireDecodingError) -> Int? {
        switch try scanner.scalar() {
        case .null: return nil
        case .string(let value), .number(let value):
            guard let number = Int(value) ?? Double(value).flatMap({ Int(exactly: $0) }) else {
                throw WireDecodingError(description: "field '\(field())': '\(value.prefix(64))' is not an integer")
            }
            return number
        case .other: throw WireDecodingError(description: "field '\(field())': expected Int")
        }
    }

    /// A float as a number or decimal text, or `null`.
    private static func double(_ scanner: inout JSONScanner, field: @autoclosure () -> String) throws(WireDecodingError) -> Double? {
        switch try scanner.scalar() {
        case .null: return nil
        case .string(let value), .number(let value):
            guard let number = Double(value) else {
                throw WireDecodingError(description: "field '\(field())': '\(value.prefix(64))' is not a number")
            }
            return number
        case .other: throw WireDecodingError(description: "field '\(field())': expected Double")
        }
    }
}
