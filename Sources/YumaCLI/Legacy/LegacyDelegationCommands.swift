import ArgumentParser

/// The 2022 flat delegation verbs, hidden from help and run by `yuma delegates …`.
enum LegacyDelegationCommands {
    /// Every hidden delegation verb.
    static let all: [any ParsableCommand.Type] = [
        LegacyDelegate.self, LegacyUndelegate.self, LegacyListDelegates.self, LegacyMyDelegates.self,
        LegacyNominate.self,
    ]
}

/// `yuma delegate`: the 2022 spelling of `yuma delegates delegate`.
struct LegacyDelegate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegate", abstract: "Same as `yuma delegates delegate`.", shouldDisplay: false)
    @OptionGroup var command: DelegateCommand
    func run() async throws { try await command.run() }
}

/// `yuma undelegate`: the 2022 spelling of `yuma delegates undelegate`.
struct LegacyUndelegate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undelegate", abstract: "Same as `yuma delegates undelegate`.", shouldDisplay: false)
    @OptionGroup var command: UndelegateCommand
    func run() async throws { try await command.run() }
}

/// `yuma list_delegates`: the 2022 spelling of `yuma delegates list`.
struct LegacyListDelegates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list_delegates", abstract: "Same as `yuma delegates list`.", shouldDisplay: false,
        aliases: ["list-delegates"])
    @OptionGroup var command: DelegatesListCommand
    func run() async throws { try await command.run() }
}

/// `yuma my_delegates`: the 2022 spelling of `yuma delegates my-delegates`.
struct LegacyMyDelegates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "my_delegates", abstract: "Same as `yuma delegates my-delegates`.", shouldDisplay: false,
        aliases: ["my-delegates"])
    @OptionGroup var command: MyDelegatesCommand
    func run() async throws { try await command.run() }
}

/// `yuma nominate`: the 2022 spelling of `yuma delegates nominate`.
struct LegacyNominate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominate", abstract: "Same as `yuma delegates nominate`.", shouldDisplay: false)
    @OptionGroup var command: NominateCommand
    func run() async throws { try await command.run() }
}
