import Foundation
import Keys

/// Loads wallet keys with errors that say which wallet is missing and how to create it; the coldkey's
/// password is asked for only here, when the coldkey must sign.
extension Wallet {
    /// The coldkey's public account, or an error naming the command that creates it.
    func coldkeyAccount() throws(CLIError) -> PublicAccount {
        do {
            return try loadColdkeypub()
        } catch {
            throw explain(error)
        }
    }

    /// The selected hotkey's public account.
    func hotkeyAccount() throws(CLIError) -> PublicAccount {
        do {
            return try loadHotkeypub()
        } catch {
            throw explain(error)
        }
    }

    /// The coldkey key pair, decrypted with a password from `BT_PW_…` or the terminal.
    func coldkeyPair(_ options: OutputOptions) throws(CLIError) -> KeyPair {
        do {
            return try loadColdkey(passwords: Passwords.source(options))
        } catch {
            throw explain(error)
        }
    }

    /// The selected hotkey key pair.
    func hotkeyPair(_ options: OutputOptions) throws(CLIError) -> KeyPair {
        do {
            return try loadHotkey(passwords: Passwords.source(options))
        } catch {
            throw explain(error)
        }
    }

    /// A wallet error as a sentence that says what to run next.
    func explain(_ error: WalletError) -> CLIError {
        guard case .keyfileNotFound(let path, let key) = error else { return CLIError(error.description) }
        if !FileManager.default.fileExists(atPath: directory) {
            return CLIError(
                "no wallet named \(name) at \(root); create one with `yuma wallet create --wallet-name \(name)`"
                    + " or pass --wallet-path")
        }
        if path == hotkeyPath || path == hotkeypubPath {
            return CLIError(
                "wallet \(name) has no hotkey named \(hotkey) at \(hotkeysDirectory); create it with "
                    + "`yuma wallet new-hotkey --wallet-name \(name) --hotkey \(hotkey)`")
        }
        return CLIError(
            "wallet \(name) has no \(key) at \(path); create it with `yuma wallet new-coldkey --wallet-name \(name)`"
                + " or restore it with `yuma wallet regen-coldkey`")
    }
}
