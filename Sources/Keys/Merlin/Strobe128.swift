import Hashing

/// The subset of STROBE-128 (v1.0.2, over Keccak-f[1600]) that Merlin transcripts need.
///
/// Operations: `meta_ad`, `ad`, `prf` and `key`, each either starting a new operation or continuing
/// the previous one (`more`). The state is a plain value, so copying a transcript forks it.
struct Strobe128: Sendable {
    /// Operation flags from the STROBE specification.
    private enum Flag {
        static let inbound: UInt8 = 1 << 0
        static let application: UInt8 = 1 << 1
        static let cipher: UInt8 = 1 << 2
        static let transport: UInt8 = 1 << 3
        static let meta: UInt8 = 1 << 4
        static let keyTree: UInt8 = 1 << 5
    }

    /// The sponge rate in bytes for 128-bit security: 200 − 2·16 − 2.
    static let rate = 166

    /// The 200-byte Keccak state.
    private var state: [UInt8]
    /// The position of the next byte within the rate.
    private var position = 0
    /// The position at which the current operation began (within this block).
    private var operationBegin = 0
    /// The flags of the current operation.
    private var currentFlags: UInt8 = 0

    /// Creates a STROBE-128 object with the given protocol label.
    init(protocolLabel: [UInt8]) {
        var initial = [UInt8](repeating: 0, count: KeccakPermutation.stateByteCount)
        let header: [UInt8] = [1, UInt8(Self.rate + 2), 1, 0, 1, 96] + Array("STROBEv1.0.2".utf8)
        initial.replaceSubrange(0..<header.count, with: header)
        KeccakPermutation.permute(&initial)
        state = initial
        metaAD(protocolLabel, more: false)
    }

    /// Absorbs framing metadata (`meta_ad`): labels and lengths, read in place without copying.
    mutating func metaAD(_ data: some Collection<UInt8>, more: Bool) {
        beginOperation(Flag.meta | Flag.application, more: more)
        absorb(data)
    }

    /// Absorbs associated data (`ad`).
    mutating func ad(_ data: [UInt8], more: Bool) {
        beginOperation(Flag.application, more: more)
        absorb(data)
    }

    /// Squeezes `count` pseudorandom bytes (`prf`).
    mutating func prf(count: Int, more: Bool) -> [UInt8] {
        beginOperation(Flag.inbound | Flag.application | Flag.cipher, more: more)
        return squeeze(count: count)
    }

    /// Overwrites the state with key material (`key`).
    mutating func key(_ data: [UInt8], more: Bool) {
        beginOperation(Flag.application | Flag.cipher, more: more)
        overwrite(data)
    }

    /// Pads the current block, permutes and starts a new block.
    private mutating func runF() {
        state[position] ^= UInt8(truncatingIfNeeded: operationBegin)
        state[position + 1] ^= 0x04
        state[Self.rate + 1] ^= 0x80
        KeccakPermutation.permute(&state)
        position = 0
        operationBegin = 0
    }

    /// XORs `data` into the rate; contiguous collections (arrays, a native string's UTF-8) in place.
    private mutating func absorb(_ data: some Collection<UInt8>) {
        let absorbed: Void? = data.withContiguousStorageIfAvailable { absorb(buffer: $0) }
        if absorbed == nil {
            Array(data).withUnsafeBufferPointer { absorb(buffer: $0) }
        }
    }

    /// XORs `data` into the rate, a run of bytes at a time up to the end of each block.
    private mutating func absorb(buffer data: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < data.count {
            let start = position
            let count = min(Self.rate - start, data.count - offset)
            state.withUnsafeMutableBufferPointer { state in
                for index in 0..<count {
                    state[start + index] ^= data[offset + index]
                }
            }
            offset += count
            advance(by: count)
        }
    }

    /// XORs one byte into the rate.
    private mutating func absorb(byte: UInt8) {
        state[position] ^= byte
        advance(by: 1)
    }

    /// Replaces rate bytes with `data`.
    private mutating func overwrite(_ data: [UInt8]) {
        var offset = 0
        while offset < data.count {
            let count = min(Self.rate - position, data.count - offset)
            state.replaceSubrange(position..<(position + count), with: data[offset..<(offset + count)])
            offset += count
            advance(by: count)
        }
    }

    /// Reads `count` rate bytes, zeroing each one read.
    private mutating func squeeze(count: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(count)
        while output.count < count {
            let run = min(Self.rate - position, count - output.count)
            let range = position..<(position + run)
            output.append(contentsOf: state[range])
            state.withUnsafeMutableBufferPointer { state in
                for index in range {
                    state[index] = 0
                }
            }
            advance(by: run)
        }
        return output
    }

    /// Moves `count` bytes on within the block (never past its end), permuting when the block is full.
    private mutating func advance(by count: Int) {
        position += count
        if position == Self.rate {
            runF()
        }
    }

    /// Starts an operation with `flags`, or continues the current one when `more` is set.
    private mutating func beginOperation(_ flags: UInt8, more: Bool) {
        if more {
            precondition(currentFlags == flags, "STROBE: continued an operation with different flags")
            return
        }
        precondition(flags & Flag.transport == 0, "STROBE: transport operations are not supported")
        let previousBegin = operationBegin
        operationBegin = position + 1
        currentFlags = flags
        absorb(byte: UInt8(truncatingIfNeeded: previousBegin))
        absorb(byte: flags)
        let forceF = flags & (Flag.cipher | Flag.keyTree) != 0
        if forceF && position != 0 {
            runF()
        }
    }
}
