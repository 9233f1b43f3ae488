import ChainAPI
import ChainClient
import Foundation
import Keys
import Logging
import Runtime
import ServiceLifecycle

@testable import Node

/// A node running in-process on a free port with manual block time, for the client and API tests.
struct TestNode: Sendable {
    /// The running service.
    let service: NodeService
    /// The bound RPC port.
    let port: Int
    /// The database directory.
    let basePath: String

    /// `http://127.0.0.1:<port>`.
    var httpURL: String { "http://127.0.0.1:\(port)" }
    /// `ws://127.0.0.1:<port>`.
    var webSocketURL: String { "ws://127.0.0.1:\(port)" }
    /// A client over HTTP.
    var http: HTTPChainClient { ChainClient(httpURL: httpURL) }

    /// A fresh temporary base path.
    static func temporaryBasePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("yuma-client-\(UUID().uuidString)").path
    }

    /// Starts a node on `basePath` (a fresh temporary one by default), runs `body`, then shuts the node
    /// down gracefully; the directory is removed unless `keep` is set.
    static func with<T: Sendable>(
        era: Era = .finney, basePath: String? = nil, keep: Bool = false, maxExtrinsicsPerBlock: Int = 10_000,
        _ body: @Sendable (TestNode) async throws -> T
    ) async throws -> T {
        let path = basePath ?? temporaryBasePath()
        defer { if !keep { try? FileManager.default.removeItem(atPath: path) } }
        let configuration = NodeConfiguration(
            chain: ChainSpec(name: "Yuma Test", genesis: .development(era)), basePath: path, blockTime: .manual,
            rpcPort: 0, maxExtrinsicsPerBlock: maxExtrinsicsPerBlock)
        let service = try await NodeService.make(configuration, logger: testLogger)
        let group = ServiceGroup(services: [service], logger: testLogger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let outcome: Result<T, any Error>
            do {
                let port = try await service.rpcServer.listeningPort()
                outcome = .success(try await body(TestNode(service: service, port: port, basePath: path)))
            } catch {
                outcome = .failure(error)
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }
}

/// The development keys the tests sign with.
enum TestKeys {
    /// `//Alice`, sr25519: sudo and funded.
    static let alice = key("//Alice", .sr25519)
    /// `//Bob`, sr25519: funded.
    static let bob = key("//Bob", .sr25519)
    /// `//Charlie`, sr25519: funded.
    static let charlie = key("//Charlie", .sr25519)
    /// `//Dave`, sr25519: funded.
    static let dave = key("//Dave", .sr25519)
    /// `//Eve` as an ed25519 key: a different account from sr25519 `//Eve`, unfunded at genesis.
    static let edEve = key("//Eve", .ed25519)
    /// `//Ferdie` as an ed25519 key: unfunded.
    static let edFerdie = key("//Ferdie", .ed25519)

    /// The pair of `uri`; the dev URIs always parse.
    static func key(_ uri: String, _ scheme: SignatureScheme) -> KeyPair {
        do {
            return try KeyPair(uri: uri, scheme: scheme)
        } catch {
            fatalError("dev URI \(uri) does not parse: \(error)")
        }
    }
}

/// The base fee of the development genesis, rao.
let baseFee = FeeSchedule.standard.baseFee

/// A transfer call.
func transfer(to destination: KeyPair, _ amount: Rao) -> Call {
    .balances(.transfer(destination: destination.accountID, amount: amount))
}
