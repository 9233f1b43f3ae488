import Hashing
import Testing

@testable import Keys

/// Keccak-f[1600] of the all-zero state: the first lanes of the reference KeccakF-1600 test output.
@Test("Keccak-f[1600] of the zero state")
func keccakPermutationOfZeroState() {
    var state = [UInt8](repeating: 0, count: KeccakPermutation.stateByteCount)
    KeccakPermutation.permute(&state)
    let firstLane = state[0..<8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    let secondLane = state[8..<16].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    #expect(firstLane == 0xF125_8F79_40E1_DDE7)
    #expect(secondLane == 0x84D5_CCF9_33C0_478A)
}

/// The reference Merlin test vector (`equivalence_simple` in dalek's merlin).
@Test("Merlin transcript challenge matches the reference vector")
func merlinReferenceVector() {
    var transcript = Transcript(label: "test protocol")
    transcript.appendMessage(label: "some label", Array("some data".utf8))
    let challenge = transcript.challengeBytes(label: "challenge", count: 32)
    #expect(challenge.hexString == "d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615")
}
