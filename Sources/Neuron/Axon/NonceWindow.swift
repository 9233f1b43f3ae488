/// The axon's replay guard, deterministic and clock-free (the caller passes `now`).
///
/// Python's axon keeps one nonce per `hotkey:uuid` endpoint and demands each new one be strictly
/// greater, so concurrent requests from one dendrite that arrive out of order are refused. Yuma instead
/// accepts any nonce that is inside the freshness window (not older than 4 s + the request timeout,
/// capped at ``maxTimeout``) and has not been seen before on that endpoint. Seen nonces are remembered
/// until they fall out of the widest window; past ``capacity`` per endpoint the oldest are forgotten
/// and everything at or below them is refused, so memory stays bounded without ever accepting a replay.
/// Dendrites older than 7.2 (monotonic nonces) keep Python's strictly-increasing rule.
public struct NonceWindow: Sendable {
    /// Python's fixed allowance before the timeout is added: 4 s.
    public static let allowedDeltaNanoseconds = 4_000_000_000
    /// The largest request timeout that widens the window; longer timeouts count as this much.
    public let maxTimeout: Double
    /// The most nonces remembered per endpoint.
    public let capacity: Int

    /// What is remembered about one `hotkey:uuid` endpoint.
    struct Endpoint: Sendable {
        /// Seen nonces, ascending.
        var seen: [Int] = []
        /// Nonces at or below this were forgotten and are refused.
        var floor: Int = .min
        /// Whether the endpoint uses pre-7.2 monotonic nonces, which never expire by wall clock.
        var legacy = false
    }
    /// Remembered endpoints by `hotkey:uuid`.
    private(set) var endpoints: [String: Endpoint] = [:]
    /// Commits since the last sweep of idle endpoints.
    private var commitsSinceSweep = 0

    /// A window that widens by at most `maxTimeout` seconds and remembers `capacity` nonces per endpoint.
    public init(maxTimeout: Double = 60, capacity: Int = 4096) {
        self.maxTimeout = maxTimeout
        self.capacity = max(1, capacity)
    }

    /// Why a nonce was refused; `description` is Python's error text.
    public enum Rejection: Error, Sendable, Equatable, CustomStringConvertible {
        /// No nonce header.
        case missing
        /// Older than the freshness window.
        case tooOld(allowedSeconds: Double, ageSeconds: Double)
        /// Seen before, or below what this endpoint still remembers.
        case replayed

        /// Python's messages.
        public var description: String {
            switch self {
            case .missing: "Missing Nonce"
            case .tooOld(let allowed, let age):
                "Nonce is too old: acceptable delta is \(Self.twoDecimals(allowed)) seconds but request was "
                    + "\(Self.twoDecimals(age)) seconds old"
            case .replayed: "Nonce is too old, a newer one was last processed"
            }
        }

        /// Python's `f"{x:.2f}"`.
        static func twoDecimals(_ value: Double) -> String {
            let hundredths = (value * 100).rounded()
            let sign = hundredths < 0 ? "-" : ""
            let magnitude = Int(hundredths.magnitude)
            let fraction = magnitude % 100
            return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }

    /// Why `nonce` would be refused, or `nil` if it is acceptable; remembers nothing (call before the
    /// signature check).
    public func check(
        endpoint: String, nonce: Int?, version: Int?, timeout: Double, now: Int
    ) -> Rejection? {
        guard let nonce else { return .missing }
        let known = endpoints[endpoint]
        guard let version, version >= ProtocolVersion.wallClockNonces else {
            if let last = known?.seen.last, nonce <= last { return .replayed }
            return nil
        }
        let windowNanoseconds = Self.allowedDeltaNanoseconds + Self.nanoseconds(min(max(timeout, 0), maxTimeout))
        if nonce <= now &- windowNanoseconds {
            let age = Double(now &- nonce) / 1e9
            return .tooOld(allowedSeconds: Double(windowNanoseconds) / 1e9, ageSeconds: age)
        }
        if let known, nonce <= known.floor || Self.contains(known.seen, nonce) { return .replayed }
        return nil
    }

    /// Checks again and remembers the nonce if acceptable (call after the signature verified); a concurrent
    /// duplicate that slipped past ``check(endpoint:nonce:version:timeout:now:)`` is refused here.
    public mutating func commit(
        endpoint: String, nonce: Int?, version: Int?, timeout: Double, now: Int
    ) -> Rejection? {
        let verdict = check(endpoint: endpoint, nonce: nonce, version: version, timeout: timeout, now: now)
        guard verdict == nil, let nonce else { return verdict }
        let oldestUseful = now &- Self.allowedDeltaNanoseconds &- Self.nanoseconds(maxTimeout)
        // Updated in place: a copy of the entry would copy its nonces on every insert.
        let legacy = (version ?? 0) < ProtocolVersion.wallClockNonces
        Self.remember(
            nonce, legacy: legacy, in: &endpoints[endpoint, default: Endpoint()], capacity: capacity,
            oldestUseful: oldestUseful)
        commitsSinceSweep += 1
        if commitsSinceSweep >= 1024 { sweep(before: oldestUseful) }
        return nil
    }

    /// Inserts `nonce` into an endpoint's sorted list and forgets what is past the capacity or too old.
    private static func remember(_ nonce: Int, legacy: Bool, in entry: inout Endpoint, capacity: Int, oldestUseful: Int) {
        entry.legacy = legacy
        entry.seen.insert(nonce, at: insertionIndex(entry.seen, nonce))
        var drop = entry.seen.count > capacity ? entry.seen.count - capacity : 0
        while drop < entry.seen.count - 1, entry.seen[drop] <= oldestUseful { drop += 1 }
        if drop > 0 {
            entry.floor = max(entry.floor, entry.seen[drop - 1])
            entry.seen.removeFirst(drop)
        }
    }

    /// Forgets endpoints whose newest nonce is outside every window (they would refuse it as stale
    /// anyway); legacy endpoints are kept, as Python keeps them.
    private mutating func sweep(before cutoff: Int) {
        commitsSinceSweep = 0
        endpoints = endpoints.filter { $0.value.legacy || ($0.value.seen.last ?? .min) > cutoff }
    }

    /// Seconds as whole nanoseconds.
    static func nanoseconds(_ seconds: Double) -> Int { Int((seconds * 1e9).rounded()) }

    /// Whether sorted `values` holds `value`.
    private static func contains(_ values: [Int], _ value: Int) -> Bool {
        let index = insertionIndex(values, value)
        return index < values.count && values[index] == value
    }

    /// The first index whose element is not less than `value` (nonces mostly arrive near the end).
    private static func insertionIndex(_ values: [Int], _ value: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
