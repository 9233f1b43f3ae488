// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Yuma",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "yuma", targets: ["YumaCLI"]),
        .library(name: "FixedPoint", targets: ["FixedPoint"]),
        .library(name: "Hashing", targets: ["Hashing"]),
        .library(name: "Consensus", targets: ["Consensus"]),
        .library(name: "Runtime", targets: ["Runtime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "FixedPoint"),
        .target(
            name: "Hashing",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "Consensus", dependencies: ["FixedPoint"]),
        .target(name: "Runtime", dependencies: ["FixedPoint", "Hashing", "Consensus"]),
        .executableTarget(
            name: "YumaCLI",
            dependencies: [
                "FixedPoint", "Hashing", "Consensus", "Runtime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "FixedPointTests", dependencies: ["FixedPoint"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(
            name: "ConsensusTests",
            dependencies: ["Consensus", "FixedPoint"],
            resources: [.copy("Vectors")]
        ),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "YumaCLITests", dependencies: ["YumaCLI"]),
    ]
)
