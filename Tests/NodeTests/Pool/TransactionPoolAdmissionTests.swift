import Node
import Runtime
import Testing

/// Admission: nonces, future queues, duplicates, replacement and fees.
@Suite struct TransactionPoolAdmissionTests {
    @Test func nextNonceIsReadyAndAGapWaits() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        #expect(try pool.admit(poolExtrinsic(1, nonce: 0), against: state) == .ready)
        #expect(try pool.admit(poolExtrinsic(1, nonce: 2), against: state) == .future)
        #expect(try pool.admit(poolExtrinsic(1, nonce: 3), against: state) == .future)
        #expect(pool.readyCount == 1)
        // Filling the gap makes the whole run ready.
        #expect(try pool.admit(poolExtrinsic(1, nonce: 1), against: state) == .ready)
        #expect(pool.readyCount == 4)
        #expect(pool.ready().map(\.nonce) == [0, 1, 2, 3])
        #expect(pool.count == 4)
    }

    /// Refusals and the error each one gives.
    static let refusals:
        [(name: String, prior: [SignedExtrinsic], extrinsic: SignedExtrinsic, error: TransactionPoolError)] =
            [
                ("stale nonce", [], poolExtrinsic(2, nonce: 4), .staleNonce(expected: 5, found: 4)),
                (
                    "too far ahead", [], poolExtrinsic(2, nonce: 5 + 65),
                    .nonceTooFarAhead(next: 5, found: 70, maxGap: 64)
                ),
                (
                    "duplicate", [poolExtrinsic(2, nonce: 5)], poolExtrinsic(2, nonce: 5),
                    .duplicate(poolExtrinsic(2, nonce: 5).hash)
                ),
                (
                    "same nonce, same tip", [poolExtrinsic(2, nonce: 5, tip: 3)],
                    poolExtrinsic(2, nonce: 5, tip: 3, amount: 2),
                    .nonceAlreadyPending(nonce: 5, pendingTip: 3)
                ),
                (
                    "cannot pay", [], poolExtrinsic(3, nonce: 0, tip: 1),
                    .cannotPayFee(balance: 100, required: 101)
                ),
                (
                    "cannot pay with pending", [poolExtrinsic(4, nonce: 0)], poolExtrinsic(4, nonce: 1),
                    .cannotPayFee(balance: 150, required: 200)
                ),
                (
                    "fee overflow", [], poolExtrinsic(2, nonce: 5, tip: .max),
                    .cannotPayFee(balance: 1_000_000, required: .max)
                ),
            ]

    @Test(arguments: refusals)
    func refusal(
        name: String, prior: [SignedExtrinsic], extrinsic: SignedExtrinsic, error: TransactionPoolError
    ) throws {
        var state = PoolTestState.funded()
        state.nonces[AccountID(testSeed: 2)] = 5
        state.balances[AccountID(testSeed: 3)] = 100
        state.balances[AccountID(testSeed: 4)] = 150
        var pool = TransactionPool()
        for extrinsic in prior { try pool.admit(extrinsic, against: state) }
        let before = pool.count
        #expect(throws: error, "\(name)") { try pool.admit(extrinsic, against: state) }
        #expect(pool.count == before, "\(name)")
        #expect(!error.description.isEmpty)
    }

    @Test func higherTipReplacesAPendingNonce() throws {
        var pool = TransactionPool()
        let state = PoolTestState.funded()
        let first = poolExtrinsic(1, nonce: 0, tip: 1)
        let second = poolExtrinsic(1, nonce: 0, tip: 2)
        try pool.admit(first, against: state)
        try pool.admit(second, against: state)
        #expect(pool.count == 1)
        #expect(!pool.contains(first.hash))
        #expect(pool.contains(second.hash))
        #expect(pool.ready() == [second])
    }

    @Test func admissionDropsNoncesTheChainHasUsed() throws {
        var pool = TransactionPool()
        var state = PoolTestState.funded()
        try pool.admit(poolExtrinsic(1, nonce: 0), against: state)
        try pool.admit(poolExtrinsic(1, nonce: 1), against: state)
        state.nonces[AccountID(testSeed: 1)] = 1
        try pool.admit(poolExtrinsic(1, nonce: 2), against: state)
        #expect(pool.pending(of: AccountID(testSeed: 1)).map(\.nonce) == [1, 2])
        #expect(pool.count == 2)
    }
}
