import Foundation
import Testing

@testable import Explorer

@Suite("Raster: DEFLATE and zlib")
struct DeflateTests {
    /// Named inputs: empty, tiny, text, long runs, far repeats and noise.
    static let inputs: [(String, [UInt8])] = {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random() -> UInt8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        let block = (0..<1_000).map { _ in random() }
        return [
            ("empty", []),
            ("one byte", [42]),
            ("abc", Array("abc".utf8)),
            ("run of 1000", [UInt8](repeating: 0x61, count: 1_000)),
            ("zeros 200k", [UInt8](repeating: 0, count: 200_000)),
            ("text", Array(String(repeating: "Registered peers vs UID limit; difficulty 10^7 to 10^15. ", count: 40).utf8)),
            ("far repeat", block + (0..<30_000).map { _ in random() } + block),
            ("all byte values", (0..<4_096).map { UInt8(truncatingIfNeeded: $0) }),
            ("noise 20k", (0..<20_000).map { _ in random() }),
        ]
    }()

    @Test("round trip through a test inflater", arguments: inputs.map(\.0))
    func roundTrip(name: String) throws {
        let input = try #require(Self.inputs.first { $0.0 == name }).1
        #expect(try TinyInflater.inflate(Deflate.compress(input)) == input)
        let effort = Deflate.Effort(chainLength: 1, niceLength: 3)
        #expect(try TinyInflater.inflate(Deflate.compress(input, effort: effort)) == input)
    }

    @Test("zlib wrapper: header, stream, Adler-32", arguments: inputs.map(\.0))
    func zlib(name: String) throws {
        let input = try #require(Self.inputs.first { $0.0 == name }).1
        let stream = Zlib.compress(input)
        #expect(stream[0] == 0x78 && (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0)
        let adler = stream.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(adler == Adler32.checksum(input))
        #expect(try TinyInflater.unzlib(stream) == input)
    }

    @Test("flat data shrinks to a tiny fraction; noise is not expanded beyond stored blocks")
    func ratios() {
        #expect(Deflate.compress([UInt8](repeating: 0, count: 200_000)).count < 2_000)  // 258-byte matches at 13 bits each
        let noise = (0..<20_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }
        #expect(Deflate.compress(noise).count <= Deflate.storedSize(noise.count))
    }

    @Test("Python's zlib decompresses every stream", .enabled(if: PythonCheck.enabled))
    func python() throws {
        for (name, input) in Self.inputs {
            let path = try PythonCheck.temporaryFile(Zlib.compress(input), suffix: ".z")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let result = try PythonCheck.run(
                "import sys, zlib; d = zlib.decompress(open(sys.argv[1], 'rb').read()); print(len(d), zlib.crc32(d))",
                arguments: [path])
            #expect(result.status == 0, "\(name)")
            #expect(result.output == "\(input.count) \(CRC32.checksum(input))", "\(name)")
        }
    }
}
