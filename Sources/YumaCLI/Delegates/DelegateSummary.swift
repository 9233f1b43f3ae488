import ChainAPI

/// One delegate as `delegates list` shows it: take, nominators (coldkeys other than the owner), the
/// owner's own stake and the total, in rao.
struct DelegateSummary: Encodable, Equatable {
    /// Place by total stake, from 1.
    var rank: Int
    /// The delegate hotkey.
    var hotkey: String
    /// The coldkey that owns it.
    var owner: String
    /// Take, u16 proportion (65535 = 100 %).
    var take: UInt16
    /// How many coldkeys other than the owner stake on it.
    var nominatorCount: Int
    /// Those coldkeys and their stake, largest first.
    var nominators: [Nomination]
    /// The owner's own stake on it.
    var ownStake: UInt64
    /// Stake on it from every coldkey.
    var totalStake: UInt64

    /// A coldkey's stake on a delegate, rao.
    struct Nomination: Encodable, Equatable {
        /// The nominating coldkey.
        var coldkey: String
        /// Its stake, rao.
        var stake: UInt64
    }

    /// The summary of `view` at `rank`.
    init(_ view: DelegateView, rank: Int) {
        self.rank = rank
        hotkey = view.hotkey
        owner = view.owner
        take = view.take
        nominators = view.nominators.filter { $0.coldkey != view.owner && $0.stake > 0 }
            .map { Nomination(coldkey: $0.coldkey, stake: $0.stake) }
            .sorted { ($0.stake, $1.coldkey) > ($1.stake, $0.coldkey) }
        nominatorCount = nominators.count
        ownStake = view.nominators.first { $0.coldkey == view.owner }?.stake ?? 0
        totalStake = view.totalStake
    }

    /// Every delegate, largest total stake first (ties by hotkey), ranked from 1.
    static func ranked(_ views: [DelegateView]) -> [DelegateSummary] {
        views.sorted { ($0.totalStake, $1.hotkey) > ($1.totalStake, $0.hotkey) }.enumerated().map {
            DelegateSummary($0.element, rank: $0.offset + 1)
        }
    }
}

/// Sums of rao that never trap.
extension Sequence {
    /// The sum of `value` over the elements, saturating at `UInt64.max`.
    func raoSum(_ value: (Element) -> UInt64) -> UInt64 {
        reduce(UInt64(0)) { total, element in
            let (sum, overflow) = total.addingReportingOverflow(value(element))
            return overflow ? .max : sum
        }
    }
}
