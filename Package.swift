// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Yuma",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "yuma", targets: ["YumaCLI"]),
        .library(name: "FixedPoint", targets: ["FixedPoint"]),
        .library(name: "Hashing", targets: ["Hashing"]),
        .library(name: "Keys", targets: ["Keys"]),
        .library(name: "Consensus", targets: ["Consensus"]),
        .library(name: "Runtime", targets: ["Runtime"]),
        .library(name: "ChainAPI", targets: ["ChainAPI"]),
        .library(name: "ChainClient", targets: ["ChainClient"]),
        .library(name: "Node", targets: ["Node"]),
        .library(name: "Explorer", targets: ["Explorer"]),
        .library(name: "LanguageModel", targets: ["LanguageModel"]),
        .library(name: "Neuron", targets: ["Neuron"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Localnet", targets: ["Localnet"]),
        .library(name: "ChildProcess", targets: ["ChildProcess"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "FixedPoint"),
        .target(
            name: "Hashing",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .target(
            name: "Keys",
            dependencies: ["Hashing", "CSodium", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "CPrefetch"),
        .target(name: "CSpawn"),
        .target(name: "ChildProcess", dependencies: ["CSpawn"]),
        .target(name: "Consensus", dependencies: ["FixedPoint", "CPrefetch"]),
        .target(name: "Runtime", dependencies: ["FixedPoint", "Hashing", "Consensus", "CSodium"]),
        .target(name: "ChainAPI", dependencies: ["Runtime"]),
        .target(
            name: "ChainClient",
            dependencies: [
                "ChainAPI", "Runtime", "Keys",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Node",
            dependencies: [
                "ChainAPI", "Runtime", "Keys", "Hashing",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Explorer",
            dependencies: [
                "ChainAPI", "ChainClient", "Runtime",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(name: "LanguageModel"),
        .target(
            name: "Neuron",
            dependencies: [
                "Keys", "Hashing", "LanguageModel", "ChainAPI", "ChainClient", "Runtime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Simulation",
            dependencies: [
                "FixedPoint", "Hashing", "Consensus", "Runtime", "ChainAPI", "ChainClient", "Explorer",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Localnet",
            dependencies: [
                "ChainAPI", "ChainClient", "Runtime", "Keys", "ChildProcess",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "YumaCLI",
            dependencies: [
                "FixedPoint", "Hashing", "Consensus", "Runtime", "Keys", "ChainAPI", "ChainClient", "Node", "Explorer",
                "LanguageModel", "Neuron", "Simulation", "Localnet", "ChildProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "FixedPointTests", dependencies: ["FixedPoint"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(name: "KeysTests", dependencies: ["Keys", "Hashing", "ChildProcess"], exclude: ["Oracle"]),
        .testTarget(
            name: "ConsensusTests",
            dependencies: ["Consensus", "FixedPoint"],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(
            name: "NodeTests",
            dependencies: [
                "Node", "ChainClient", "ChainAPI", "Runtime", "Keys", "ChildProcess",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "ExplorerTests",
            dependencies: [
                "Explorer", "Node", "ChainClient", "ChainAPI", "Runtime", "Keys", "ChildProcess",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(name: "YumaCLITests", dependencies: ["YumaCLI", "ChildProcess"]),
        .testTarget(name: "LanguageModelTests", dependencies: ["LanguageModel", "ChildProcess"], exclude: ["Oracle"]),
        .testTarget(
            name: "NeuronTests",
            dependencies: [
                "Neuron", "LanguageModel", "Keys", "Hashing", "Node", "ChainClient", "ChainAPI", "Runtime", "ChildProcess",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            exclude: ["Oracle"]
        ),
        .testTarget(name: "LocalnetTests", dependencies: ["Localnet", "ChainClient", "Keys", "Runtime", "ChildProcess"]),
        .testTarget(name: "ChildProcessTests", dependencies: ["ChildProcess"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Runtime", "Explorer", "ChainAPI"]),
    ]
)
