extension QuantizedMatrix {
    /// Repacks a `q4_1` or `q8_0` tensor of `file`; other types are refused.
    convenience init(tensor: GGUFTensorInfo, in file: GGUFFile) throws(TransformerError) {
        let format: Format
        switch tensor.type {
        case .q4_1: format = .q4_1
        case .q8_0: format = .q8_0
        default: throw .unsupportedTensorType(tensor.name, tensor.type)
        }
        guard tensor.dimensions.count == 2, tensor.rowLength % 32 == 0 else {
            throw .unexpectedShape(tensor.name, tensor.dimensions)
        }
        self.init(format: format, rows: tensor.rowCount, columns: tensor.rowLength)
        let source = file.bytes(of: tensor)
        let stride = tensor.type.bytesPerBlock
        let quantOffset = format == .q4_1 ? 4 : 2
        guard let base = source.baseAddress else { return }
        for row in 0..<rows {
            for block in 0..<blocksPerRow {
                let start = base + (row * blocksPerRow + block) * stride
                let scale = floatFromHalf(start.loadUnaligned(as: UInt16.self))
                let minimum =
                    format == .q4_1 ? floatFromHalf(start.loadUnaligned(fromByteOffset: 2, as: UInt16.self)) : 0
                setBlock(row: row, block: block, scale: scale, minimum: minimum, quants: start + quantOffset)
            }
        }
    }
}

/// Reads an `f32` vector tensor (norm weights) into an array.
func floatVector(_ tensor: GGUFTensorInfo, in file: GGUFFile, count: Int) throws(TransformerError) -> [Float]
{
    guard tensor.type == .f32 else { throw .unsupportedTensorType(tensor.name, tensor.type) }
    guard tensor.elementCount == count else { throw .unexpectedShape(tensor.name, tensor.dimensions) }
    let bytes = file.bytes(of: tensor)
    return (0..<count).map { bytes.loadUnaligned(fromByteOffset: $0 * 4, as: Float.self) }
}
