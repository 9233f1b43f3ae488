/// The fixed tables of DEFLATE (RFC 1951 §3.2.5 and §3.2.6).
enum DeflateTables {
    /// Smallest match length of length symbols 257…285.
    static let lengthBase: [UInt16] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    /// Extra bits after length symbols 257…285.
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Smallest distance of distance codes 0…29.
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    /// Extra bits after distance codes 0…29.
    static let distanceExtra: [UInt8] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// For each match length 0…258, the index of its length symbol (symbol − 257); lengths below 3 are unused.
    static let lengthIndex: [UInt8] = (0...258).map { length in
        guard length >= 3 else { return 0 }
        var index = lengthBase.count - 1
        while Int(lengthBase[index]) > length { index -= 1 }
        return UInt8(index)
    }

    /// For each distance 1…32768 (at `distance − 1`), its distance code.
    static let distanceCode: [UInt8] = {
        var codes = [UInt8](repeating: 0, count: 32_768)
        var code = 0
        for distance in 1...32_768 {
            while code + 1 < distanceBase.count && Int(distanceBase[code + 1]) <= distance { code += 1 }
            codes[distance - 1] = UInt8(code)
        }
        return codes
    }()

    /// The fixed Huffman code of a literal/length symbol 0…287: its bits and their count.
    @inline(__always)
    static func fixedCode(_ symbol: Int) -> (code: UInt32, width: Int) {
        switch symbol {
        case 0...143: (UInt32(0x30 + symbol), 8)
        case 144...255: (UInt32(0x190 + symbol - 144), 9)
        case 256...279: (UInt32(symbol - 256), 7)
        default: (UInt32(0xC0 + symbol - 280), 8)
        }
    }
}
