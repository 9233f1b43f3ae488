import ChainClient
import Runtime

/// The subnet owner's hotkey in the test chains.
let ownerHotkey = DevKeys.key("//Alice//owner")
/// A miner's hotkey in the test chains.
let minerHotkey = DevKeys.key("//Bob//miner")

/// Seals four blocks on a fresh node: two transfers, a subnet, a burned registration, then a stake and
/// a transfer. Returns the head.
@discardableResult
func populate(_ node: ExplorerTestNode) async throws -> UInt64 {
    let (alice, bob, charlie) = (DevKeys.alice, DevKeys.bob, DevKeys.charlie)
    try await node.seal([(transfer(to: bob, 5_000_000_000), alice), (transfer(to: charlie, 1_000_000_000), bob)])
    try await node.seal([(.subnets(.registerNetwork(hotkey: ownerHotkey.accountID)), alice)])
    try await node.seal([(.registration(.burnedRegister(netuid: 1, hotkey: minerHotkey.accountID)), bob)])
    return try await node.seal([
        (.staking(.addStake(hotkey: ownerHotkey.accountID, amount: 100_000_000_000)), alice),
        (transfer(to: alice, 2_000_000_000), charlie),
    ])
}
