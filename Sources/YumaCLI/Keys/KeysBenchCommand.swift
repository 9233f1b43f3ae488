import ArgumentParser
import ChildProcess
import Foundation
import Keys

/// `yuma keys bench`: sr25519 and ed25519 signatures per second on one core, with the Python
/// `sr25519` bindings measured in the same run when they are installed.
struct KeysBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Signatures signed and verified per second on one core, against Python's sr25519 bindings.",
        discussion: """
            Signs and verifies a 64-byte message --count times with an sr25519 and an ed25519 key. Then, \
            when --python (default: python3 on PATH) imports the `sr25519` package (py-sr25519-bindings, \
            the bindings Bittensor uses), runs the same sr25519 loops there and prints both. Rates are per \
            second of wall-clock time, then (in parentheses) per second of the thread's CPU time, which \
            moves less when other processes share the machine.
            """
    )

    @Option(name: .long, help: "Signatures per measurement.")
    var count = 20_000

    @Option(name: .long, help: "The Python interpreter with py-sr25519-bindings.")
    var python = "python3"

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be positive") }
    }

    func run() async throws {
        let message = [UInt8](repeating: 7, count: 64)
        for scheme in [SignatureScheme.sr25519, .ed25519] {
            let key = try KeyPair(uri: "//Alice//bench", scheme: scheme)
            let clock = ContinuousClock()
            var signature: [UInt8] = []
            var cpu = Self.threadCPUSeconds()
            let signing = clock.measure { for _ in 0..<count { signature = key.sign(message) } }
            let signingCPU = Self.threadCPUSeconds() - cpu
            var valid = true
            cpu = Self.threadCPUSeconds()
            let verifying = clock.measure {
                for _ in 0..<count { valid = valid && key.verify(signature: signature, message: message) }
            }
            let verifyingCPU = Self.threadCPUSeconds() - cpu
            guard valid else { throw CLIError("a \(scheme) signature did not verify") }
            print(
                "yuma \(scheme): sign \(Self.rate(count, signing)) /s, verify \(Self.rate(count, verifying)) /s"
                    + " (CPU: sign \(Self.rate(count, signingCPU)) /s, verify \(Self.rate(count, verifyingCPU)) /s)"
            )
            if scheme == .sr25519 { try preparedVerification(key: key, signature: signature, message: message) }
        }
        if let line = Self.python(python, count: count) {
            print(line)
        } else {
            print(
                "python sr25519: not measured (\(python) cannot import sr25519; scripts/install-test-deps installs it)"
            )
        }
    }

    /// Verification with a prepared key (``Sr25519VerifyingKey``), as an axon does for repeat callers.
    func preparedVerification(key: KeyPair, signature: [UInt8], message: [UInt8]) throws {
        let clock = ContinuousClock()
        var cpu = Self.threadCPUSeconds()
        var prepared: Sr25519VerifyingKey?
        let preparing = clock.measure {
            for _ in 0..<max(1, count / 100) { prepared = Sr25519VerifyingKey(publicKey: key.publicKey) }
        }
        guard let prepared else { throw CLIError("the sr25519 public key could not be prepared") }
        var valid = true
        cpu = Self.threadCPUSeconds()
        let verifying = clock.measure {
            for _ in 0..<count { valid = valid && prepared.verify(signature: signature, message: message) }
        }
        let verifyingCPU = Self.threadCPUSeconds() - cpu
        guard valid else { throw CLIError("an sr25519 signature did not verify with the prepared key") }
        print(
            "yuma sr25519 prepared key: verify \(Self.rate(count, verifying)) /s (CPU: \(Self.rate(count, verifyingCPU)) /s),"
                + " preparing a key \(Self.rate(max(1, count / 100), preparing)) /s")
    }

    /// `count` operations over `duration`, per second, rounded.
    static func rate(_ count: Int, _ duration: Duration) -> String {
        rate(count, duration.seconds)
    }

    /// `count` operations over `seconds`, per second, rounded.
    static func rate(_ count: Int, _ seconds: Double) -> String {
        String(format: "%.0f", Double(count) / max(seconds, 1e-9))
    }

    /// The CPU time the calling thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// The Python bindings' sign and verify rates, or `nil` when they cannot run.
    static func python(_ interpreter: String, count: Int) -> String? {
        let script = """
            import sys, time, sr25519
            n = int(sys.argv[1]); seed = bytes(range(32)); msg = bytes([7]) * 64
            pub, priv = sr25519.pair_from_seed(seed)
            t, c = time.perf_counter(), time.thread_time()
            for _ in range(n): sig = sr25519.sign((pub, priv), msg)
            s, sc = time.perf_counter() - t, time.thread_time() - c
            t, c = time.perf_counter(), time.thread_time()
            for _ in range(n): ok = sr25519.verify(sig, msg, pub)
            v, vc = time.perf_counter() - t, time.thread_time() - c
            print(f"python sr25519: sign {n / s:.0f} /s, verify {n / v:.0f} /s (CPU: sign {n / sc:.0f} /s, verify {n / vc:.0f} /s)")
            """
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, "-c", script, String(count)]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
