import ChainAPI
import ChainClient
import Foundation
import Keys
import Logging
import Runtime
import ServiceLifecycle

@testable import Node

/// A node running in-process with manual block time, for the indexer and page tests.
struct ExplorerTestNode: Sendable {
    /// The bound RPC port.
    let port: Int
    /// The database directory.
    let basePath: String

    /// `ws://127.0.0.1:<port>`.
    var webSocketURL: String { "ws://127.0.0.1:\(port)" }
    /// A client over HTTP.
    var http: HTTPChainClient { ChainClient(httpURL: "http://127.0.0.1:\(port)") }

    /// A fresh temporary path under the system's temporary directory.
    static func temporaryPath(_ prefix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
    }

    /// Starts a node of `era` on `basePath` and `port` (0: a free one), runs `body`, then shuts the node
    /// down; the directory is removed unless `keep` is set.
    static func with<T: Sendable>(
        era: Era = .finney, basePath: String? = nil, keep: Bool = false, port: Int = 0,
        _ body: @Sendable (ExplorerTestNode) async throws -> T
    ) async throws -> T {
        let path = basePath ?? temporaryPath("yuma-explorer-node")
        defer { if !keep { try? FileManager.default.removeItem(atPath: path) } }
        let configuration = NodeConfiguration(
            chain: ChainSpec(name: "Yuma Explorer Test", genesis: .development(era)), basePath: path,
            blockTime: .manual, rpcPort: port)
        let service = try await NodeService.make(configuration, logger: quietLogger)
        let group = ServiceGroup(services: [service], logger: quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let outcome: Result<T, any Error>
            do {
                let bound = try await service.rpcServer.listeningPort()
                outcome = .success(try await body(ExplorerTestNode(port: bound, basePath: path)))
            } catch {
                outcome = .failure(error)
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }

    /// Signs `call` with `key`, submits it and seals a block; returns the block number.
    @discardableResult
    func seal(_ calls: [(Call, KeyPair)] = []) async throws -> UInt64 {
        let client = http
        for (call, key) in calls { try await client.submit(try await client.sign(call, with: key)) }
        return try await client.createBlock().number
    }
}

/// A logger that stays quiet unless `EXPLORER_TEST_LOG` is set.
let quietLogger: Logger = {
    var logger = Logger(label: "yuma.explorer.test")
    logger.logLevel = ProcessInfo.processInfo.environment["EXPLORER_TEST_LOG"] == nil ? .critical : .debug
    return logger
}()

/// The development keys the tests sign with.
enum DevKeys {
    /// `//Alice`: sudo and funded.
    static let alice = key("//Alice")
    /// `//Bob`: funded.
    static let bob = key("//Bob")
    /// `//Charlie`: funded.
    static let charlie = key("//Charlie")

    /// The sr25519 pair of `uri`; the dev URIs always parse.
    static func key(_ uri: String) -> KeyPair {
        do {
            return try KeyPair(uri: uri, scheme: .sr25519)
        } catch {
            fatalError("dev URI \(uri) does not parse: \(error)")
        }
    }
}

/// A transfer call.
func transfer(to destination: KeyPair, _ amount: Rao) -> Call {
    .balances(.transfer(destination: destination.accountID, amount: amount))
}
