import Node
import Runtime
import Testing

/// Block order, bounds and eviction, inclusion and revalidation.
@Suite struct TransactionPoolOrderTests {
    @Test func accountsInterleaveByTipThenArrivalAndKeepNonceOrder() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        try pool.admit(poolExtrinsic(1, nonce: 0, tip: 5), against: state)
        try pool.admit(poolExtrinsic(1, nonce: 1, tip: 50), against: state)
        try pool.admit(poolExtrinsic(2, nonce: 0, tip: 10), against: state)
        try pool.admit(poolExtrinsic(3, nonce: 0, tip: 5), against: state)
        try pool.admit(poolExtrinsic(4, nonce: 1, tip: 100), against: state)  // future: never ready
        let order = pool.ready().map { ($0.signer, $0.nonce) }
        let expected: [(AccountID, UInt64)] = [
            (AccountID(testSeed: 2), 0), (AccountID(testSeed: 1), 0), (AccountID(testSeed: 1), 1),
            (AccountID(testSeed: 3), 0),
        ]
        #expect(order.map(\.0) == expected.map(\.0))
        #expect(order.map(\.1) == expected.map(\.1))
        #expect(pool.ready(maxCount: 2).count == 2)
    }

    @Test func byteBudgetStopsAnAccountButNotOthers() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        try pool.admit(poolExtrinsic(1, nonce: 0, tip: 9), against: state)
        try pool.admit(poolExtrinsic(2, nonce: 0, tip: 1), against: state)
        let size = poolExtrinsic(1, nonce: 0).encoded().count
        #expect(pool.ready(maxBytes: size).map(\.signer) == [AccountID(testSeed: 1)])
        #expect(pool.ready(maxBytes: size - 1).isEmpty)
    }

    @Test func accountLimitsRefuse() throws {
        var pool = TransactionPool(limits: TransactionPoolLimits(maxCountPerAccount: 2))
        let state = PoolTestState.funded()
        try pool.admit(poolExtrinsic(1, nonce: 0), against: state)
        try pool.admit(poolExtrinsic(1, nonce: 1), against: state)
        let size = poolExtrinsic(1, nonce: 0).encoded().count
        #expect(throws: TransactionPoolError.accountLimitReached(count: 2, bytes: 2 * size)) {
            try pool.admit(poolExtrinsic(1, nonce: 2), against: state)
        }
        var small = TransactionPool(limits: TransactionPoolLimits(maxBytesPerAccount: size))
        try small.admit(poolExtrinsic(1, nonce: 0), against: state)
        #expect(throws: TransactionPoolError.accountLimitReached(count: 1, bytes: size)) {
            try small.admit(poolExtrinsic(1, nonce: 1), against: state)
        }
    }

    @Test func fullPoolEvictsTheLowestTippingTailOrRefuses() throws {
        var pool = TransactionPool(limits: TransactionPoolLimits(maxCount: 3))
        let state = PoolTestState.funded()
        try pool.admit(poolExtrinsic(1, nonce: 0, tip: 1), against: state)
        try pool.admit(poolExtrinsic(1, nonce: 1, tip: 9), against: state)
        try pool.admit(poolExtrinsic(2, nonce: 0, tip: 3), against: state)
        // Account 1's tail tips 9, so account 2's lone extrinsic (tip 3) is the cheapest tail.
        try pool.admit(poolExtrinsic(3, nonce: 0, tip: 4), against: state)
        #expect(!pool.contains(poolExtrinsic(2, nonce: 0, tip: 3).hash))
        #expect(pool.count == 3)
        // Nothing tips less than 4 at a tail any more: refused, nothing evicted.
        #expect(throws: TransactionPoolError.poolFull(tip: 4)) {
            try pool.admit(poolExtrinsic(4, nonce: 0, tip: 4), against: state)
        }
        #expect(pool.count == 3)
        // The newcomer's own account is never evicted to make room for it.
        #expect(throws: TransactionPoolError.poolFull(tip: 2)) {
            try pool.admit(poolExtrinsic(1, nonce: 2, tip: 2), against: state)
        }
        // Account 3's head tips 4, account 1's head only 1: account 3 goes first.
        #expect(pool.ready().map(\.signer) == [3, 1, 1].map { AccountID(testSeed: $0) })
        #expect(pool.ready().map(\.nonce) == [0, 0, 1])
    }

    @Test func removeIncludedAdvancesEachSigner() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        let included = [poolExtrinsic(1, nonce: 0), poolExtrinsic(1, nonce: 1), poolExtrinsic(2, nonce: 0)]
        for extrinsic in included { try pool.admit(extrinsic, against: state) }
        try pool.admit(poolExtrinsic(1, nonce: 2), against: state)
        try pool.admit(poolExtrinsic(2, nonce: 2), against: state)
        pool.removeIncluded(included)
        #expect(pool.count == 2)
        #expect(pool.ready().map(\.nonce) == [2])
        #expect(pool.pending(of: AccountID(testSeed: 2)).map(\.nonce) == [2])
        for extrinsic in included { #expect(!pool.contains(extrinsic.hash)) }
    }

    @Test func revalidateDropsUsedNoncesAndUnaffordableRuns() throws {
        var pool = TransactionPool()
        var state = PoolTestState.funded()
        for nonce in UInt64(0)..<4 { try pool.admit(poolExtrinsic(1, nonce: nonce), against: state) }
        for nonce in UInt64(0)..<3 { try pool.admit(poolExtrinsic(2, nonce: nonce), against: state) }
        state.nonces[AccountID(testSeed: 1)] = 1
        state.balances[AccountID(testSeed: 2)] = 250  // pays two fees of 100
        let dropped = pool.revalidate(against: state)
        #expect(Set(dropped) == [poolExtrinsic(1, nonce: 0).hash, poolExtrinsic(2, nonce: 2).hash])
        #expect(pool.pending(of: AccountID(testSeed: 1)).map(\.nonce) == [1, 2, 3])
        #expect(pool.pending(of: AccountID(testSeed: 2)).map(\.nonce) == [0, 1])
        #expect(pool.count == 5)
    }

    @Test func removingAMiddleNonceMakesLaterOnesWait() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        for nonce in UInt64(0)..<3 { try pool.admit(poolExtrinsic(1, nonce: nonce), against: state) }
        let removed = pool.remove(poolExtrinsic(1, nonce: 1).hash)
        #expect(removed)
        #expect(pool.readyCount == 1)
        #expect(try pool.admit(poolExtrinsic(1, nonce: 1), against: state) == .ready)
        #expect(pool.readyCount == 3)
    }

    @Test func admitsTenThousandAcrossManyAccounts() throws {
        var pool = TransactionPool(limits: TransactionPoolLimits(maxCount: 100_000, maxBytes: 1 << 30))
        let state = PoolTestState.funded(accounts: 250, balance: .max)
        let extrinsics: [SignedExtrinsic] = (0..<10_000).map { (index: Int) -> SignedExtrinsic in
            let seed = UInt8(1 + index % 250)
            return poolExtrinsic(seed, nonce: UInt64(index / 250), tip: Rao(index % 7))
        }
        for extrinsic in extrinsics { try pool.admit(extrinsic, against: state) }
        // Throughput is measured by `yuma node bench`, not asserted here.
        #expect(pool.count == 10_000)
        #expect(pool.ready().count == 10_000)
    }
}
