/// The bond matrix of one Nakamoto step: each row B_i· as (uid, amount) entries in ascending uid, and
/// one dense scratch row for the row being updated.
///
/// The chain keeps a dense n × n matrix in which an absent bond is 0; rows here hold only the uids
/// a bond was ever written to, so a step costs the bonds that exist, not n².
struct NakamotoBondRows {
    /// Rows by owner, each in ascending uid without duplicates.
    private(set) var rows: [[NakamotoBond]]
    /// The row being updated, dense over uids.
    private var scratch: [UInt64]
    /// Which uids of `scratch` hold an entry.
    private var present: [Bool]
    /// The uids of `scratch` that hold an entry, in the order they were written.
    private var touched: [UInt32] = []

    /// Empty rows for `count` neurons.
    init(count: Int) {
        rows = Array(repeating: [], count: count)
        scratch = Array(repeating: 0, count: count)
        present = Array(repeating: false, count: count)
    }

    /// Sets row `owner` from entries in any order; a later duplicate of a uid overwrites the earlier.
    /// Every uid must be below the neuron count.
    mutating func setRow(_ owner: Int, _ entries: [NakamotoBond]) {
        if entries.isStrictlyAscending {
            rows[owner] = entries
            return
        }
        for entry in entries { write(entry.uid, entry.amount) }
        finishRow(owner)
    }

    /// Opens row `owner` for ``amount(_:)`` and ``setAmount(_:_:)`` until ``finishRow(_:)``.
    mutating func openRow(_ owner: Int) {
        for entry in rows[owner] { write(entry.uid, entry.amount) }
    }

    /// The open row's bond in `uid` (0 when absent).
    func amount(_ uid: Int) -> UInt64 { scratch[uid] }

    /// Writes the open row's bond in `uid`.
    mutating func setAmount(_ uid: Int, _ amount: UInt64) {
        write(UInt32(truncatingIfNeeded: uid), amount)
    }

    /// Stores the open row as row `owner`, in ascending uid, and clears the scratch row.
    mutating func finishRow(_ owner: Int) {
        touched.sort()
        var row: [NakamotoBond] = []
        row.reserveCapacity(touched.count)
        for uid in touched {
            let index = Int(uid)
            row.append(NakamotoBond(uid: uid, amount: scratch[index]))
            scratch[index] = 0
            present[index] = false
        }
        touched.removeAll(keepingCapacity: true)
        rows[owner] = row
    }

    private mutating func write(_ uid: UInt32, _ amount: UInt64) {
        let index = Int(uid)
        if !present[index] {
            present[index] = true
            touched.append(uid)
        }
        scratch[index] = amount
    }
}

extension [NakamotoBond] {
    /// Whether the uids rise strictly from entry to entry.
    fileprivate var isStrictlyAscending: Bool {
        var previous: UInt32?
        for entry in self {
            if let previous, entry.uid <= previous { return false }
            previous = entry.uid
        }
        return true
    }
}
