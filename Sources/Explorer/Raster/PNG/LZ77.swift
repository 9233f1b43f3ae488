/// The LZ77 half of ``Deflate``: finds earlier copies of the upcoming bytes and writes literals and
/// (length, distance) pairs with the fixed Huffman codes.
enum LZ77 {
    static let window = 32_768
    static let hashBits = 15
    static let minMatch = 3
    static let maxMatch = 258

    /// Encodes all of `input` into `writer` (the block header is already written).
    static func encode(_ input: [UInt8], effort: Deflate.Effort, into writer: inout BitWriter) {
        let count = input.count
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var previous = [Int32](repeating: -1, count: window)
        input.withUnsafeBufferPointer { bytes in
            func hash(_ at: Int) -> Int {
                let value = UInt32(bytes[at]) << 16 | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2])
                return Int((value &* 2_654_435_761) >> UInt32(32 - hashBits))
            }
            func insert(_ at: Int) {
                guard at + minMatch <= count else { return }
                let h = hash(at)
                previous[at & (window - 1)] = head[h]
                head[h] = Int32(at)
            }
            var position = 0
            while position < count {
                var bestLength = 0, bestDistance = 0
                if position + minMatch <= count {
                    let limit = min(maxMatch, count - position)
                    var candidate = Int(head[hash(position)])
                    var tries = effort.chainLength
                    while candidate >= 0 && position - candidate <= window && tries > 0 {
                        if bytes[candidate + bestLength] == bytes[position + bestLength] || bestLength == 0 {
                            var length = 0
                            while length < limit && bytes[candidate + length] == bytes[position + length] { length += 1 }
                            if length > bestLength {
                                bestLength = length
                                bestDistance = position - candidate
                                if length >= effort.niceLength || length == limit { break }
                            }
                        }
                        let next = Int(previous[candidate & (window - 1)])
                        if next >= candidate { break }
                        candidate = next
                        tries -= 1
                    }
                }
                if bestLength >= minMatch {
                    writeMatch(length: bestLength, distance: bestDistance, into: &writer)
                    for offset in 0..<bestLength { insert(position + offset) }
                    position += bestLength
                } else {
                    let (code, width) = DeflateTables.fixedCode(Int(bytes[position]))
                    writer.writeCode(code, width: width)
                    insert(position)
                    position += 1
                }
            }
        }
    }

    /// Writes a (length, distance) pair: length symbol, its extra bits, distance code, its extra bits.
    static func writeMatch(length: Int, distance: Int, into writer: inout BitWriter) {
        let lengthIndex = Int(DeflateTables.lengthIndex[length])
        let (code, width) = DeflateTables.fixedCode(257 + lengthIndex)
        writer.writeCode(code, width: width)
        let lengthExtra = Int(DeflateTables.lengthExtra[lengthIndex])
        if lengthExtra > 0 { writer.write(UInt32(length - Int(DeflateTables.lengthBase[lengthIndex])), width: lengthExtra) }
        let distanceCode = Int(DeflateTables.distanceCode[distance - 1])
        writer.writeCode(UInt32(distanceCode), width: 5)
        let distanceExtra = Int(DeflateTables.distanceExtra[distanceCode])
        if distanceExtra > 0 {
            writer.write(UInt32(distance - Int(DeflateTables.distanceBase[distanceCode])), width: distanceExtra)
        }
    }
}
