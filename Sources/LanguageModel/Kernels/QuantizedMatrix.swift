/// A weight matrix of `rows` × `columns` kept quantized and repacked for the dot-product kernels.
///
/// Repacking at load time turns llama.cpp's interleaved blocks (half scales next to the quants) into
/// separate arrays of quants and `Float` scales laid out for the kernels:
/// - `q4_1` (`w = scale * nibble + minimum`): rows in groups of eight (``groupRows``), padded with zero
///   rows. Per group and block of 32 columns, 128 bytes in four chunks of eight columns; chunk `q` is
///   sixteen 16-bit words, word `i` belonging to row `i / 2` of the group and holding in its nibble `k`
///   the weight of column `8q + 2k + i % 2`. Shifting a chunk by `4k` and masking yields the weights of
///   eight rows × two adjacent columns as sixteen 16-bit lanes, ready to multiply with a broadcast
///   column pair (see ``Q4GroupKernel``). Scales and minimums: eight per group and block, one per row.
/// - `q8_0` (`w = scale * q`): 32 signed bytes per block, row after row, one scale per block; byte
///   `2i` holds column `i` and byte `2i + 1` column `i + 16`, so the low and high bytes of the sixteen
///   16-bit words are the block's two halves in column order.
///
/// `@unchecked Sendable`: the buffers are written while loading and only read afterwards.
final class QuantizedMatrix: @unchecked Sendable {
    /// The block formats the kernels multiply.
    enum Format: Sendable { case q4_1, q8_0 }

    /// Rows the `q4_1` kernel computes at once.
    static let groupRows = 8

    let format: Format
    let rows: Int
    let columns: Int
    /// Blocks of 32 weights per row.
    let blocksPerRow: Int
    /// `rows` rounded up to a multiple of ``groupRows``; the padding rows are zero.
    let paddedRows: Int
    /// The packed quants (`quantBytesPerBlock` bytes per block).
    let quants: UnsafeMutableRawPointer
    /// One scale per block, at ``blockIndex(row:block:)``.
    let scales: UnsafeMutablePointer<Float>
    /// One minimum per block for `q4_1` (zeros for `q8_0`), at ``blockIndex(row:block:)``.
    let minimums: UnsafeMutablePointer<Float>

    /// Bytes of quants per block of 32 weights.
    var quantBytesPerBlock: Int { format == .q4_1 ? 16 : 32 }
    /// Blocks stored, padding rows included.
    var storedBlocks: Int { paddedRows * blocksPerRow }

    init(format: Format, rows: Int, columns: Int) {
        self.format = format
        self.rows = rows
        self.columns = columns
        blocksPerRow = columns / 32
        paddedRows = (rows + Self.groupRows - 1) / Self.groupRows * Self.groupRows
        let blocks = paddedRows * blocksPerRow
        let bytes = blocks * (format == .q4_1 ? 16 : 32)
        quants = .allocate(byteCount: bytes, alignment: 64)
        quants.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        scales = .allocate(capacity: blocks)
        scales.initialize(repeating: 0, count: blocks)
        minimums = .allocate(capacity: blocks)
        minimums.initialize(repeating: 0, count: blocks)
    }

    deinit {
        quants.deallocate()
        scales.deallocate()
        minimums.deallocate()
    }

    /// Where the scale and minimum of block `block` of row `row` are stored.
    @inline(__always)
    func blockIndex(row: Int, block: Int) -> Int {
        switch format {
        case .q4_1:
            ((row / Self.groupRows) * blocksPerRow + block) * Self.groupRows + row % Self.groupRows
        case .q8_0: row * blocksPerRow + block
        }
    }

    /// Byte offset and shift of the nibble holding `q4_1` weight `column` (0..<32) of block `block`, row `row`.
    @inline(__always)
    func nibbleLocation(row: Int, block: Int, column: Int) -> (byte: Int, shift: Int) {
        let group = row / Self.groupRows
        let chunk = column / 8
        let word = 2 * (row % Self.groupRows) + column % 2
        let nibble = (column % 8) / 2
        let byte = ((group * blocksPerRow + block) * 4 + chunk) * 32 + word * 2 + nibble / 2
        return (byte, 4 * (nibble % 2))
    }

    /// Stores one block given in llama.cpp's layout: for `q4_1`, 16 bytes whose byte `j` holds weight
    /// `j` in its low nibble and `j + 16` in its high nibble; for `q8_0`, 32 signed bytes.
    func setBlock(row: Int, block: Int, scale: Float, minimum: Float, quants source: UnsafeRawPointer) {
        let index = blockIndex(row: row, block: block)
        scales[index] = scale
        minimums[index] = minimum
        switch format {
        case .q4_1:
            for j in 0..<16 {
                let byte = source.load(fromByteOffset: j, as: UInt8.self)
                storeNibble(byte & 0x0F, row: row, block: block, column: j)
                storeNibble(byte >> 4, row: row, block: block, column: j + 16)
            }
        case .q8_0:
            let target = quants + (row * blocksPerRow + block) * 32
            for i in 0..<16 {
                target.storeBytes(of: source.load(fromByteOffset: i, as: UInt8.self), toByteOffset: 2 * i, as: UInt8.self)
                target.storeBytes(
                    of: source.load(fromByteOffset: i + 16, as: UInt8.self), toByteOffset: 2 * i + 1, as: UInt8.self)
            }
        }
    }

    @inline(__always)
    private func storeNibble(_ value: UInt8, row: Int, block: Int, column: Int) {
        let (byte, shift) = nibbleLocation(row: row, block: block, column: column)
        let old = quants.load(fromByteOffset: byte, as: UInt8.self)
        let updated = old & ~(0x0F << shift) | value << shift
        quants.storeBytes(of: updated, toByteOffset: byte, as: UInt8.self)
    }

    /// Weight `column` of `row` as a float (used for embeddings and tests, not in hot loops).
    func weight(row: Int, column: Int) -> Float {
        let block = column / 32
        let index = blockIndex(row: row, block: block)
        switch format {
        case .q4_1:
            let (byte, shift) = nibbleLocation(row: row, block: block, column: column % 32)
            let nibble = (quants.load(fromByteOffset: byte, as: UInt8.self) >> shift) & 0x0F
            return scales[index] * Float(nibble) + minimums[index]
        case .q8_0:
            let inBlock = column % 32
            let byte = inBlock < 16 ? 2 * inBlock : 2 * (inBlock - 16) + 1
            let q = quants.load(fromByteOffset: (row * blocksPerRow + block) * 32 + byte, as: Int8.self)
            return scales[index] * Float(q)
        }
    }

    /// Writes row `row` dequantized into `output` (`columns` floats).
    func dequantizeRow(_ row: Int, into output: UnsafeMutablePointer<Float>) {
        for column in 0..<columns { output[column] = weight(row: row, column: column) }
    }
}
