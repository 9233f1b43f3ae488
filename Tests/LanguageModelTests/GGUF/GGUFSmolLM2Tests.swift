import Testing

@testable import LanguageModel

@Suite("GGUF reader on SmolLM2-135M", .enabled(if: SmolLM2Fixture.enabled))
struct GGUFSmolLM2Tests {
    @Test func readsArchitectureHyperparametersAndTensors() throws {
        let file = try GGUFFile(contentsOf: SmolLM2Fixture.requireURL())
        #expect(file.architecture == "llama")
        #expect(try file.integer("llama.block_count") == 30)
        #expect(try file.integer("llama.embedding_length") == 576)
        #expect(try file.integer("llama.feed_forward_length") == 1536)
        #expect(try file.integer("llama.attention.head_count") == 9)
        #expect(try file.integer("llama.attention.head_count_kv") == 3)
        #expect(try file.float("llama.rope.freq_base") == 100_000)
        #expect(abs(try file.float("llama.attention.layer_norm_rms_epsilon") - 1e-5) < 1e-9)
        #expect(file.tensors.count == 272)
        #expect(try file.tensor(named: "token_embd.weight").type == .q8_0)
        #expect(try file.tensor(named: "blk.0.attn_q.weight").type == .q4_1)
        #expect(try file.tensor(named: "output_norm.weight").type == .f32)
        #expect(!file.hasTensor(named: "output.weight"))
    }

    @Test func readsTokenizerArrays() throws {
        let file = try GGUFFile(contentsOf: SmolLM2Fixture.requireURL())
        let tokens = try file.stringArray("tokenizer.ggml.tokens")
        #expect(tokens.count == 49152)
        #expect(tokens[2] == "<|im_end|>")
        #expect(try file.stringArray("tokenizer.ggml.merges").first == "Ġ t")
        #expect(try file.integerArray("tokenizer.ggml.token_type").count == 49152)
        #expect(try file.string("tokenizer.ggml.model") == "gpt2")
        #expect(try file.integer("tokenizer.ggml.eos_token_id") == 2)
    }
}
