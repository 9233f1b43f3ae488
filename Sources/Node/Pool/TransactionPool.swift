import Runtime

/// Signed extrinsics waiting for a block, already signature-checked by the node. A value type owned by
/// the node.
///
/// - Admission: the nonce must not be used yet (``TransactionPoolError/staleNonce(expected:found:)``) and
///   at most ``TransactionPoolLimits/maxNonceGap`` ahead; an extrinsic whose nonce leaves a gap waits in
///   its account's future queue until the gap fills. The free balance must cover the base fee and tip of
///   every pending extrinsic of the signer plus the new one. An extrinsic already pending is refused, and
///   so is a second one with a pending nonce unless it tips more (it then replaces the first).
/// - Bounds: per account (count and bytes) a newcomer is refused. In total (count and bytes) the pool
///   evicts the lowest-tipping account tail (the pending extrinsic with the highest nonce of some other
///   account, so no gap is left; the latest arrival first among equal tips) while that tail tips less than
///   the newcomer, and refuses the newcomer otherwise.
/// - Block order: ``ready(maxCount:maxBytes:)`` yields each account's ready extrinsics by nonce and
///   interleaves accounts by tip, highest first, then by arrival.
public struct TransactionPool: Sendable {
    /// The pool's bounds.
    public let limits: TransactionPoolLimits
    var accounts: [AccountID: AccountQueue] = [:]
    var locations: [Hash256: (signer: AccountID, nonce: UInt64)] = [:]
    private var nextArrival: UInt64 = 0
    /// Extrinsics in the pool, ready and future.
    public private(set) var count = 0
    /// Encoded bytes in the pool.
    public private(set) var byteCount = 0

    /// An empty pool.
    public init(limits: TransactionPoolLimits = .standard) {
        self.limits = limits
    }

    /// Where an admitted extrinsic went.
    public enum Admission: Sendable, Equatable {
        /// It can enter the next block.
        case ready
        /// It waits for lower nonces of its signer.
        case future
    }

    /// Whether an extrinsic with this hash is pending.
    public func contains(_ hash: Hash256) -> Bool { locations[hash] != nil }

    /// The number of extrinsics that could enter the next block.
    public var readyCount: Int { accounts.values.reduce(0) { $0 + $1.readyCount } }

    /// The signer's pending extrinsics by nonce.
    public func pending(of signer: AccountID) -> [SignedExtrinsic] {
        guard let queue = accounts[signer] else { return [] }
        return queue.entries.values.sorted { $0.nonce < $1.nonce }.map(\.extrinsic)
    }

    /// Admits `extrinsic` after checking it against `state`, or says why not. A refused extrinsic changes
    /// nothing, except that the signer's extrinsics with nonces the chain has already used are dropped.
    @discardableResult
    public mutating func admit(_ extrinsic: SignedExtrinsic, against state: some TransactionPoolState)
        throws(TransactionPoolError) -> Admission
    {
        let signer = extrinsic.signer
        let chainNonce = state.nextNonce(of: signer)
        guard extrinsic.nonce >= chainNonce else {
            throw .staleNonce(expected: chainNonce, found: extrinsic.nonce)
        }
        guard extrinsic.nonce - chainNonce <= limits.maxNonceGap else {
            throw .nonceTooFarAhead(next: chainNonce, found: extrinsic.nonce, maxGap: limits.maxNonceGap)
        }
        let encoded = extrinsic.encoded(capacity: 256)
        let hash = Hash256(blake2b256: encoded)
        guard locations[hash] == nil else { throw .duplicate(hash) }
        _ = advance(signer, to: chainNonce)

        let queue = accounts[signer] ?? AccountQueue(nextNonce: chainNonce)
        let replaced = queue.entries[extrinsic.nonce]
        if let replaced, replaced.tip >= extrinsic.tip {
            throw .nonceAlreadyPending(nonce: extrinsic.nonce, pendingTip: replaced.tip)
        }
        let fee = state.transactionFees.fee(for: extrinsic.call, tip: extrinsic.tip)
        let (cost, costOverflow) = (fee ?? .max, fee == nil)
        let (required, requiredOverflow) = (queue.cost - (replaced?.cost ?? 0)).addingReportingOverflow(cost)
        let balance = state.freeBalance(of: signer)
        guard !costOverflow, !requiredOverflow, required <= balance else {
            throw .cannotPayFee(
                balance: balance, required: costOverflow || requiredOverflow ? .max : required)
        }
        let size = encoded.count
        let accountCount = queue.count - (replaced == nil ? 0 : 1)
        let accountBytes = queue.bytes - (replaced?.size ?? 0)
        guard accountCount < limits.maxCountPerAccount, accountBytes + size <= limits.maxBytesPerAccount
        else {
            throw .accountLimitReached(count: queue.count, bytes: queue.bytes)
        }
        let victims = try evictionPlan(
            addingCount: replaced == nil ? 1 : 0, addingBytes: size - (replaced?.size ?? 0),
            tip: extrinsic.tip,
            sparing: signer)

        // Every check passed: replace, evict, insert.
        if let replaced { removeEntry(replaced, of: signer) }
        for victim in victims { removeEntry(victim.entry, of: victim.signer) }
        let entry = PoolEntry(extrinsic: extrinsic, hash: hash, size: size, cost: cost, arrival: nextArrival)
        nextArrival &+= 1
        var updated = accounts[signer] ?? AccountQueue(nextNonce: chainNonce)
        updated.insert(entry)
        let isReady = entry.nonce < updated.readyEnd
        accounts[signer] = updated
        locations[hash] = (signer, entry.nonce)
        count += 1
        byteCount += size
        return isReady ? .ready : .future
    }

    /// Removes one entry and its bookkeeping.
    mutating func removeEntry(_ entry: PoolEntry, of signer: AccountID) {
        guard var queue = accounts[signer], queue.remove(nonce: entry.nonce) != nil else { return }
        accounts[signer] = queue.isEmpty ? nil : queue
        forget(entry)
    }

    /// Forgets an entry already taken out of its queue.
    mutating func forget(_ entry: PoolEntry) {
        locations[entry.hash] = nil
        count -= 1
        byteCount -= entry.size
    }

    /// The account tails to evict, lowest tip first (latest arrival first among equals), so that
    /// `addingCount` more extrinsics and `addingBytes` more bytes fit; throws when the tails that tip less
    /// than `tip` are not enough. Nothing is removed here.
    func evictionPlan(addingCount: Int, addingBytes: Int, tip: Rao, sparing signer: AccountID)
        throws(TransactionPoolError) -> [(signer: AccountID, entry: PoolEntry)]
    {
        var excessCount = count + addingCount - limits.maxCount
        var excessBytes = byteCount + addingBytes - limits.maxBytes
        guard excessCount > 0 || excessBytes > 0 else { return [] }
        // Each other account's entries that tip less than the newcomer, highest nonce last.
        var candidates: [AccountID: [PoolEntry]] = [:]
        for (account, queue) in accounts where account != signer {
            let byNonce = queue.entries.values.sorted { $0.nonce < $1.nonce }
            // Only a run of cheaper entries at the tail can go without leaving a gap.
            let run = byNonce.reversed().prefix { $0.tip < tip }
            if !run.isEmpty { candidates[account] = run.reversed() }
        }
        var plan: [(signer: AccountID, entry: PoolEntry)] = []
        while excessCount > 0 || excessBytes > 0 {
            var victim: (signer: AccountID, entry: PoolEntry)?
            for (account, run) in candidates {
                guard let tail = run.last else { continue }
                if victim.map({ tail.evictsBefore($0.entry) }) ?? true { victim = (account, tail) }
            }
            guard let victim else { throw .poolFull(tip: tip) }
            candidates[victim.signer]?.removeLast()
            plan.append(victim)
            excessCount -= 1
            excessBytes -= victim.entry.size
        }
        return plan
    }
}
