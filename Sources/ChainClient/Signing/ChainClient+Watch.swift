import ChainAPI
import Keys
import Runtime

extension ChainClient where Transport: RPCSubscriptionTransport {
    /// Submits `extrinsic` with ``submitAndWatch(_:)`` and returns as soon as the node reports it in a
    /// block: the block and whether the call succeeded. Throws when the pool drops it or `timeout` passes.
    @discardableResult
    public func submitAndWait(_ extrinsic: SignedExtrinsic, timeout: Duration = .seconds(60))
        async throws(ChainClientError) -> ExtrinsicInclusion
    {
        let hash = extrinsic.hash.description
        let statuses: AsyncThrowingStream<ExtrinsicStatus, any Error>
        do {
            statuses = try await submitAndWatch(extrinsic)
        } catch {
            throw .rpc(error)
        }
        do {
            return try await withThrowingTaskGroup(of: ExtrinsicInclusion.self) { group in
                group.addTask { try await self.firstBlock(of: hash, in: statuses) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw ChainClientError.timedOut(hash: hash, after: timeout)
                }
                defer { group.cancelAll() }
                guard let inclusion = try await group.next() else {
                    throw ChainClientError.timedOut(hash: hash, after: timeout)
                }
                return inclusion
            }
        } catch let error as ChainClientError {
            throw error
        } catch let error as RPCClientError {
            throw .rpc(error)
        } catch {
            throw .rpc(.cancelled)
        }
    }

    /// Signs `call` with ``sign(_:with:tip:)``, then waits through a status subscription.
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

    /// Reads statuses until the first block that includes `hash`, then looks the extrinsic up there.
    func firstBlock(of hash: String, in statuses: AsyncThrowingStream<ExtrinsicStatus, any Error>)
        async throws -> ExtrinsicInclusion
    {
        for try await status in statuses {
            switch status {
            case .ready, .future: continue
            case .inBlock(let blockHash), .finalized(let blockHash):
                guard let block = try await block(hash: blockHash),
                    let detail = block.details.first(where: { $0.hash == hash })
                else { throw ChainClientError.missingFromBlock(hash: hash, blockHash: blockHash) }
                return ExtrinsicInclusion(
                    hash: hash, blockHash: blockHash, blockNumber: block.header.number, index: detail.index,
                    succeeded: detail.succeeded)
            case .dropped: throw ChainClientError.dropped(hash: hash)
            case .invalid(let reason): throw ChainClientError.invalid(hash: hash, reason: reason)
            }
        }
        throw ChainClientError.dropped(hash: hash)
    }
}
