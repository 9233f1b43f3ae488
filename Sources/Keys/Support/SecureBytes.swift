/// Random byte helpers for key generation and signing nonces.
enum SecureBytes {
    /// Returns `count` bytes from `random`.
    static func random(count: Int, using random: inout some RandomNumberGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count {
            let word = random.next()
            withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Array(bytes.prefix(count))
    }

    /// Returns `count` bytes from the system's cryptographically secure generator.
    static func random(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return random(count: count, using: &generator)
    }
}
