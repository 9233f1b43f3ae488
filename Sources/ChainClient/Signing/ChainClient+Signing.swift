import ChainAPI
import Keys
import Runtime

extension ChainClient {
    /// An ``ExtrinsicSigner`` for this node's chain (the genesis hash is fetched once, then cached).
    public func signer() async throws(RPCClientError) -> ExtrinsicSigner {
        ExtrinsicSigner(genesisHash: try await genesisHash())
    }

    /// Signs `call` from `keyPair`'s account with its next nonce (counting extrinsics already in the
    /// pool) and `tip` rao on top of the base fee.
    public func sign(_ call: Call, with keyPair: KeyPair, tip: Rao = 0) async throws(RPCClientError)
        -> SignedExtrinsic
    {
        let signer = try await signer()
        let nonce = try await nextNonce(of: keyPair)
        return signer.sign(call, with: keyPair, nonce: nonce, tip: tip)
    }

    /// Signs `call` with ``sign(_:with:tip:)``, submits it and waits until it is in a block.
    @discardableResult
    public func submitAndWait(
        _ call: Call, signedBy keyPair: KeyPair, tip: Rao = 0, timeout: Duration = .seconds(60)
    ) async throws(ChainClientError) -> ExtrinsicInclusion {
        let extrinsic: SignedExtrinsic
        do {
            extrinsic = try await sign(call, with: keyPair, tip: tip)
        } catch {
            throw .rpc(error)
        }
        return try await submitAndWait(extrinsic, timeout: timeout)
    }

    /// Submits `extrinsic` and polls until a block includes it (HTTP has no subscriptions): returns the
    /// block and whether the call succeeded, or throws when the pool drops it or `timeout` passes.
    @discardableResult
    public func submitAndWait(_ extrinsic: SignedExtrinsic, timeout: Duration = .seconds(60))
        async throws(ChainClientError) -> ExtrinsicInclusion
    {
        try await submitAndPoll(extrinsic, timeout: timeout)
    }

    /// The polling wait behind ``submitAndWait(_:timeout:)``; usable with any transport.
    public func submitAndPoll(
        _ extrinsic: SignedExtrinsic, timeout: Duration = .seconds(60), interval: Duration = .milliseconds(20)
    ) async throws(ChainClientError) -> ExtrinsicInclusion {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        let hex = extrinsic.hexEncoded
        do {
            let hash = try await submit(hex: hex)
            while true {
                if let inclusion = try await included(hash) { return inclusion }
                if try await !pendingExtrinsics().contains(hex) {
                    // It left the pool: either a block took it since the first look, or it was dropped.
                    if let inclusion = try await included(hash) { return inclusion }
                    throw ChainClientError.dropped(hash: hash)
                }
                guard clock.now < deadline else { throw ChainClientError.timedOut(hash: hash, after: timeout) }
                try await Task.sleep(for: interval)
            }
        } catch let error as ChainClientError {
            throw error
        } catch let error as RPCClientError {
            throw .rpc(error)
        } catch {
            throw .rpc(.cancelled)
        }
    }

    /// Where the extrinsic `hash` was included, or `nil` when no block holds it yet.
    func included(_ hash: String) async throws(RPCClientError) -> ExtrinsicInclusion? {
        guard let found = try await extrinsic(hash: hash),
            let blockHash = try await blockHash(found.blockNumber)
        else { return nil }
        return ExtrinsicInclusion(
            hash: hash, blockHash: blockHash, blockNumber: found.blockNumber, index: found.index,
            succeeded: found.succeeded)
    }
}
