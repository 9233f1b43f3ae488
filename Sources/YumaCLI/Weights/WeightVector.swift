/// Weights as users type them (`--uids 0,1 --weights 0.3,0.7`) scaled as btcli does: the largest
/// becomes 65 535 and the others keep their ratio to it.
enum WeightVector {
    /// Comma- or space-separated items, repeated options flattened.
    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
    }

    /// The uids and u16 weights, or an error saying which input is wrong.
    static func scaled(uids uidTexts: [String], weights weightTexts: [String]) throws(CLIError) -> (
        [UInt16], [UInt32]
    ) {
        let uidItems = split(uidTexts)
        let weightItems = split(weightTexts)
        guard !uidItems.isEmpty else {
            throw CLIError("missing --uids; pass the uids to weigh, e.g. --uids 0,1")
        }
        guard uidItems.count == weightItems.count else {
            throw CLIError(
                "--uids has \(uidItems.count) entries but --weights has \(weightItems.count); give one weight per uid"
            )
        }
        var uids: [UInt16] = []
        for item in uidItems {
            guard let uid = UInt16(item) else {
                throw CLIError("--uids entry '\(item)' is not a uid (0...65535)")
            }
            uids.append(uid)
        }
        guard Set(uids).count == uids.count else {
            throw CLIError("--uids lists a uid twice; give each uid once")
        }
        var weights: [Double] = []
        for item in weightItems {
            guard let weight = Double(item), weight.isFinite, weight >= 0 else {
                throw CLIError("--weights entry '\(item)' is not a non-negative number")
            }
            weights.append(weight)
        }
        guard let largest = weights.max(), largest > 0 else {
            throw CLIError("--weights must contain a positive weight")
        }
        let scaled = weights.map { UInt32(($0 / largest * 65_535).rounded()) }
        return (uids, scaled)
    }
}
