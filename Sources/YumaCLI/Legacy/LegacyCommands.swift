import ArgumentParser

/// The 2022 flat verbs (`yuma overview`, `yuma register`, `yuma unstake`, …), hidden from help and run
/// by the grouped commands they became. `yuma stake` is the stake group; `yuma stake add` is the old verb.
enum LegacyCommands {
    /// Every hidden verb.
    static let all: [any ParsableCommand.Type] = [
        LegacyOverview.self, LegacyList.self, LegacyTransfer.self, LegacyInspect.self, LegacyBalance.self,
        LegacyNewColdkey.self, LegacyNewHotkey.self, LegacyRegenColdkey.self, LegacyRegenColdkeypub.self,
        LegacyRegenHotkey.self, LegacyRegister.self, LegacyMetagraph.self, LegacyUnstake.self,
        LegacyPowRegister.self,
    ] + LegacyDelegationCommands.all
}

/// `yuma overview`: the 2022 spelling of `yuma wallet overview`.
struct LegacyOverview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview", abstract: "Same as `yuma wallet overview`.", shouldDisplay: false)
    @OptionGroup var command: WalletOverviewCommand
    func run() async throws { try await command.run() }
}

/// `yuma list`: the 2022 spelling of `yuma wallet list`.
struct LegacyList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Same as `yuma wallet list`.", shouldDisplay: false)
    @OptionGroup var command: WalletListCommand
    func run() async throws { try await command.run() }
}

/// `yuma transfer`: the 2022 spelling of `yuma wallet transfer`.
struct LegacyTransfer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Same as `yuma wallet transfer`.", shouldDisplay: false)
    @OptionGroup var command: WalletTransferCommand
    func run() async throws { try await command.run() }
}

/// `yuma inspect`: the 2022 spelling of `yuma wallet inspect`.
struct LegacyInspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Same as `yuma wallet inspect`.", shouldDisplay: false)
    @OptionGroup var command: WalletInspectCommand
    func run() async throws { try await command.run() }
}

/// `yuma balance`: the 2022 spelling of `yuma wallet balance`.
struct LegacyBalance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Same as `yuma wallet balance`.", shouldDisplay: false)
    @OptionGroup var command: WalletBalanceCommand
    func run() async throws { try await command.run() }
}

/// `yuma new_coldkey`: the 2022 spelling of `yuma wallet new-coldkey`.
struct LegacyNewColdkey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new_coldkey", abstract: "Same as `yuma wallet new-coldkey`.", shouldDisplay: false,
        aliases: ["new-coldkey"])
    @OptionGroup var command: NewColdkeyCommand
    func run() async throws { try await command.run() }
}

/// `yuma new_hotkey`: the 2022 spelling of `yuma wallet new-hotkey`.
struct LegacyNewHotkey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new_hotkey", abstract: "Same as `yuma wallet new-hotkey`.", shouldDisplay: false,
        aliases: ["new-hotkey"])
    @OptionGroup var command: NewHotkeyCommand
    func run() async throws { try await command.run() }
}

/// `yuma regen_coldkey`: the 2022 spelling of `yuma wallet regen-coldkey`.
struct LegacyRegenColdkey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_coldkey", abstract: "Same as `yuma wallet regen-coldkey`.", shouldDisplay: false,
        aliases: ["regen-coldkey"])
    @OptionGroup var command: RegenColdkeyCommand
    func run() async throws { try await command.run() }
}

/// `yuma regen_coldkeypub`: the 2022 spelling of `yuma wallet regen-coldkeypub`.
struct LegacyRegenColdkeypub: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_coldkeypub", abstract: "Same as `yuma wallet regen-coldkeypub`.",
        shouldDisplay: false, aliases: ["regen-coldkeypub"])
    @OptionGroup var command: RegenColdkeypubCommand
    func run() async throws { try await command.run() }
}

/// `yuma regen_hotkey`: the 2022 spelling of `yuma wallet regen-hotkey`.
struct LegacyRegenHotkey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen_hotkey", abstract: "Same as `yuma wallet regen-hotkey`.", shouldDisplay: false,
        aliases: ["regen-hotkey"])
    @OptionGroup var command: RegenHotkeyCommand
    func run() async throws { try await command.run() }
}

/// `yuma register`: the 2022 spelling of `yuma subnets register`.
struct LegacyRegister: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Same as `yuma subnets register`.", shouldDisplay: false,
        aliases: ["burned_register", "recycle_register"])
    @OptionGroup var command: SubnetsRegisterCommand
    func run() async throws { try await command.run() }
}

/// `yuma metagraph`: the 2022 spelling of `yuma subnets metagraph`.
struct LegacyMetagraph: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metagraph", abstract: "Same as `yuma subnets metagraph`.", shouldDisplay: false)
    @OptionGroup var command: MetagraphCommand
    func run() async throws { try await command.run() }
}

/// `yuma unstake`: the 2022 spelling of `yuma stake remove`.
struct LegacyUnstake: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unstake", abstract: "Same as `yuma stake remove`.", shouldDisplay: false)
    @OptionGroup var command: StakeRemoveCommand
    func run() async throws { try await command.run() }
}

/// `yuma pow_register`: the 2022 spelling of `yuma subnets pow-register`.
struct LegacyPowRegister: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pow_register", abstract: "Same as `yuma subnets pow-register`.", shouldDisplay: false,
        aliases: ["pow-register"])
    @OptionGroup var command: PowRegisterCommand
    func run() async throws { try await command.run() }
}
