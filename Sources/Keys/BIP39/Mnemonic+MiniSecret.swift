import Crypto

extension Mnemonic {
    /// Substrate's 32-byte mini secret: PBKDF2-HMAC-SHA512 over the *entropy* (not the phrase) with
    /// salt `"mnemonic" + password`, 2048 rounds, first 32 of 64 bytes.
    ///
    /// This is what sr25519 and ed25519 key pairs are built from; it differs from the BIP39 seed.
    public func miniSecret(password: String = "") -> [UInt8] {
        let seed = PBKDF2.sha512(
            password: entropy, salt: Array("mnemonic".utf8) + Array(password.utf8), rounds: 2048,
            byteCount: 64)
        return Array(seed.prefix(32))
    }
}

/// PBKDF2 (RFC 8018) with HMAC-SHA512.
enum PBKDF2 {
    /// Derives `byteCount` bytes from `password` and `salt` with `rounds` iterations.
    static func sha512(password: [UInt8], salt: [UInt8], rounds: Int, byteCount: Int) -> [UInt8] {
        let key = SymmetricKey(data: password)
        var output: [UInt8] = []
        var blockIndex: UInt32 = 1
        while output.count < byteCount {
            var u = Array(HMAC<SHA512>.authenticationCode(for: salt + blockIndex.bigEndianBytes, using: key))
            var block = u
            for _ in 1..<max(rounds, 1) {
                u = Array(HMAC<SHA512>.authenticationCode(for: u, using: key))
                for index in block.indices {
                    block[index] ^= u[index]
                }
            }
            output += block
            blockIndex += 1
        }
        return Array(output.prefix(byteCount))
    }
}

extension UInt32 {
    /// The four big-endian bytes of the value.
    fileprivate var bigEndianBytes: [UInt8] {
        withUnsafeBytes(of: bigEndian) { Array($0) }
    }
}
