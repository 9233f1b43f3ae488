import CSodium

/// One-time libsodium initialisation, done before the first curve operation.
enum Sodium {
    /// `true` once `sodium_init` has run (it returns 0 on the first call and 1 afterwards).
    private static let initialised: Bool = sodium_init() >= 0

    /// Makes sure libsodium is initialised; cheap after the first call.
    static func ensureInitialised() {
        precondition(initialised, "libsodium failed to initialise")
    }
}
