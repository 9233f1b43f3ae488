/// Encodes an RGB image as a PNG file (8 bits per channel, no interlacing): signature, `IHDR`, one
/// `IDAT` holding the zlib stream of the filtered rows, `IEND`.
public enum PNGEncoder {
    /// The eight bytes every PNG file starts with.
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The PNG file of a `width` × `height` image whose `rgb` bytes run row by row, three per pixel.
    public static func encode(width: Int, height: Int, rgb: [UInt8], effort: Deflate.Effort = .standard) -> [UInt8] {
        precondition(width > 0 && height > 0 && rgb.count == width * height * 3, "RGB bytes do not match the size")
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // bit depth 8, colour type 2 (RGB), deflate, adaptive filters, no interlace
        var file = signature
        file += chunk("IHDR", header)
        file += chunk("IDAT", Zlib.compress(PNGFilter.filtered(width: width, height: height, rgb: rgb), effort: effort))
        file += chunk("IEND", [])
        return file
    }

    /// A chunk: length, type, data and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        var bytes = bigEndian(UInt32(data.count)) + typeBytes + data
        bytes += bigEndian(CRC32.checksum(typeBytes + data))
        return bytes
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}

/// PNG's per-row filters (PNG §9): each row is sent as the difference that is smallest in sum of
/// absolute values among None, Sub and Up, prefixed with the filter's number.
enum PNGFilter {
    /// The filtered scanlines: `height` rows of one filter byte and `width × 3` bytes.
    static func filtered(width: Int, height: Int, rgb: [UInt8]) -> [UInt8] {
        let stride = width * 3
        var output = [UInt8](repeating: 0, count: height * (stride + 1))
        var none = [UInt8](repeating: 0, count: stride)
        var sub = none, up = none
        for row in 0..<height {
            let start = row * stride
            var costs = (none: 0, sub: 0, up: 0)
            for column in 0..<stride {
                let raw = rgb[start + column]
                let left = column >= 3 ? rgb[start + column - 3] : 0
                let above = row > 0 ? rgb[start + column - stride] : 0
                none[column] = raw
                sub[column] = raw &- left
                up[column] = raw &- above
                costs.none += Int(Int8(bitPattern: raw).magnitude)
                costs.sub += Int(Int8(bitPattern: raw &- left).magnitude)
                costs.up += Int(Int8(bitPattern: raw &- above).magnitude)
            }
            let at = row * (stride + 1)
            if costs.up <= costs.sub && costs.up <= costs.none {
                output[at] = 2
                output.replaceSubrange((at + 1)..<(at + 1 + stride), with: up)
            } else if costs.sub <= costs.none {
                output[at] = 1
                output.replaceSubrange((at + 1)..<(at + 1 + stride), with: sub)
            } else {
                output.replaceSubrange((at + 1)..<(at + 1 + stride), with: none)
            }
        }
        return output
    }
}
