/// Text models for Yuma's miners and validators: corpus reading, a byte-level BPE tokenizer read from
/// GGUF metadata, an n-gram model, and a transformer engine that runs SmolLM2-135M from its GGUF file.
public enum LanguageModelModule {}
