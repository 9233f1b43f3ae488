/// The well-known development accounts: sr25519 public keys of `//Alice`, `//Bob`, … (the Substrate
/// dev seed with a hard derivation), the same on every Substrate chain.
public enum DevAccounts {
    /// `//Alice`, 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY.
    public static let alice = account("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
    /// `//Bob`, 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty.
    public static let bob = account("8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48")
    /// `//Charlie`, 5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y.
    public static let charlie = account("90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22")
    /// `//Dave`, 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy.
    public static let dave = account("306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20")
    /// `//Eve`, 5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw.
    public static let eve = account("e659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e")
    /// `//Ferdie`, 5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL.
    public static let ferdie = account("1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c")

    /// All six, Alice first.
    public static let all: [(name: String, account: AccountID)] = [
        ("Alice", alice), ("Bob", bob), ("Charlie", charlie), ("Dave", dave), ("Eve", eve),
        ("Ferdie", ferdie),
    ]

    private static func account(_ hex: String) -> AccountID {
        (try? AccountID(hex: hex)) ?? AccountID(testSeed: 0)
    }
}
