/// A node the CLI talks to: its name for titles and the HTTP URL its JSON-RPC answers on.
struct NetworkEndpoint: Sendable, Equatable {
    /// `local`, or the URL as given.
    let name: String
    /// The JSON-RPC URL over HTTP (a node serves HTTP and WebSocket on one port).
    let httpURL: String

    /// The local node's address.
    static let localURL = "http://127.0.0.1:9944"

    /// `local`, or a `ws://`, `wss://`, `http://` or `https://` URL.
    init(parsing text: String) throws(CLIError) {
        let trimmed = text.stripping(" \t")
        let lower = trimmed.lowercased()
        switch lower {
        case "local", "localhost", "dev":
            name = "local"
            httpURL = Self.localURL
            return
        default: break
        }
        let schemes = [
            "ws://": "http://", "wss://": "https://", "http://": "http://", "https://": "https://",
        ]
        for (scheme, replacement) in schemes where lower.hasPrefix(scheme) {
            let rest = trimmed.dropFirst(scheme.count)
            guard !rest.isEmpty else { break }
            name = trimmed
            httpURL = replacement + rest
            return
        }
        throw CLIError(
            "unknown network '\(text)'; pass --network local (127.0.0.1:9944) or the node's ws:// or http:// URL"
        )
    }
}
