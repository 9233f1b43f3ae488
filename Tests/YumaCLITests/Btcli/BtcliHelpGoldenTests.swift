import Testing

/// The help of each btcli-style group, and of two spending commands, verbatim at 100 columns.
@Suite struct BtcliHelpGoldenTests {
    @Test func walletGroup() throws {
        let result = try YumaProcess.run(["wallet", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Create, restore and inspect wallets; balances, overview and transfers.

                USAGE: yuma wallet <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  create                  Create a wallet: an encrypted coldkey and a hotkey, each from a new
                                          mnemonic.
                  new-coldkey, new_coldkey
                                          Create a new coldkey from a new mnemonic.
                  new-hotkey, new_hotkey  Create a new hotkey (unencrypted, as Bittensor does).
                  regen-coldkey, regen_coldkey
                                          Restore a coldkey from its mnemonic, seed or secret URI.
                  regen-coldkeypub, regen_coldkeypub
                                          Restore coldkeypub.txt from an SS58 address or public key.
                  regen-hotkey, regen_hotkey
                                          Restore a hotkey from its mnemonic, seed or secret URI.
                  list                    List the wallets and hotkeys under the wallet path.
                  balance                 Show the free and staked balance of coldkeys.
                  overview                Show the wallet's balance and its hotkeys' neurons on every subnet.
                  transfer                Send τ from the wallet's coldkey to an address.
                  inspect                 Show a wallet's coldkey, hotkeys and how its coldkey is protected.
                  sign                    Sign a message with the coldkey, or the hotkey with --use-hotkey.
                  verify                  Check that a signature of a message was made by an address.

                  See 'yuma help wallet <subcommand>' for detailed help.

                """)
    }

    @Test func stakeGroup() throws {
        let result = try YumaProcess.run(["stake", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Add, remove and list stake.

                USAGE: yuma stake <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  add                     Stake τ from the coldkey's free balance on a hotkey.
                  remove                  Unstake τ from a hotkey back to the coldkey's free balance.
                  list                    List the coldkey's stake on each hotkey.

                  See 'yuma help stake <subcommand>' for detailed help.

                """)
    }

    @Test func subnetsGroup() throws {
        let result = try YumaProcess.run(["subnets", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: List and inspect subnets, create one, and register a hotkey on one.

                USAGE: yuma subnets <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  list                    List every subnet.
                  show                    Show one subnet's summary.
                  metagraph               Show a subnet's metagraph: every neuron with stake and scores.
                  hyperparameters, hyperparams
                                          Show every hyperparameter of a subnet.
                  create                  Create a subnet: the coldkey locks the lock cost; the hotkey becomes its
                                          first neuron.
                  register, burned-register, burned_register
                                          Register the wallet's hotkey on a subnet by burning the subnet's
                                          registration cost.
                  pow-register, pow_register
                                          Register the wallet's hotkey on a subnet by proof of work.
                  burn-cost, burn_cost, lock-cost
                                          Show the τ a coldkey locks to create a subnet in the next block.

                  See 'yuma help subnets <subcommand>' for detailed help.

                """)
    }

    @Test func sudoGroup() throws {
        let result = try YumaProcess.run(["sudo", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Get and set subnet hyperparameters by name (setting needs the sudo coldkey).

                USAGE: yuma sudo <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  set                     Set one hyperparameter of a subnet; the wallet's coldkey must be the sudo
                                          key.
                  get                     Show one hyperparameter of a subnet.

                  See 'yuma help sudo <subcommand>' for detailed help.

                """)
    }

    @Test func weightsGroup() throws {
        let result = try YumaProcess.run(["weights", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Set weights on a subnet with the wallet's hotkey.

                USAGE: yuma weights <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  set                     Set the wallet hotkey's weights on a subnet (signed by the hotkey).

                  See 'yuma help weights <subcommand>' for detailed help.

                """)
    }

    @Test func walletTransfer() throws {
        let result = try YumaProcess.run(["wallet", "transfer", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Send τ from the wallet's coldkey to an address.

                USAGE: yuma wallet transfer [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] --dest <dest> --amount <amount> [--allow-death] [--no-prompt] [--quiet] [--verbose] [--json-output]

                OPTIONS:
                  --wallet-name, --wallet_name, --wallet.name <wallet-name>
                                          Wallet name (default: config, BT_WALLET_NAME, or 'default').
                  --wallet-path, --wallet_path, --wallet.path <wallet-path>
                                          Folder of wallets (default: config, BT_WALLET_PATH, or
                                          ~/.bittensor/wallets).
                  --hotkey, --wallet-hotkey, --wallet_hotkey, --wallet.hotkey <hotkey>
                                          Hotkey name (default: config, BT_WALLET_HOTKEY, or 'default').
                  --network, --subtensor.network, --subtensor.chain_endpoint <network>
                                          local (127.0.0.1:9944) or a ws:// or http:// URL (default: config,
                                          BT_NETWORK, or local).
                  --dest, --destination <dest>
                                          The recipient's SS58 address.
                  --amount <amount>       The amount in τ, e.g. 1.5.
                  --allow-death, --allow_death
                                          Allow the coldkey to fall under the existential deposit and be reaped.
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func stakeAdd() throws {
        let result = try YumaProcess.run(["stake", "add", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Stake τ from the coldkey's free balance on a hotkey.

                USAGE: yuma stake add [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] [--hotkey-ss58 <hotkey-ss58>] [--amount <amount>] [--all] [--no-prompt] [--quiet] [--verbose] [--json-output]

                OPTIONS:
                  --wallet-name, --wallet_name, --wallet.name <wallet-name>
                                          Wallet name (default: config, BT_WALLET_NAME, or 'default').
                  --wallet-path, --wallet_path, --wallet.path <wallet-path>
                                          Folder of wallets (default: config, BT_WALLET_PATH, or
                                          ~/.bittensor/wallets).
                  --hotkey, --wallet-hotkey, --wallet_hotkey, --wallet.hotkey <hotkey>
                                          Hotkey name (default: config, BT_WALLET_HOTKEY, or 'default').
                  --network, --subtensor.network, --subtensor.chain_endpoint <network>
                                          local (127.0.0.1:9944) or a ws:// or http:// URL (default: config,
                                          BT_NETWORK, or local).
                  --hotkey-ss58, --hotkey_ss58, --hotkey-ss58-address <hotkey-ss58>
                                          Stake on this hotkey address (a delegate) instead of the wallet's hotkey.
                  --amount <amount>       The amount in τ, e.g. 10.
                  --all                   All of it: the whole free balance (add) or the whole stake (remove).
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test(arguments: ["wallet", "w", "stake", "st", "subnets", "s", "sudo", "su", "weights", "wt"])
    func bareGroupPrintsItsHelp(group: String) throws {
        let result = try YumaProcess.run([group])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("SUBCOMMANDS:"))
    }

    @Test func legacyVerbsAreHiddenButWork() throws {
        let root = try YumaProcess.run(["--help"])
        #expect(!root.stdout.contains("  overview") && !root.stdout.contains("unstake"))
        let overview = try YumaProcess.run(["overview", "--help"])
        #expect(overview.status == 0)
        #expect(overview.stdout.contains("USAGE: yuma overview"))
        for verb in [
            "new_coldkey", "new-hotkey", "regen_coldkey", "register", "unstake", "metagraph", "list",
            "transfer", "inspect",
            "pow_register",
        ] {
            #expect(try YumaProcess.run([verb, "--help"]).status == 0, "\(verb)")
        }
    }
}
