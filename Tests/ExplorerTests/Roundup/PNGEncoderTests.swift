import Foundation
import Testing

@testable import Explorer

@Suite("Raster: PNG files")
struct PNGEncoderTests {
    /// A canvas with a frame, a dashed line, a filled polygon and text.
    static func sample(width: Int, height: Int) -> RasterCanvas {
        var canvas = RasterCanvas(width: width, height: height)
        canvas.fillRect(x: 2.5, y: 2.5, w: Double(width) - 5, h: 3, color: RGBColor(red: 200, green: 30, blue: 30))
        canvas.stroke(
            [RasterPoint(x: 1, y: Double(height) - 2), RasterPoint(x: Double(width) - 1, y: 4)], lineWidth: 2,
            color: .black, dash: [6, 4])
        canvas.fillPolygon(
            [RasterPoint(x: 0, y: Double(height)), RasterPoint(x: Double(width) / 2, y: 8), RasterPoint(x: Double(width), y: Double(height))],
            color: RGBColor(red: 20, green: 120, blue: 60), alpha: 0.3)
        canvas.drawText("τ 10^7", x: 4, y: 20, pixelSize: 2, color: .black)
        return canvas
    }

    /// The chunks of a PNG file: type and data, checking each CRC.
    static func chunks(_ file: [UInt8]) throws -> [(String, [UInt8])] {
        var chunks: [(String, [UInt8])] = []
        var at = 8
        func u32(_ i: Int) -> Int { file[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        while at + 12 <= file.count {
            let length = u32(at)
            let type = String(decoding: file[(at + 4)..<(at + 8)], as: UTF8.self)
            let data = Array(file[(at + 8)..<(at + 8 + length)])
            #expect(UInt32(u32(at + 8 + length)) == CRC32.checksum(Array(file[(at + 4)..<(at + 8 + length)])), "CRC of \(type)")
            chunks.append((type, data))
            at += 12 + length
        }
        #expect(at == file.count)
        return chunks
    }

    @Test("signature, IHDR, IDAT inflating to the rows, IEND", arguments: [(1, 1), (7, 3), (64, 40), (300, 120)])
    func structure(width: Int, height: Int) throws {
        let canvas = Self.sample(width: width, height: height)
        let file = canvas.png()
        #expect(Array(file.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = try Self.chunks(file)
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        let header = chunks[0].1
        #expect(header.count == 13)
        #expect(header[0..<4].reduce(0) { $0 << 8 | Int($1) } == width)
        #expect(header[4..<8].reduce(0) { $0 << 8 | Int($1) } == height)
        #expect(Array(header[8...]) == [8, 2, 0, 0, 0])
        let rows = try TinyInflater.unzlib(chunks[1].1)
        #expect(rows.count == height * (1 + width * 3))
        #expect(Self.unfilter(rows, width: width, height: height) == canvas.rgb)
    }

    /// Undoes the None, Sub and Up filters.
    static func unfilter(_ rows: [UInt8], width: Int, height: Int) -> [UInt8] {
        let stride = width * 3
        var rgb = [UInt8](repeating: 0, count: stride * height)
        for row in 0..<height {
            let filter = rows[row * (stride + 1)]
            for column in 0..<stride {
                let raw = rows[row * (stride + 1) + 1 + column]
                let left = column >= 3 ? rgb[row * stride + column - 3] : 0
                let up = row > 0 ? rgb[(row - 1) * stride + column] : 0
                rgb[row * stride + column] = raw &+ (filter == 1 ? left : filter == 2 ? up : 0)
            }
        }
        return rgb
    }

    @Test("Python reads the PNG: size, colour type and the decompressed length", .enabled(if: PythonCheck.enabled))
    func python() throws {
        let file = Self.sample(width: 120, height: 50).png()
        let path = try PythonCheck.temporaryFile(file, suffix: ".png")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import struct, sys, zlib
            b = open(sys.argv[1], 'rb').read()
            assert b[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
            i, idat, ihdr = 8, b'', None
            while i < len(b):
                n, t = struct.unpack('>I4s', b[i:i+8]); d = b[i+8:i+8+n]
                assert struct.unpack('>I', b[i+8+n:i+12+n])[0] == zlib.crc32(t + d)
                if t == b'IHDR': ihdr = struct.unpack('>IIBBBBB', d)
                if t == b'IDAT': idat += d
                i += 12 + n
            w, h = ihdr[0], ihdr[1]
            print(w, h, ihdr[2], ihdr[3], len(zlib.decompress(idat)) == h * (1 + 3 * w))
            """
        let result = try PythonCheck.run(script, arguments: [path])
        #expect(result.status == 0)
        #expect(result.output == "120 50 8 2 True")
    }
}
