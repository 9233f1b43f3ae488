import ChainClient
import Keys
import Runtime

/// Signed transfers and other calls from the dev accounts, submitted until the node stops answering.
enum CrashLoad {
    /// The six dev key pairs.
    static func devKeys() throws -> [KeyPair] {
        try ["//Alice", "//Bob", "//Charlie", "//Dave", "//Eve", "//Ferdie"].map { try KeyPair(uri: $0) }
    }

    /// The call number `index` of `from`: mostly transfers, with keep-alive transfers, stakes on the
    /// subnet owner's hotkey (Alice registers subnet 1 first) and burned registrations of fresh hotkeys mixed in (some of which fail,
    /// which is fine: a failed call is included too).
    static func call(_ index: Int, from: Int, round: Int) -> Call {
        if round == 0, from == 0, index == 0 { return .subnets(.registerNetwork(hotkey: DevAccounts.alice)) }
        let destination = DevAccounts.all[(from + 1 + index % 5) % DevAccounts.all.count].account
        switch index % 10 {
        case 7: return .balances(.transferKeepAlive(destination: destination, amount: 3_000 + UInt64(index)))
        case 8: return .staking(.addStake(hotkey: DevAccounts.alice, amount: raoPerTao + UInt64(index)))
        case 9:
            return .registration(.burnedRegister(netuid: 1, hotkey: freshHotkey(round * 1_000 + from * 100 + index)))
        default: return .balances(.transfer(destination: destination, amount: 1_000 + UInt64(index)))
        }
    }

    /// A hotkey no one else uses: 24 bytes of 0xAB and `number` little-endian.
    static func freshHotkey(_ number: Int) -> AccountID {
        let bytes = [UInt8](repeating: 0xAB, count: 24) + (0..<8).map { UInt8(truncatingIfNeeded: number >> ($0 * 8)) }
        return (try? AccountID(bytes: bytes)) ?? DevAccounts.eve
    }

    /// Submits up to `count` calls from `key`, one at a time from its next nonce, until a submission
    /// fails (the node was killed); returns how many were admitted.
    static func submit(
        _ count: Int, from index: Int, key: KeyPair, round: Int, signer: ExtrinsicSigner, client: HTTPChainClient
    ) async -> Int {
        guard var nonce = try? await client.nextNonce(of: key) else { return 0 }
        var admitted = 0
        for call in 0..<count {
            let extrinsic = signer.sign(Self.call(call, from: index, round: round), with: key, nonce: nonce)
            do {
                try await client.submit(extrinsic)
            } catch {
                return admitted
            }
            nonce += 1
            admitted += 1
        }
        return admitted
    }
}
