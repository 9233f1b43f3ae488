/// A set of wire names (JSON keys, header fields) matched against UTF-8 bytes as they arrive, without
/// building a `String` for each name read.
protocol WireName: CaseIterable, RawRepresentable where RawValue == String {
    /// Every case with its name's UTF-8 bytes (a stored table; see ``makeWireTable()``).
    static var wireTable: [(name: Self, utf8: [UInt8])] { get }
}

extension WireName {
    /// The table for ``wireTable``.
    static func makeWireTable() -> [(name: Self, utf8: [UInt8])] {
        allCases.map { ($0, Array($0.rawValue.utf8)) }
    }

    /// The case spelled by `bytes`, or `nil` for an unknown name.
    init?(utf8 bytes: some Collection<UInt8>) {
        let count = bytes.count
        for entry in Self.wireTable where entry.utf8.count == count && entry.utf8.elementsEqual(bytes) {
            self = entry.name
            return
        }
        return nil
    }
}
