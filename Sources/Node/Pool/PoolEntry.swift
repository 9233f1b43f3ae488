import Runtime

/// One extrinsic in the pool with what the pool needs to order, bound and evict it.
struct PoolEntry: Sendable {
    /// The extrinsic.
    let extrinsic: SignedExtrinsic
    /// Its hash.
    let hash: Hash256
    /// Its encoded size in bytes.
    let size: Int
    /// Base fee plus tip, in rao.
    let cost: Rao
    /// Admission order, for ties between equal tips.
    let arrival: UInt64

    var nonce: UInt64 { extrinsic.nonce }
    var tip: Rao { extrinsic.tip }

    /// Whether `self` should leave before `other` when the pool makes room: lower tip, then later arrival.
    func evictsBefore(_ other: PoolEntry) -> Bool {
        (tip, other.arrival) < (other.tip, arrival)
    }

    /// Whether `self` should enter a block before `other`: higher tip, then earlier arrival.
    func ranksBefore(_ other: PoolEntry) -> Bool {
        (other.tip, arrival) < (tip, other.arrival)
    }
}

/// One signer's pending extrinsics: ready ones run from `nextNonce` without a gap; the rest wait.
struct AccountQueue: Sendable {
    /// The nonce the account's next extrinsic on chain must carry.
    var nextNonce: UInt64
    /// Pending extrinsics by nonce.
    var entries: [UInt64: PoolEntry] = [:]
    /// The first nonce after the gap-free run from `nextNonce` (ready nonces are `nextNonce..<readyEnd`).
    var readyEnd: UInt64
    /// Encoded bytes pending.
    var bytes = 0
    /// Fees and tips pending, saturating.
    var cost: Rao = 0

    init(nextNonce: UInt64) {
        self.nextNonce = nextNonce
        self.readyEnd = nextNonce
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// The number of ready extrinsics.
    var readyCount: Int { Int(clamping: readyEnd - nextNonce) }

    /// The entry with the highest nonce: the one eviction takes, since it leaves no gap behind.
    var tail: PoolEntry? { entries.max { $0.key < $1.key }?.value }

    mutating func insert(_ entry: PoolEntry) {
        entries[entry.nonce] = entry
        bytes += entry.size
        cost = cost.addingReportingOverflow(entry.cost).overflow ? .max : cost + entry.cost
        extendReady()
    }

    /// Removes the entry at `nonce`; entries after it stop being ready.
    @discardableResult
    mutating func remove(nonce: UInt64) -> PoolEntry? {
        guard let entry = entries.removeValue(forKey: nonce) else { return nil }
        bytes -= entry.size
        cost = cost >= entry.cost ? cost - entry.cost : 0
        if nonce >= nextNonce, nonce < readyEnd { readyEnd = nonce }
        return entry
    }

    /// Moves the chain's next nonce to `nonce`, dropping everything below it; returns what was dropped.
    mutating func advance(to nonce: UInt64) -> [PoolEntry] {
        guard nonce > nextNonce else { return [] }
        let stale = entries.values.filter { $0.nonce < nonce }
        for entry in stale { remove(nonce: entry.nonce) }
        nextNonce = nonce
        readyEnd = max(readyEnd, nonce)
        extendReady()
        return stale
    }

    /// Extends the ready run over nonces that are now contiguous.
    mutating func extendReady() {
        if readyEnd < nextNonce { readyEnd = nextNonce }
        while entries[readyEnd] != nil, readyEnd < .max { readyEnd += 1 }
    }
}
