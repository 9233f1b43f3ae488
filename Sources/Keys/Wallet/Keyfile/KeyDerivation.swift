/// Argon2i cost parameters for deriving a `$NACL` keyfile key from a password.
///
/// `$NACL` files do not record their parameters, so only ``bittensor`` makes files Bittensor can read;
/// the cheap setting exists for unit tests.
struct KeyDerivation: Sendable, Hashable {
    /// Argon2i passes over memory (libsodium `opslimit`).
    let operations: UInt64
    /// Argon2i memory in bytes (libsodium `memlimit`).
    let memory: Int

    /// Bittensor's `OPSLIMIT_SENSITIVE` (8) and `MEMLIMIT_SENSITIVE` (512 MiB): about 5 s per password.
    static let bittensor = KeyDerivation(operations: 8, memory: 536_870_912)

    /// The cheapest parameters libsodium accepts for Argon2i; files made with them are readable only
    /// with the same setting, so they are for tests alone.
    static let testing = KeyDerivation(operations: 3, memory: 8192)
}
