import Runtime

/// The hyperparameters of one subnet as read at a block; the index keeps the latest per subnet.
public struct StoredHyperparameters: Sendable, Equatable {
    /// Subnet id.
    public var netuid: UInt16
    /// The block whose state they were read from.
    public var block: UInt64
    /// Every hyperparameter.
    public var parameters: SubnetHyperparameters

    /// A record.
    public init(netuid: UInt16, block: UInt64, parameters: SubnetHyperparameters) {
        self.netuid = netuid
        self.block = block
        self.parameters = parameters
    }
}
