import ArgumentParser
import Keys

/// `--crypto-type`: the signature scheme of a new or restored key, written as Bittensor's keyfile
/// `cryptoType` (sr25519 is the default and is left out of the file; ed25519 is written as 0).
struct CryptoTypeOption: ParsableArguments {
    @Option(
        name: [.customLong("crypto-type"), .customLong("crypto_type")],
        help: "Key type: sr25519 or ed25519.")
    var cryptoType = "sr25519"

    /// The scheme named by `--crypto-type`: `sr25519`/`ed25519` in any case, or btwallet's numbers 1/0.
    func scheme() throws(CLIError) -> SignatureScheme {
        switch cryptoType.stripping(" \t").lowercased() {
        case "sr25519", "1": return .sr25519
        case "ed25519", "0": return .ed25519
        default:
            throw CLIError("--crypto-type must be sr25519 or ed25519; got '\(cryptoType)'")
        }
    }
}
