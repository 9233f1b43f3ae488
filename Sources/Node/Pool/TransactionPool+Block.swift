import Runtime

extension TransactionPool {
    /// The ready extrinsics in block order, at most `maxCount` of them and `maxBytes` encoded bytes:
    /// each account's by nonce, accounts interleaved by the tip of their next extrinsic (highest first,
    /// then earliest arrival). An account whose next extrinsic does not fit in the bytes left stops there.
    public func ready(maxCount: Int = .max, maxBytes: Int = .max) -> [SignedExtrinsic] {
        var heads = PoolHeap()
        for queue in accounts.values {
            if queue.readyCount > 0, let first = queue.entries[queue.nextNonce] { heads.push(first) }
        }
        var result: [SignedExtrinsic] = []
        result.reserveCapacity(min(maxCount, heads.count))
        var bytesLeft = maxBytes
        while result.count < maxCount, let head = heads.pop() {
            guard head.size <= bytesLeft else { continue }
            bytesLeft -= head.size
            result.append(head.extrinsic)
            let next = head.nonce + 1
            if let queue = accounts[head.extrinsic.signer], next < queue.readyEnd,
                let following = queue.entries[next]
            {
                heads.push(following)
            }
        }
        return result
    }

    /// Removes the extrinsics a block included and everything of their signers with a lower nonce.
    public mutating func removeIncluded(_ included: [SignedExtrinsic]) {
        var highest: [AccountID: UInt64] = [:]
        for extrinsic in included where extrinsic.nonce < .max {
            highest[extrinsic.signer] = max(highest[extrinsic.signer] ?? 0, extrinsic.nonce + 1)
        }
        for (signer, nonce) in highest { _ = advance(signer, to: nonce) }
    }

    /// Drops what became invalid against `state`: nonces already used, and, in nonce order, every
    /// extrinsic whose fee and tip the free balance no longer covers together with all after it.
    /// Returns the hashes dropped.
    @discardableResult
    public mutating func revalidate(against state: some TransactionPoolState) -> [Hash256] {
        var dropped: [Hash256] = []
        let fees = state.transactionFees
        for signer in Array(accounts.keys) {
            dropped += advance(signer, to: state.nextNonce(of: signer))
            guard let queue = accounts[signer] else { continue }
            var budget = state.freeBalance(of: signer)
            var cut: UInt64?
            for entry in queue.entries.values.sorted(by: { $0.nonce < $1.nonce }) {
                guard let cost = fees.fee(for: entry.extrinsic.call, tip: entry.tip), cost <= budget else {
                    cut = entry.nonce
                    break
                }
                budget -= cost
            }
            if let cut { dropped += removeAll(of: signer, from: cut) }
        }
        return dropped
    }
}

extension TransactionPool {
    /// Moves `signer`'s next nonce up to `nonce`, dropping what is below; returns the hashes dropped.
    mutating func advance(_ signer: AccountID, to nonce: UInt64) -> [Hash256] {
        guard var queue = accounts[signer] else { return [] }
        let stale = queue.advance(to: nonce)
        accounts[signer] = queue.isEmpty ? nil : queue
        for entry in stale { forget(entry) }
        return stale.map(\.hash)
    }

    /// Drops `signer`'s extrinsics from `nonce` on; returns their hashes.
    mutating func removeAll(of signer: AccountID, from nonce: UInt64) -> [Hash256] {
        guard let queue = accounts[signer] else { return [] }
        let doomed = queue.entries.values.filter { $0.nonce >= nonce }
        for entry in doomed { removeEntry(entry, of: signer) }
        return doomed.map(\.hash)
    }

    /// Removes one pending extrinsic by hash; later nonces of its signer wait again. Returns whether it was pending.
    @discardableResult
    public mutating func remove(_ hash: Hash256) -> Bool {
        guard let location = locations[hash], let entry = accounts[location.signer]?.entries[location.nonce]
        else { return false }
        removeEntry(entry, of: location.signer)
        return true
    }
}
