import Testing

@testable import Runtime

/// Random and mutated bytes decode to a value or a `CodecError`, never a trap.
@Suite struct MalformedInputTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomBytesNeverTrap() {
        var generator = Generator(state: 42)
        var decoded = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0..<80, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Steer the first byte to a real pallet half of the time.
            if !bytes.isEmpty, Bool.random(using: &generator) {
                bytes[0] = UInt8.random(in: 0...8, using: &generator)
            }
            if (try? Call(decoding: bytes)) != nil { decoded += 1 }
            _ = try? Event(decoding: bytes)
            _ = try? DispatchError(decoding: bytes)
            _ = try? Extrinsic(decoding: bytes)
        }
        #expect(decoded >= 0)
    }

    @Test func mutatedEncodingsNeverTrap() {
        var generator = Generator(state: 7)
        let samples = CallCodecTests.calls.map {
            Extrinsic(signer: .init(testSeed: 1), nonce: 1, call: $0.0).encoded()
        }
        for sample in samples {
            for position in sample.indices {
                var bytes = sample
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
                if let extrinsic = try? Extrinsic(decoding: bytes) {
                    // Whatever decodes re-encodes to the same bytes: the encoding is canonical.
                    #expect(extrinsic.encoded() == bytes)
                }
            }
        }
    }
}
