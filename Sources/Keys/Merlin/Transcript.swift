/// A Merlin transcript (v1.0): a STROBE-128 duplex that absorbs labelled messages and squeezes
/// labelled challenges, so that a protocol's Fiat–Shamir challenges bind everything said before them.
///
/// Transcripts are values: copying one forks it, which is how a signing context is reused.
struct Transcript: Sendable {
    /// The underlying STROBE state.
    private(set) var strobe: Strobe128

    /// Starts a transcript for the application domain `label`.
    init(label: String) {
        strobe = Strobe128(protocolLabel: Array("Merlin v1.0".utf8))
        appendMessage(label: "dom-sep", Array(label.utf8))
    }

    /// Absorbs `message` under `label`, framed with its length.
    mutating func appendMessage(label: String, _ message: [UInt8]) {
        strobe.metaAD(label.utf8, more: false)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: message.count).littleEndian) { length in
            strobe.metaAD(length, more: true)
        }
        strobe.ad(message, more: false)
    }

    /// Absorbs `value` as 8 little-endian bytes under `label`.
    mutating func appendUInt64(label: String, _ value: UInt64) {
        appendMessage(label: label, withUnsafeBytes(of: value.littleEndian) { Array($0) })
    }

    /// Squeezes `count` challenge bytes bound to everything absorbed so far.
    mutating func challengeBytes(label: String, count: Int) -> [UInt8] {
        strobe.metaAD(label.utf8, more: false)
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { length in
            strobe.metaAD(length, more: true)
        }
        return strobe.prf(count: count, more: false)
    }

    /// Starts building a witness RNG that forks this transcript's state.
    func rngBuilder() -> TranscriptRNGBuilder {
        TranscriptRNGBuilder(strobe: strobe)
    }

    /// A length as the 4 little-endian bytes Merlin frames messages with.
    static func lengthBytes(_ count: Int) -> [UInt8] {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: count).littleEndian) { Array($0) }
    }
}
