/// A reader for the small YAML subset `~/.bittensor/config.yml` uses: `key: value` lines, nesting by
/// indentation, `#` comments and quoted scalars. Nested keys come back dotted (`wallet.name`).
enum MiniYAML {
    /// The scalar values of `text` by dotted key; lists, anchors and multi-line scalars are skipped.
    static func scalars(_ text: String) -> [String: String] {
        var values: [String: String] = [:]
        var stack: [(indent: Int, key: String)] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = stripComment(String(rawLine))
            let indent = line.prefix { $0 == " " }.count
            let content = line.stripping(" \t")
            guard !content.isEmpty, !content.hasPrefix("-"), content != "---",
                let colon = content.firstIndex(of: ":")
            else { continue }
            let key = unquote(String(content[..<colon]).stripping(" \t"))
            let value = String(content[content.index(after: colon)...]).stripping(" \t")
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            let path = (stack.map(\.key) + [key]).joined(separator: ".")
            if value.isEmpty {
                stack.append((indent, key))
            } else if !value.hasPrefix("|"), !value.hasPrefix(">"), !value.hasPrefix("&") {
                let scalar = unquote(value)
                if scalar != "~" && scalar != "null" { values[path] = scalar }
            }
        }
        return values
    }

    /// The line without a `#` comment that starts outside quotes.
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && (previous == " " || previous == "\t" || offset == 0) {
                return String(line.prefix(offset))
            }
            previous = character
        }
        return line
    }

    /// The scalar without surrounding single or double quotes.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'"
        else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func stripping(_ set: String) -> String {
        let characters = Set(set)
        guard let first = firstIndex(where: { !characters.contains($0) }),
            let last = lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
