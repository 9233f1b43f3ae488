import Foundation

/// A block as an indexer reads it (`yuma_blockRange`): header, decoded extrinsic summaries and events,
/// without the extrinsics' encodings.
public struct IndexBlockView: Sendable, Codable, Equatable {
    /// The header.
    public var header: HeaderView
    /// Each extrinsic decoded, in block order.
    public var details: [ExtrinsicView]
    /// The block's events, in order.
    public var events: [IndexEventView]

    /// A view.
    public init(header: HeaderView, details: [ExtrinsicView], events: [IndexEventView]) {
        self.header = header
        self.details = details
        self.events = events
    }
}

/// One event of a block as an indexer reads it: like ``EventView``, with the fields as the JSON text an
/// index stores (compact, keys sorted), so a reader stores them without decoding and encoding them again.
public struct IndexEventView: Sendable, Codable, Equatable {
    /// Position in the block's events.
    public var index: UInt32
    /// The extrinsic that emitted it (`nil`: block initialization).
    public var extrinsicIndex: UInt32?
    /// `pallet.EventName`.
    public var name: String
    /// The event's fields as JSON text: compact, object keys sorted.
    public var fieldsJSON: String

    /// A view.
    public init(index: UInt32, extrinsicIndex: UInt32?, name: String, fieldsJSON: String) {
        self.index = index
        self.extrinsicIndex = extrinsicIndex
        self.name = name
        self.fieldsJSON = fieldsJSON
    }
}

extension EventView {
    /// The event of `view` with its fields decoded; `nil` when its fields are not JSON.
    public init?(_ view: IndexEventView) {
        guard let fields = try? JSONDecoder().decode(JSONValue.self, from: Data(view.fieldsJSON.utf8)) else { return nil }
        self.init(index: view.index, extrinsicIndex: view.extrinsicIndex, name: view.name, fields: fields)
    }
}
