/// Builds a ``TranscriptRNG``: a fork of a transcript rekeyed with secret witness data and fresh
/// randomness, so its output is unpredictable even if one of the two sources is weak.
struct TranscriptRNGBuilder: Sendable {
    /// The forked STROBE state.
    private var strobe: Strobe128

    /// Forks `strobe`.
    init(strobe: Strobe128) {
        self.strobe = strobe
    }

    /// Rekeys the fork with secret `witness` bytes under `label`.
    func rekeyed(label: String, witness: [UInt8]) -> TranscriptRNGBuilder {
        var copy = self
        copy.strobe.metaAD(Array(label.utf8), more: false)
        copy.strobe.metaAD(Transcript.lengthBytes(witness.count), more: true)
        copy.strobe.key(witness, more: false)
        return copy
    }

    /// Mixes in 32 bytes drawn from `random` and returns the finished generator.
    func finalize(using random: inout some RandomNumberGenerator) -> TranscriptRNG {
        var copy = strobe
        let entropy = SecureBytes.random(count: 32, using: &random)
        copy.metaAD(Array("rng".utf8), more: false)
        copy.key(entropy, more: false)
        return TranscriptRNG(strobe: copy)
    }
}

/// A generator of witness bytes derived from a transcript, its secrets and fresh randomness.
struct TranscriptRNG: Sendable {
    /// The keyed STROBE state.
    private var strobe: Strobe128

    /// Wraps a finished, keyed STROBE state.
    init(strobe: Strobe128) {
        self.strobe = strobe
    }

    /// Returns the next `count` bytes.
    mutating func bytes(count: Int) -> [UInt8] {
        strobe.metaAD(Transcript.lengthBytes(count), more: false)
        return strobe.prf(count: count, more: false)
    }
}
