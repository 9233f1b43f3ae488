/// Yuma's built-in bitmap font for chart labels: 5 × 7 pixel capitals and digits, lowercase with
/// two-pixel descenders, printable ASCII plus `τ`, `·`, `×`, `≈`, `…`, `→` and dashes.
///
/// Each glyph is drawn on a 6-pixel advance (one pixel of spacing) and 9 rows: 7 above the baseline
/// and 2 below it.
public enum BitmapFont {
    /// Glyph width in font pixels.
    public static let glyphWidth = 5
    /// Horizontal advance per character in font pixels.
    public static let advance = 6
    /// Rows above the baseline.
    public static let ascent = 7
    /// Rows below the baseline.
    public static let descent = 2

    /// The rows of `character`, top first, 5 bits each (bit 4 is the leftmost pixel); `?` for
    /// characters the font lacks.
    public static func rows(of character: Character) -> [UInt8] {
        glyphs[character] ?? glyphs["?"] ?? []
    }

    /// Width of `text` in font pixels (the last character's spacing excluded).
    public static func width(of text: String) -> Int {
        text.isEmpty ? 0 : text.count * advance - 1
    }

    /// Every glyph, parsed from the pattern tables.
    static let glyphs: [Character: [UInt8]] = {
        var table: [Character: [UInt8]] = [:]
        for (character, pattern) in FontPatterns.symbols.merging(FontPatterns.letters, uniquingKeysWith: { a, _ in a }) {
            table[character] = pattern.split(separator: " ").map { row in
                row.reduce(UInt8(0)) { bits, pixel in bits << 1 | (pixel == "#" ? 1 : 0) }
            }
        }
        return table
    }()
}
