import Foundation
import Hashing
import Testing

@testable import Keys

@Suite("Development accounts")
struct DevAccountTests {
    /// `//Alice` … `//Ferdie`: the sr25519 keys `Sources/Runtime/Genesis/DevAccounts.swift` holds.
    static let accounts: [(String, String, String)] = [
        (
            "Alice", "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        ),
        (
            "Bob", "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48",
            "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
        ),
        (
            "Charlie", "90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22",
            "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y"
        ),
        (
            "Dave", "306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20",
            "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy"
        ),
        (
            "Eve", "e659a7a1628cdd93febc04a4e0646ea20e9f5f0ce097d9a05290d4a9e054df4e",
            "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw"
        ),
        (
            "Ferdie", "1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c",
            "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL"
        ),
    ]

    @Test("//Name gives the well-known key and address", arguments: accounts)
    func devAccount(_ name: String, _ publicKey: String, _ address: String) throws {
        let pair = try KeyPair(uri: "//\(name)")
        #expect(pair.publicKey.hexString == publicKey)
        #expect(pair.ss58Address == address)
        #expect(try SS58.decode(address).publicKey == pair.publicKey)
    }

    @Test("the runtime's DevAccounts.swift holds exactly these keys")
    func runtimeGenesisAgrees() throws {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Runtime/Genesis/DevAccounts.swift")
        guard let source = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("cannot read \(file.path)")
            return
        }
        for (name, publicKey, address) in Self.accounts {
            let derived = try KeyPair(uri: "//\(name)")
            #expect(source.contains("account(\"\(derived.publicKey.hexString)\")"), "\(name)'s key")
            #expect(source.contains("\(name)`, \(derived.ss58Address)"), "\(name)'s address")
            #expect(derived.publicKey.hexString == publicKey && derived.ss58Address == address)
        }
    }
}
