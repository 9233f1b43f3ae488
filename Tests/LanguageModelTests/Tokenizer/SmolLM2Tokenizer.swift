import Foundation
import LanguageModel

/// The SmolLM2 tokenizer, read once from the GGUF file for all tests that need it.
enum SmolLM2Tokenizer {
    static let shared: Result<BPETokenizer, any Error> = Result {
        try BPETokenizer(gguf: GGUFFile(contentsOf: SmolLM2Fixture.requireURL()))
    }

    static func load() throws -> BPETokenizer { try shared.get() }
}
