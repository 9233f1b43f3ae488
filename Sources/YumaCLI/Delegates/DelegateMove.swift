import ChainClient
import Keys
import Runtime

/// What `delegate` and `undelegate` share: the wallet's coldkey, the delegate's hotkey, a client of the
/// chosen network, and the signed submission that moves the stake and reports the change.
struct DelegateMove {
    let context: CLIContext
    let wallet: Wallet
    /// The coldkey's SS58 address.
    let coldkey: String
    /// The delegate's hotkey.
    let hotkey: AccountID
    /// The delegate's hotkey as given (SS58).
    let hotkeyText: String
    let client: HTTPChainClient
    let endpoint: NetworkEndpoint

    /// Opens the wallet and the network named by the options.
    init(wallet: WalletOptions, network: NetworkOptions, target: DelegateTargetOptions, output: OutputOptions) throws {
        context = CLIContext(wallet: wallet, network: network, output: output)
        self.wallet = try context.wallet()
        coldkey = try self.wallet.coldkeyAccount().ss58Address
        (hotkey, hotkeyText) = try target.hotkey()
        client = try context.client()
        endpoint = try context.endpoint()
    }

    /// The coldkey's stake on the delegate now.
    func stakeNow() async throws(RPCClientError) -> UInt64 {
        try await stake(of: coldkey, on: hotkeyText, client: client)
    }

    /// Signs `call` with the coldkey (asking for its password if needed), submits it and prints the
    /// stake before and after under `headline`.
    func submit(_ call: Call, what: String, headline: String, amount: UInt64, stakeBefore: UInt64) async throws {
        let output = context.output
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(call, signer: signer, what: what)
        await StakeChangeReport.print(
            after: inclusion, headline: headline, amount: amount, stakeBefore: stakeBefore, coldkey: coldkey,
            hotkey: hotkeyText, network: endpoint.name, client: client, context: context)
    }
}
