import ChildProcess
import Foundation
import Hashing
import Testing

@testable import Keys

/// Runs the Python schnorrkel and ed25519 bindings (from `pip install substrate-interface`) as a live oracle.
enum PythonOracle {
    /// Whether `python3 -c 'import sr25519, ed25519_zebra'` succeeds on this machine.
    static let isAvailable: Bool = (try? run(["-c", "import sr25519, ed25519_zebra"]))?.status == 0

    /// Verifies each `(scheme, publicKey, message, signature)` in Python and re-signs each message with
    /// `seed`; returns one line per item: `ok <python signature hex>` or `bad`.
    static let script = """
        import sys, sr25519, ed25519_zebra
        seed = bytes.fromhex(sys.argv[1])
        for item in sys.argv[2:]:
            scheme, pub, msg, sig = (bytes.fromhex(x) if i else x for i, x in enumerate(item.split(":")))
            if scheme == "sr25519":
                ok = sr25519.verify(sig, msg, pub)
                mine = sr25519.sign(sr25519.pair_from_seed(seed), msg)
            else:
                ok = ed25519_zebra.ed_verify(sig, msg, pub)
                mine = ed25519_zebra.ed_sign(ed25519_zebra.ed_from_seed(seed)[0], msg)
            print(("ok " if ok else "bad ") + bytes(mine).hex())
        """

    /// Runs `python3` with `arguments`; returns its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite("Live interop with the Python key libraries")
struct LiveInteropTests {
    @Test(
        "Swift signatures verify in Python and fresh Python signatures verify in Swift",
        .enabled(
            if: PythonOracle.isAvailable,
            "python3 cannot import sr25519 (pip install substrate-interface to run this test)"),
        arguments: SignatureScheme.allCases)
    func live(_ scheme: SignatureScheme) throws {
        let seed = (0..<32).map { UInt8($0 * 5 + 3) }
        let signer = try KeyPair(uri: "//Alice//live", scheme: scheme)
        let pythonKey = try KeyPair(seed: seed, scheme: scheme)
        let messages: [[UInt8]] = [[], Array("yuma".utf8), (0..<300).map { UInt8($0 % 256) }]
        let items = messages.map { message in
            "\(scheme):\(signer.publicKey.hexString):\(message.hexString):\(signer.sign(message).hexString)"
        }
        let result = try PythonOracle.run(["-c", PythonOracle.script, seed.hexString] + items)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        try #require(lines.count == messages.count)
        for (line, message) in zip(lines, messages) {
            let parts = line.split(separator: " ").map(String.init)
            #expect(parts.first == "ok", "Python refused a Swift \(scheme) signature")
            let pythonSignature = bytes(parts.last ?? "")
            #expect(pythonKey.verify(signature: pythonSignature, message: message))
            #expect(!pythonKey.verify(signature: pythonSignature, message: message + [1]))
        }
    }
}
