/// A `registration.NeuronRegistered` event: a hotkey took a UID on a subnet.
public struct NeuronRegistration: Sendable, Equatable {
    /// Block that emitted the event.
    public var blockNumber: UInt64
    /// Seal time of that block, ms since the Unix epoch.
    public var timestamp: UInt64
    /// Position of the event in the block's events.
    public var eventIndex: UInt32
    /// The registering extrinsic (`nil`: not emitted by an extrinsic).
    public var extrinsicIndex: UInt32?
    /// Signer of the registering extrinsic, SS58 (`nil` when there is none).
    public var signer: String?
    /// Subnet id.
    public var netuid: UInt16
    /// The UID taken (a pruned neuron's UID when the subnet was full).
    public var uid: UInt16
    /// The registered hotkey, SS58.
    public var hotkey: String

    /// A registration.
    public init(
        blockNumber: UInt64, timestamp: UInt64, eventIndex: UInt32, extrinsicIndex: UInt32?, signer: String?,
        netuid: UInt16, uid: UInt16, hotkey: String
    ) {
        self.blockNumber = blockNumber
        self.timestamp = timestamp
        self.eventIndex = eventIndex
        self.extrinsicIndex = extrinsicIndex
        self.signer = signer
        self.netuid = netuid
        self.uid = uid
        self.hotkey = hotkey
    }
}
