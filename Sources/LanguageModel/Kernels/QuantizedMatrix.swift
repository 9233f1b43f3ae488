/// A weight matrix of `rows` × `columns` kept quantized and repacked for the dot-product kernels.
///
/// Repacking at load time turns llama.cpp's interleaved blocks (half scales next to the quants) into
/// separate, aligned arrays: the quants of each row contiguous, and the block scales as `Float`.
/// - `q4_1`: 16 bytes of nibbles per 32 weights (byte `j` holds weight `j` low and `j + 16` high),
///   `scales[b]` and `minimums[b]`: `w = scale * nibble + minimum`.
/// - `q8_0`: 32 signed bytes per 32 weights and `scales[b]`: `w = scale * q`.
///
/// `@unchecked Sendable`: the buffers are written once in `init` and only read afterwards.
final class QuantizedMatrix: @unchecked Sendable {
    /// The block formats the kernels multiply.
    enum Format: Sendable { case q4_1, q8_0 }

    let format: Format
    let rows: Int
    let columns: Int
    /// Blocks of 32 weights per row.
    let blocksPerRow: Int
    /// The packed quants, row after row (`quantBytesPerBlock` bytes per block).
    let quants: UnsafeMutableRawPointer
    /// One scale per block, row after row.
    let scales: UnsafeMutablePointer<Float>
    /// One minimum per block for `q4_1` (zeros for `q8_0`).
    let minimums: UnsafeMutablePointer<Float>

    /// Bytes of quants per block of 32 weights.
    var quantBytesPerBlock: Int { format == .q4_1 ? 16 : 32 }

    init(format: Format, rows: Int, columns: Int) {
        self.format = format
        self.rows = rows
        self.columns = columns
        blocksPerRow = columns / 32
        let blocks = rows * blocksPerRow
        quants = .allocate(byteCount: blocks * (format == .q4_1 ? 16 : 32), alignment: 64)
        scales = .allocate(capacity: blocks)
        minimums = .allocate(capacity: blocks)
        minimums.initialize(repeating: 0, count: blocks)
    }

    deinit {
        quants.deallocate()
        scales.deallocate()
        minimums.deallocate()
    }

    /// Weight `column` of `row` as a float (used for embeddings and tests, not in hot loops).
    func weight(row: Int, column: Int) -> Float {
        let block = row * blocksPerRow + column / 32
        let index = column % 32
        let base = quants + block * quantBytesPerBlock
        switch format {
        case .q4_1:
            let byte = base.load(fromByteOffset: index % 16, as: UInt8.self)
            let nibble = index < 16 ? byte & 0x0F : byte >> 4
            return scales[block] * Float(nibble) + minimums[block]
        case .q8_0:
            return scales[block] * Float(base.load(fromByteOffset: index, as: Int8.self))
        }
    }

    /// Writes row `row` dequantized into `output` (`columns` floats).
    func dequantizeRow(_ row: Int, into output: UnsafeMutablePointer<Float>) {
        for column in 0..<columns { output[column] = weight(row: row, column: column) }
    }
}
