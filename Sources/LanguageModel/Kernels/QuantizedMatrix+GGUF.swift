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
        let blocks = rows * blocksPerRow
        let stride = tensor.type.bytesPerBlock
        let quantBytes = quantBytesPerBlock
        guard let base = source.baseAddress else { return }
        for block in 0..<blocks {
            let start = base + block * stride
            scales[block] = floatFromHalf(start.loadUnaligned(as: UInt16.self))
            let quantOffset: Int
            if format == .q4_1 {
                minimums[block] = floatFromHalf(start.loadUnaligned(fromByteOffset: 2, as: UInt16.self))
                quantOffset = 4
            } else {
                quantOffset = 2
            }
            (quants + block * quantBytes).copyMemory(from: start + quantOffset, byteCount: quantBytes)
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
