import Foundation
import Logging
import ServiceLifecycle

/// Seals a block every block time. On graceful shutdown it finishes the block in hand and stops.
struct BlockProductionService: Service {
    let chain: Chain
    let interval: Duration
    let metrics: NodeMetrics
    let logger: Logger

    func run() async throws {
        let clock = ContinuousClock()
        var next = clock.now.advanced(by: interval)
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                let deadline = next
                try await cancelWhenGracefulShutdown { try await Task.sleep(until: deadline, clock: clock) }
            } catch {
                break
            }
            next = next.advanced(by: interval)
            if next < clock.now { next = clock.now.advanced(by: interval) }
            do {
                let header = try await chain.produceBlock(timestamp: Self.nowMilliseconds())
                await metrics.record(header: header, chain: chain)
            } catch {
                logger.error("block production failed", metadata: ["error": "\(error)"])
                if case .halted = error { throw error }
            }
        }
        let head = await chain.head.number
        logger.info("block production stopped", metadata: ["head": "\(head)"])
    }

    /// Wall-clock milliseconds since the Unix epoch.
    static func nowMilliseconds() -> UInt64 { UInt64(max(0, Date().timeIntervalSince1970 * 1_000)) }
}
