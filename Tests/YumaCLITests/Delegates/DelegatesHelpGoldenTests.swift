import Testing

/// The help of the delegation commands and of a key-restoring command, verbatim at 100 columns.
@Suite struct DelegatesHelpGoldenTests {
    @Test func delegatesGroup() throws {
        let result = try YumaProcess.run(["delegates", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: List delegates, stake on them, and open a hotkey as a delegate.

                USAGE: yuma delegates <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  list, list-delegates, list_delegates
                                          List the delegates: take, nominators, own stake and total stake.
                  delegate, delegate-stake, delegate_stake
                                          Stake τ from the coldkey's free balance on a delegate.
                  undelegate, undelegate-stake, undelegate_stake
                                          Unstake τ from a delegate back to the coldkey's free balance.
                  my-delegates, my_delegates, mine
                                          Show the delegates the wallet's coldkey has staked on.
                  nominate, become-delegate, become_delegate
                                          Make the wallet's hotkey a delegate that other coldkeys may stake on.
                  set-take, set_take, set-delegate-take, set_delegate_take
                                          Lower or raise the take of the wallet's delegate hotkey.

                  See 'yuma help delegates <subcommand>' for detailed help.

                """)
    }

    @Test func delegatesDelegate() throws {
        let result = try YumaProcess.run(["delegates", "delegate", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Stake τ from the coldkey's free balance on a delegate.

                USAGE: yuma delegates delegate [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] [--delegate-ss58 <delegate-ss58>] [--amount <amount>] [--all] [--no-prompt] [--quiet] [--verbose] [--json-output]

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
                  --delegate-ss58, --delegate_ss58, --delegate_ss58key, --hotkey-ss58 <delegate-ss58>
                                          The delegate's hotkey address (see `yuma delegates list`).
                  --amount <amount>       The amount in τ, e.g. 10.
                  --all                   All of it: the whole free balance (delegate) or the whole stake
                                          (undelegate).
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func delegatesNominate() throws {
        let result = try YumaProcess.run(["delegates", "nominate", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Make the wallet's hotkey a delegate that other coldkeys may stake on.

                The hotkey must be registered on a subnet and owned by the wallet's coldkey, which signs. The
                delegate keeps --take of its validator emission and shares the rest with its nominators by stake.
                Delegation exists on Finney chains only.

                USAGE: yuma delegates nominate [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] [--take <take>] [--no-prompt] [--quiet] [--verbose] [--json-output]

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
                  --take <take>           The take as a fraction (0.18) or a percentage (18%); default: the chain's
                                          default, 18%.
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func delegatesList() throws {
        let result = try YumaProcess.run(["delegates", "list", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: List the delegates: take, nominators, own stake and total stake.

                USAGE: yuma delegates list [--network <network>] [--no-prompt] [--quiet] [--verbose] [--json-output]

                OPTIONS:
                  --network, --subtensor.network, --subtensor.chain_endpoint <network>
                                          local (127.0.0.1:9944) or a ws:// or http:// URL (default: config,
                                          BT_NETWORK, or local).
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func delegatesMyDelegates() throws {
        let result = try YumaProcess.run(["delegates", "my-delegates", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Show the delegates the wallet's coldkey has staked on.

                USAGE: yuma delegates my-delegates [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] [--all] [--ss58 <ss58>] [--no-prompt] [--quiet] [--verbose] [--json-output]

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
                  --all                   Every wallet under the wallet path.
                  --ss58, --coldkey-ss58 <ss58>
                                          A coldkey address instead of the wallet's.
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func delegatesSetTake() throws {
        let result = try YumaProcess.run(["delegates", "set-take", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Lower or raise the take of the wallet's delegate hotkey.

                Lowering is allowed at any time down to the chain's MinTake (9% on Finney); raising goes up to
                MaxTake (18%) once per TxDelegateTakeRateLimit blocks.

                USAGE: yuma delegates set-take [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--network <network>] --take <take> [--no-prompt] [--quiet] [--verbose] [--json-output]

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
                  --take <take>           The new take as a fraction (0.09) or a percentage (9%).
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test func walletRegenHotkey() throws {
        let result = try YumaProcess.run(["wallet", "regen-hotkey", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Restore a hotkey from its mnemonic, seed or secret URI.

                USAGE: yuma wallet regen-hotkey [--wallet-name <wallet-name>] [--wallet-path <wallet-path>] [--hotkey <hotkey>] [--mnemonic <mnemonic>] [--seed <seed>] [--uri <uri>] [--crypto-type <crypto-type>] [--overwrite] [--no-prompt] [--quiet] [--verbose] [--json-output]

                OPTIONS:
                  --wallet-name, --wallet_name, --wallet.name <wallet-name>
                                          Wallet name (default: config, BT_WALLET_NAME, or 'default').
                  --wallet-path, --wallet_path, --wallet.path <wallet-path>
                                          Folder of wallets (default: config, BT_WALLET_PATH, or
                                          ~/.bittensor/wallets).
                  --hotkey, --wallet-hotkey, --wallet_hotkey, --wallet.hotkey <hotkey>
                                          Hotkey name (default: config, BT_WALLET_HOTKEY, or 'default').
                  --mnemonic <mnemonic>   The mnemonic words, quoted as one argument.
                  --seed <seed>           The 32-byte seed as 0x + 64 hex digits.
                  --uri <uri>             A secret URI such as //Alice or '<mnemonic>//hard/soft'.
                  --crypto-type, --crypto_type <crypto-type>
                                          Key type: sr25519 or ed25519. (default: sr25519)
                  --overwrite             Replace an existing hotkey.
                  -y, --no-prompt, --no_prompt
                                          Never ask: no confirmation, passwords only from BT_PW_ variables.
                  --quiet                 Print only what scripts need.
                  --verbose               Explain failures in detail.
                  --json-output, --json_output, --json-out
                                          Print one JSON object (amounts in rao); implies --no-prompt.
                  -h, --help              Show help information.


                """)
    }

    @Test(arguments: ["delegates", "root", "dg"])
    func bareGroupPrintsItsHelp(group: String) throws {
        let result = try YumaProcess.run([group])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: List delegates"))
    }

    @Test func flatVerbsAreHiddenButWork() throws {
        let root = try YumaProcess.run(["--help"])
        #expect(root.stdout.contains("  delegates"))
        #expect(!root.stdout.contains("list_delegates") && !root.stdout.contains("  nominate"))
        for verb in ["delegate", "undelegate", "list_delegates", "list-delegates", "my_delegates", "nominate"] {
            #expect(try YumaProcess.run([verb, "--help"]).status == 0, "\(verb)")
        }
    }
}
