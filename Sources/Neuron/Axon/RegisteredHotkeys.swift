import Synchronization

/// A blacklist that refuses every hotkey outside a set the owner keeps up to date (a miner fills it
/// from the metagraph), with the reason `unregistered`.
public final class RegisteredHotkeys: Sendable {
    /// The allowed SS58 hotkeys.
    private let allowed: Mutex<Set<String>>

    /// A blacklist that lets only `hotkeys` through.
    public init(_ hotkeys: some Sequence<String> = []) {
        allowed = Mutex(Set(hotkeys))
    }

    /// Replaces the allowed set (after a metagraph sync).
    public func replace(with hotkeys: some Sequence<String>) {
        let fresh = Set(hotkeys)
        allowed.withLock { $0 = fresh }
    }

    /// Adds one hotkey.
    public func insert(_ hotkey: String) {
        _ = allowed.withLock { $0.insert(hotkey) }
    }

    /// Whether `hotkey` is allowed.
    public func contains(_ hotkey: String) -> Bool {
        allowed.withLock { $0.contains(hotkey) }
    }

    /// The verdict for a request.
    public func decide(_ context: SynapseContext) -> BlacklistDecision {
        contains(context.callerHotkey) ? .allow("registered") : .refuse("unregistered")
    }

    /// This blacklist as a hook for ``Axon/attach(_:blacklist:priority:verify:forward:)``.
    public var hook: BlacklistHook {
        { [self] context in decide(context) }
    }
}
