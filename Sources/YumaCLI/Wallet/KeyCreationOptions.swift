import ArgumentParser
import Keys

/// How new keys are made: mnemonic length, whether the coldkey is encrypted, and overwriting.
struct KeyCreationOptions: ParsableArguments {
    @Option(
        name: [.customLong("n-words"), .customLong("n_words")],
        help: "Mnemonic words: 12, 15, 18, 21 or 24.")
    var wordCount = 12

    @Flag(
        name: [.customLong("use-password"), .customLong("use_password")],
        inversion: .prefixedNo,
        help: "Encrypt the coldkey with a password (from BT_PW_… or typed twice).")
    var usePassword = true

    @Flag(help: "Replace existing keys (make sure their mnemonics are backed up).")
    var overwrite = false

    /// The word count as the wallet API takes it.
    func words() throws(CLIError) -> Mnemonic.WordCount {
        guard let count = Mnemonic.WordCount(rawValue: wordCount) else {
            throw CLIError("--n-words must be 12, 15, 18, 21 or 24; got \(wordCount)")
        }
        return count
    }
}

/// The secret a key is restored from: `--mnemonic`, `--seed` or `--uri`.
struct KeySourceOptions: ParsableArguments {
    @Option(help: "The mnemonic words, quoted as one argument.")
    var mnemonic: String?

    @Option(help: "The 32-byte seed as 0x + 64 hex digits.")
    var seed: String?

    @Option(help: "A secret URI such as //Alice or '<mnemonic>//hard/soft'.")
    var uri: String?

    @Option(name: [.customLong("json"), .customShort("j")], help: .hidden)
    var jsonBackup: String?

    /// The one source given.
    func source() throws(CLIError) -> KeySource {
        if jsonBackup != nil {
            throw CLIError(
                "--json restores from a polkadot-js JSON backup, which Yuma does not read; pass --mnemonic, "
                    + "--seed or --uri instead (for JSON output pass --json-output)")
        }
        let given = [mnemonic, seed, uri].compactMap { $0 }
        guard given.count == 1, let text = given.first else {
            throw CLIError("pass exactly one of --mnemonic, --seed or --uri")
        }
        do {
            if let uri, text == uri { return .uri(uri) }
            return try KeySource(parsing: text)
        } catch {
            throw CLIError(error.description)
        }
    }
}
