import ArgumentParser

/// `yuma delegates` (`root`, btcli's group for delegation): delegates, nominations and takes.
struct DelegatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegates",
        abstract: "List delegates, stake on them, and open a hotkey as a delegate.",
        subcommands: [
            DelegatesListCommand.self, DelegateCommand.self, UndelegateCommand.self, MyDelegatesCommand.self,
            NominateCommand.self, SetTakeCommand.self,
        ],
        aliases: ["root", "dg"]
    )
}
