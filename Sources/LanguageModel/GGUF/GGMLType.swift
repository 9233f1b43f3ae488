/// The ggml element types a GGUF tensor can have, with the block layout of each.
///
/// Quantized types store a row as blocks: `blockSize` weights share `bytesPerBlock` bytes (scales and
/// packed quants). Plain types have a block of one element.
public enum GGMLType: UInt32, Sendable, CaseIterable {
    /// 32-bit float.
    case f32 = 0
    /// 16-bit IEEE half.
    case f16 = 1
    /// 32 weights: half scale `d`, 16 bytes of 4-bit quants; `w = d * (q - 8)`.
    case q4_0 = 2
    /// 32 weights: half scale `d`, half minimum `m`, 16 bytes of 4-bit quants; `w = d * q + m`.
    case q4_1 = 3
    /// 32 weights: half scale, 4 bytes of fifth bits, 16 bytes of 4-bit quants.
    case q5_0 = 6
    /// 32 weights: half scale, half minimum, 4 bytes of fifth bits, 16 bytes of 4-bit quants.
    case q5_1 = 7
    /// 32 weights: half scale `d`, 32 signed bytes; `w = d * q`.
    case q8_0 = 8
    /// 32 weights: half scale `d`, half `s = d * sum(q)`, 32 signed bytes.
    case q8_1 = 9
    /// 256-weight super-block, 2-bit quants.
    case q2_K = 10
    /// 256-weight super-block, 3-bit quants.
    case q3_K = 11
    /// 256-weight super-block, 4-bit quants.
    case q4_K = 12
    /// 256-weight super-block, 5-bit quants.
    case q5_K = 13
    /// 256-weight super-block, 6-bit quants.
    case q6_K = 14
    /// 256-weight super-block, 8-bit quants (intermediate type).
    case q8_K = 15
    /// 8-bit integer.
    case i8 = 24
    /// 16-bit integer.
    case i16 = 25
    /// 32-bit integer.
    case i32 = 26
    /// 64-bit integer.
    case i64 = 27
    /// 64-bit float.
    case f64 = 28
    /// bfloat16.
    case bf16 = 30

    /// How many weights one block holds.
    public var blockSize: Int {
        switch self {
        case .f32, .f16, .i8, .i16, .i32, .i64, .f64, .bf16: 1
        case .q4_0, .q4_1, .q5_0, .q5_1, .q8_0, .q8_1: 32
        case .q2_K, .q3_K, .q4_K, .q5_K, .q6_K, .q8_K: 256
        }
    }

    /// How many bytes one block occupies.
    public var bytesPerBlock: Int {
        switch self {
        case .f32, .i32: 4
        case .f16, .bf16, .i16: 2
        case .i8: 1
        case .i64, .f64: 8
        case .q4_0: 18
        case .q4_1: 20
        case .q5_0: 22
        case .q5_1: 24
        case .q8_0: 34
        case .q8_1: 36
        case .q2_K: 84
        case .q3_K: 110
        case .q4_K: 144
        case .q5_K: 176
        case .q6_K: 210
        case .q8_K: 292
        }
    }

    /// The name llama.cpp prints for this type, such as `q4_1`.
    public var name: String { "\(self)" }
}
