import Foundation

/// `--json-output`: one JSON object per command, keys in snake_case and sorted, amounts in rao.
enum JSONOutput {
    /// `value` as pretty-printed JSON with sorted snake_case keys.
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// What a command prints: a JSON value in `--json-output` mode, else human text (nothing in `--quiet`
/// mode except what `quietText` gives).
struct CommandOutput {
    /// The output flags.
    let options: OutputOptions

    /// Prints `json` or `text()`; `quiet` replaces the text under `--quiet`.
    func emit(_ json: some Encodable, quiet: String? = nil, text: () -> String) {
        if options.jsonOutput {
            print(JSONOutput.render(json))
        } else if options.quiet {
            if let quiet { print(quiet) }
        } else {
            print(text())
        }
    }

    /// A progress note on standard error (never in JSON or quiet mode).
    func note(_ text: String) {
        guard !options.jsonOutput, !options.quiet else { return }
        Terminal.writeError(text + "\n")
    }
}
