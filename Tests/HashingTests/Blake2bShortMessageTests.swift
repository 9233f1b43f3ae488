import Testing

@testable import Hashing

/// The allocation-free single-block BLAKE2b-512 gives the same digest as the streaming hasher.
@Suite struct Blake2bShortMessageTests {
    @Test("matches hash512 for every length up to one block", arguments: [0, 1, 31, 32, 33, 64, 127, 128])
    func matchesStreaming(_ length: Int) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let words = message.withUnsafeBytes { Blake2b.hash512Words(ofShortMessage: $0) }
        let bytes = words.map { $0.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } } }
        #expect(bytes == Blake2b.hash512(message))
    }

    @Test func refusesLongerMessages() {
        let message = [UInt8](repeating: 1, count: 129)
        #expect(message.withUnsafeBytes { Blake2b.hash512Words(ofShortMessage: $0) } == nil)
    }
}
