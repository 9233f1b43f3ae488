/// A subnet declared by the genesis: it exists at block 0, empty, with no lock paid.
public struct GenesisSubnet: Sendable, Equatable {
    /// Its netuid.
    public var netuid: NetUID
    /// Its owner coldkey.
    public var owner: AccountID
    /// Its hyperparameters.
    public var hyperparameters: SubnetHyperparameters

    /// A genesis subnet.
    public init(netuid: NetUID, owner: AccountID, hyperparameters: SubnetHyperparameters) {
        self.netuid = netuid
        self.owner = owner
        self.hyperparameters = hyperparameters
    }

    /// The 2022 network: the single network of 4096 uids with the January 2023 parameters. It has no
    /// netuid on that chain; Yuma gives it netuid 0 (Nakamoto has no root network to collide with).
    public static func nakamoto(owner: AccountID) -> GenesisSubnet {
        GenesisSubnet(netuid: nakamotoNetuid, owner: owner, hyperparameters: .nakamoto)
    }
}

/// The netuid of the 2022 network's single network.
public let nakamotoNetuid: NetUID = 0
