import Foundation

@testable import Keys

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
    /// The folder's absolute path.
    let path: String

    /// Creates a uniquely named folder.
    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/yuma-wallet-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A wallet under `root` whose `$NACL` files use cheap Argon2i parameters (unit tests only).
func testWallet(_ name: String = "w", hotkey: String = "default", root: String) throws -> Wallet {
    try Wallet(name: name, hotkey: hotkey, root: root, keyDerivation: .testing)
}

/// A password source that counts how often it is asked and answers a fixed password.
final class CountingPasswordSource: PasswordSource, @unchecked Sendable {
    // Reviewed exception: tests read the counter only after the synchronous calls that change it.
    private(set) var requests: [PasswordRequest] = []
    private let value: String

    init(_ value: String) {
        self.value = value
    }

    func password(for request: PasswordRequest) throws(PasswordError) -> String {
        requests.append(request)
        return value
    }
}

/// The committed fixture folder written by `Oracle/make_wallet_fixtures.py`.
let walletFixtureRoot: String = {
    let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    return here.deletingLastPathComponent().appendingPathComponent("Oracle/wallet-fixtures").path
}()

/// The bytes of a fixture file below ``walletFixtureRoot``.
func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: walletFixtureRoot + "/" + relativePath)))
}

/// The permission bits of `path`.
func permissions(_ path: String) -> Int? {
    (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int
}
