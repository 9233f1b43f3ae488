/// A block as an indexer reads it (`yuma_blockRange`): header, decoded extrinsic summaries and events,
/// without the extrinsics' encodings.
public struct IndexBlockView: Sendable, Codable, Equatable {
    /// The header.
    public var header: HeaderView
    /// Each extrinsic decoded, in block order.
    public var details: [ExtrinsicView]
    /// The block's events, in order.
    public var events: [EventView]

    /// A view.
    public init(header: HeaderView, details: [ExtrinsicView], events: [EventView]) {
        self.header = header
        self.details = details
        self.events = events
    }
}
