/// Builds small GGUF files byte by byte for the reader tests.
struct GGUFBytes {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func f32(_ value: Float) { u32(value.bitPattern) }
    mutating func string(_ value: String) {
        u64(UInt64(value.utf8.count))
        bytes += Array(value.utf8)
    }

    /// Header with magic `GGUF`, `version`, and the two counts.
    mutating func header(version: UInt32 = 3, tensors: UInt64, metadata: UInt64, magic: UInt32 = 0x4655_4747)
    {
        u32(magic)
        u32(version)
        u64(tensors)
        u64(metadata)
    }

    /// A small but complete file: every scalar type, a string array, an integer array, two tensors
    /// (an f32 vector and a 2-row q8_0 matrix) and padded data.
    static func sample(
        version: UInt32 = 3, magic: UInt32 = 0x4655_4747, valueType: UInt32 = 4, tensorType: UInt32 = 8
    ) -> [UInt8] {
        var file = GGUFBytes()
        file.header(version: version, tensors: 2, metadata: 8, magic: magic)
        file.string("general.architecture"); file.u32(8); file.string("llama")
        file.string("llama.block_count"); file.u32(valueType); file.u32(30)
        file.string("llama.rope.freq_base"); file.u32(6); file.f32(100_000)
        file.string("tokenizer.ggml.add_bos_token"); file.u32(7); file.u8(1)
        file.string("tokenizer.ggml.tokens"); file.u32(9); file.u32(8); file.u64(3)
        file.string("a"); file.string("Ġthe"); file.string("<|im_end|>")
        file.string("tokenizer.ggml.token_type"); file.u32(9); file.u32(5); file.u64(2)
        file.u32(1); file.u32(3)
        file.string("small.int8"); file.u32(1); file.u8(0xFF)
        file.string("big.float64"); file.u32(12); file.u64(Double(2.5).bitPattern)
        // Tensors: "norm" f32 [4] at 0, "mat" q8_0 [32, 2] at 32.
        file.string("norm"); file.u32(1); file.u64(4); file.u32(0); file.u64(0)
        file.string("mat"); file.u32(2); file.u64(32); file.u64(2); file.u32(tensorType); file.u64(32)
        while file.bytes.count % 32 != 0 { file.u8(0) }
        for value in [1, 2, 3, 4] as [Float] { file.f32(value) }
        file.bytes += [UInt8](repeating: 0, count: 16)
        file.bytes += [UInt8](repeating: 7, count: 68)
        return file.bytes
    }
}
