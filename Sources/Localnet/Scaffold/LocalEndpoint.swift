import Foundation

/// Endpoints on this machine: what `scaffold` accepts.
public enum LocalEndpoint {
    /// The hosts that mean this machine.
    static let localHosts: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

    /// Whether `endpoint` (`local`, a `ws://`/`http://` URL or `host:port`) points at this machine.
    public static func isLocal(_ endpoint: String) -> Bool {
        if endpoint == "local" { return true }
        guard let host = URL(string: httpURL(endpoint))?.host else { return false }
        return localHosts.contains(host)
    }

    /// The `http://` URL of `endpoint`.
    public static func httpURL(_ endpoint: String) -> String {
        if endpoint == "local" { return "http://127.0.0.1:9944" }
        if endpoint.hasPrefix("ws://") { return "http://" + endpoint.dropFirst(5) }
        if endpoint.hasPrefix("wss://") { return "https://" + endpoint.dropFirst(6) }
        if endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") { return endpoint }
        return "http://" + endpoint
    }
}
