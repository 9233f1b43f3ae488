import ArgumentParser

/// `yuma wallet` (`w`): keys on disk, balances and transfers.
struct WalletCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wallet",
        abstract: "Create, restore and inspect wallets; balances, overview and transfers.",
        subcommands: [
            WalletCreateCommand.self, NewColdkeyCommand.self, NewHotkeyCommand.self, RegenColdkeyCommand.self,
            RegenColdkeypubCommand.self, RegenHotkeyCommand.self, WalletListCommand.self,
            WalletBalanceCommand.self,
            WalletOverviewCommand.self, WalletTransferCommand.self, WalletInspectCommand.self,
            WalletSignCommand.self, WalletVerifyCommand.self,
        ],
        aliases: ["w", "wallets"]
    )
}
