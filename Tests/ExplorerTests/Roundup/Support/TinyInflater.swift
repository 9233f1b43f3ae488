/// A small DEFLATE decoder for stored and fixed-Huffman blocks, to check the encoder in memory.
struct TinyInflater {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let input: [UInt8]
    private var position = 0

    /// Inflates a raw DEFLATE stream.
    static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var inflater = TinyInflater(input: input)
        return try inflater.run()
    }

    /// Checks and strips a zlib wrapper, then inflates.
    static func unzlib(_ input: [UInt8]) throws -> [UInt8] {
        guard input.count >= 6, input[0] & 0x0F == 8, (Int(input[0]) << 8 | Int(input[1])) % 31 == 0 else {
            throw Failure(description: "bad zlib header")
        }
        return try inflate(Array(input[2..<(input.count - 4)]))
    }

    private init(input: [UInt8]) { self.input = input }

    private mutating func bit() throws -> Int {
        guard position / 8 < input.count else { throw Failure(description: "stream ends early") }
        let value = Int(input[position / 8] >> UInt8(position % 8)) & 1
        position += 1
        return value
    }

    private mutating func bits(_ count: Int) throws -> Int {
        var value = 0
        for index in 0..<count { value |= try bit() << index }
        return value
    }

    /// A fixed-code literal/length symbol, its code read most significant bit first.
    private mutating func symbol() throws -> Int {
        var code = 0
        for _ in 0..<7 { code = code << 1 | (try bit()) }
        if code <= 0b0010111 { return 256 + code }
        code = code << 1 | (try bit())
        if (0x30...0xBF).contains(code) { return code - 0x30 }
        if (0xC0...0xC7).contains(code) { return 280 + code - 0xC0 }
        code = code << 1 | (try bit())
        guard (0x190...0x1FF).contains(code) else { throw Failure(description: "bad code \(code)") }
        return 144 + code - 0x190
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]

    private mutating func run() throws -> [UInt8] {
        var output: [UInt8] = []
        var final = 0
        repeat {
            final = try bit()
            switch try bits(2) {
            case 0:
                position = (position + 7) / 8 * 8
                let length = try bits(16), complement = try bits(16)
                guard length == ~complement & 0xFFFF else { throw Failure(description: "bad stored length") }
                for _ in 0..<length { output.append(UInt8(try bits(8))) }
            case 1:
                while true {
                    let s = try symbol()
                    if s < 256 { output.append(UInt8(s)); continue }
                    if s == 256 { break }
                    let index = s - 257
                    guard index < 29 else { throw Failure(description: "bad length symbol \(s)") }
                    let length = Self.lengthBase[index] + (try bits(Self.lengthExtra[index]))
                    var code = 0
                    for _ in 0..<5 { code = code << 1 | (try bit()) }
                    guard code < 30 else { throw Failure(description: "bad distance code \(code)") }
                    let extra = code < 4 ? 0 : code / 2 - 1
                    let base = code < 4 ? code + 1 : (2 + code % 2) << extra + 1
                    let distance = base + (try bits(extra))
                    guard distance <= output.count else { throw Failure(description: "distance \(distance) too far") }
                    for _ in 0..<length { output.append(output[output.count - distance]) }
                }
            default:
                throw Failure(description: "block type not handled by the test inflater")
            }
        } while final == 0
        return output
    }
}
