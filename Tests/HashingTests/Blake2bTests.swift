import Hashing
import Testing

/// An unkeyed input and its BLAKE2b digest at a standard length.
struct Blake2bVector: Sendable, CustomTestStringConvertible {
    let bits: Int
    let input: TestInput
    let digest: String

    init(_ bits: Int, _ input: TestInput, _ digest: String) {
        self.bits = bits
        self.input = input
        self.digest = digest
    }

    var testDescription: String { "BLAKE2b-\(bits) of \(input.testDescription)" }
}

/// Digests from Python's `hashlib.blake2b`; "abc" at 512 bits is RFC 7693 Appendix A.
let blake2bVectors: [Blake2bVector] = [
    Blake2bVector(128, .ascii(""), "cae66941d9efbd404e4d88758ea67670"),
    Blake2bVector(256, .ascii(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"),
    Blake2bVector(
        512, .ascii(""),
        "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419"
            + "d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce"),
    Blake2bVector(128, .ascii("abc"), "cf4ab791c62b8d2b2109c90275287816"),
    Blake2bVector(256, .ascii("abc"), "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"),
    Blake2bVector(
        512, .ascii("abc"),
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"),
    Blake2bVector(128, .counting(127), "28b1296c7d4807883de6ee4ec04dcc0a"),
    Blake2bVector(256, .counting(127), "f2fe67ff342e21b8f45e8f2e0bcd1d9243245d50ee6c78042e9c491388791c72"),
    Blake2bVector(
        512, .counting(127),
        "b6292669ccd38d5f01caae96ba272c76a879a45743afa0725d83b9ebb26665b7"
            + "31f1848c52f11972b6644f554c064fa90780dbbbf3a89d4fc31f67df3e5857ef"),
    Blake2bVector(128, .counting(128), "a74787004ef589e31149183900d0294a"),
    Blake2bVector(256, .counting(128), "c3582f71ebb2be66fa5dd750f80baae97554f3b015663c8be377cfcb2488c1d1"),
    Blake2bVector(
        512, .counting(128),
        "2319e3789c47e2daa5fe807f61bec2a1a6537fa03f19ff32e87eecbfd64b7e0e"
            + "8ccff439ac333b040f19b0c4ddd11a61e24ac1fe0f10a039806c5dcc0da3d115"),
    Blake2bVector(128, .counting(129), "aaf1b0371f6d4ee49ee4fb5ddd9c49ef"),
    Blake2bVector(256, .counting(129), "f7f3c46ba2564ff4c4c162da1f5b605f9f1c4aa6a20652a9f9a337c1a2f5b9c9"),
    Blake2bVector(
        512, .counting(129),
        "f59711d44a031d5f97a9413c065d1e614c417ede998590325f49bad2fd444d3e"
            + "4418be19aec4e11449ac1a57207898bc57d76a1bcf3566292c20c683a5c4648f"),
    Blake2bVector(128, .counting(1000), "978a3f8b45508a42fe7f0f99caf2c423"),
    Blake2bVector(256, .counting(1000), "c636324d47d89f2b2434dc2c994100663fbbaea880ff020fc5de89dd0f77a1ec"),
    Blake2bVector(
        512, .counting(1000),
        "9fe687126e6566313081b43167cbfa0b4f721b45a5afd4076af327765d63a616"
            + "478ffbd1cd5fbe4033e8638b8bcf8de6b3978b54a30f1d9d8d68fbe66c2b74cf"),
    Blake2bVector(
        512, .repeated(UInt8(ascii: "a"), count: 1_000_000),
        "98fb3efb7206fd19ebf69b6f312cf7b64e3b94dbe1a17107913975a793f177e1"
            + "d077609d7fba363cbba00d05f7aa4e4fa8715d6428104c0a75643b0ff3fd3eaf"),
]

/// Entries of the official keyed test set (`blake2b-kat.txt`): key 00…3f, input 00…(n−1), 64-byte digest.
let blake2bKeyedKnownAnswers: [(inputLength: Int, digest: String)] = [
    (
        0,
        "10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"
    ),
    (
        1,
        "961f6dd1e4dd30f63901690c512e78e4b45e4742ed197c3c5e45c549fd25f2e4187b0bc9fe30492b16b0d0bc4ef9b0f34c7003fac09a5ef1532e69430234cebd"
    ),
    (
        2,
        "da2cfbe2d8409a0f38026113884f84b50156371ae304c4430173d08a99d9fb1b983164a3770706d537f49e0c916d9f32b95cc37a95b99d857436f0232c88a965"
    ),
    (
        3,
        "33d0825dddf7ada99b0e7e307104ad07ca9cfd9692214f1561356315e784f3e5a17e364ae9dbb14cb2036df932b77f4b292761365fb328de7afdc6d8998f5fc1"
    ),
    (
        63,
        "bd965bf31e87d70327536f2a341cebc4768eca275fa05ef98f7f1b71a0351298de006fba73fe6733ed01d75801b4a928e54231b38e38c562b2e33ea1284992fa"
    ),
    (
        64,
        "65676d800617972fbd87e4b9514e1c67402b7a331096d3bfac22f1abb95374abc942f16e9ab0ead33b87c91968a6e509e119ff07787b3ef483e1dcdccf6e3022"
    ),
    (
        65,
        "939fa189699c5d2c81ddd1ffc1fa207c970b6a3685bb29ce1d3e99d42f2f7442da53e95a72907314f4588399a3ff5b0a92beb3f6be2694f9f86ecf2952d5b41c"
    ),
    (
        127,
        "76d2d819c92bce55fa8e092ab1bf9b9eab237a25267986cacf2b8ee14d214d730dc9a5aa2d7b596e86a1fd8fa0804c77402d2fcd45083688b218b1cdfa0dcbcb"
    ),
    (
        128,
        "72065ee4dd91c2d8509fa1fc28a37c7fc9fa7d5b3f8ad3d0d7a25626b57b1b44788d4caf806290425f9890a3a2a35a905ab4b37acfd0da6e4517b2525c9651e4"
    ),
    (
        129,
        "64475dfe7600d7171bea0b394e27c9b00d8e74dd1e416a79473682ad3dfdbb706631558055cfc8a40e07bd015a4540dcdea15883cbbf31412df1de1cd4152b91"
    ),
    (
        200,
        "3095a349d245708c7cf550118703d7302c27b60af5d4e67fc978f8a4e60953c7a04f92fcf41aee64321ccb707a895851552b1e37b00bc5e6b72fa5bcef9e3fff"
    ),
    (
        255,
        "142709d62e28fcccd0af97fad0f8465b971e82201dc51070faa0372aa43e92484be1c1e73ba10906d5d1853db6a4106e0a7bf9800d373d6dee2d46d62ef2a461"
    ),
]

/// Digests of 100 counting bytes for other output lengths, keyed with the first `keyLength` counting bytes.
let blake2bParameterVectors: [(outputLength: Int, keyLength: Int, digest: String)] = [
    (1, 0, "8c"),
    (1, 1, "30"),
    (1, 32, "7a"),
    (1, 64, "d0"),
    (20, 0, "54709eb6472de7caf362b93fbab834a7a609f2a2"),
    (20, 1, "5f0b71ef0b38197b6b12247378daf689e7be1b9c"),
    (20, 32, "eff88b200d41c9009c43cdd264b978880074e393"),
    (20, 64, "b95f6def11edf7f388e0c7aae3aba9871ddd3e51"),
    (32, 0, "5ac86383dec1db602fdbc2c978c3fe1bf4328fea1e1b495b68be2c3b67ba033b"),
    (32, 1, "df1898fccfb4a75e38303d6f59a851abc364cafcccb1c0417b60a2a534bb3d3d"),
    (32, 32, "5c0ab21018b1328b7612b997a8899146f97aab2dc0a3d8f7113717558bf25e5a"),
    (32, 64, "4256df58e3bb0047811a87e6a905b5c2a3a901b74dd8120cdda8143d459adb5f"),
    (
        48, 0,
        "313b0350c45772ff6787f1e2831cafc6c8d77162be100819e5142f1f398bb0fb3a3123fbff2c94927f7196386952067c"
    ),
    (
        48, 1,
        "36ecd5b28de442da5f5bc262d881f47a266428bf2f928b0129f142cd8ca44ea9141e62d0e87f4bddfe7d6074d9eae505"
    ),
    (
        48, 32,
        "e856e585f06574ea8e96df8578cb034ba26177a5c8803882123eb716cced78ff416366cff12a5425fc8de35ed3bc5142"
    ),
    (
        48, 64,
        "d39f02764e41c823bdb8d3116b21c797d84a9861376e3a721f0181e2a16c6511a3c0c9c4a00bd848d616a33e936d80a6"
    ),
    (
        63, 0,
        "30f45c166713a619492a6d5e85f2ca73e716cd2932c3da7e6a853f59b988e1da1508f94d8acdf868d6c52a4aee0a519e1d7108f26d3707886f35c52dc89bb4"
    ),
    (
        63, 1,
        "325c21f09f8f6011507e2ee32295f33435054af9fa43f252dd04682f9bb4f06d5cfc650e33f2c8074f67fa5765997257b3420858b88ee4b9d0981df98565ff"
    ),
    (
        63, 32,
        "d52c2e123b4407e7784bd26a80554204a2de70944362ce54b5d461af40e9a36b7c3cb6fcdf5ce9686d9d4816cba1023276a922f4d3d9f60a11b9012d361a79"
    ),
    (
        63, 64,
        "a0edee3197b1d7a3792ff9823bdd61f665a81655fa765f86807cfc123e3e73bf1c48b0b852686cd2446fcabb6c9dfdfc09e6fc2c11782ff2934dd74ae6e16c"
    ),
    (
        64, 0,
        "6f793eb4374a48b0775acaf9adcf8e45e54270c9475f004ad8d5973e2aca52747ff4ed04ae967275b9f9eb0e1ff75fb4f794fa8be9add7a41304868d103fab10"
    ),
    (
        64, 1,
        "4735567d855eb27a9dc771fb08a09d283fd7416bef003ab331102932315ee9093d3f992f7de36faca2156a3acffacbe43c4a9f5a37924ba534cece664a90918c"
    ),
    (
        64, 32,
        "23d62cb5195c863c5bc57e87630ff3b4db8bfbd674cb1b764888114b53f352021ac800fdffeb9f8afe8be2a3313a871d7fe18c07b80c6ccfd0e2e4f5433c5e85"
    ),
    (
        64, 64,
        "8d568c7984f0ecdf7640fbc483b5d8c9f86634f6f43291841b309a350ab9c1137d24066b09da9944bac54d5bb6580d836047aac74ab724b887ebf93d4b32eca9"
    ),
]

@Suite("BLAKE2b")
struct Blake2bTests {
    @Test("one-shot conveniences match reference", arguments: blake2bVectors)
    func conveniences(_ vector: Blake2bVector) throws {
        let input = vector.input.bytes
        let digest =
            switch vector.bits {
            case 128: Blake2b.hash128(input)
            case 256: Blake2b.hash256(input)
            default: Blake2b.hash512(input)
            }
        #expect(digest.hexString == vector.digest)
        #expect(try Blake2b.hash(input, outputByteCount: vector.bits / 8).hexString == vector.digest)
    }

    @Test("official keyed known answers", arguments: blake2bKeyedKnownAnswers)
    func keyedKnownAnswer(inputLength: Int, digest: String) throws {
        let hash = try Blake2b.hash(countingBytes(inputLength), key: countingBytes(64))
        #expect(hash.hexString == digest)
    }

    @Test("other output and key lengths", arguments: blake2bParameterVectors)
    func parameters(outputLength: Int, keyLength: Int, digest: String) throws {
        let hash = try Blake2b.hash(
            countingBytes(100), outputByteCount: outputLength, key: countingBytes(keyLength))
        #expect(hash.count == outputLength)
        #expect(hash.hexString == digest)
    }

    @Test("streaming in chunks matches one-shot", arguments: chunkSizes)
    func streaming(chunkSize: Int) throws {
        let unkeyed = digestInChunks(try Blake2b(), countingBytes(1000), chunkSize: chunkSize)
        #expect(unkeyed == Blake2b.hash512(countingBytes(1000)))

        let keyed = digestInChunks(
            try Blake2b(outputByteCount: 32, key: countingBytes(32)), countingBytes(1000),
            chunkSize: chunkSize)
        #expect(keyed.hexString == "35ef19e1b0264b96e9d2f9c1ded07ab910b83e31c06559b5794ad4682e44f54a")
    }

    @Test("finalize leaves the hasher usable")
    func finalizeIsNonDestructive() throws {
        var hasher = try Blake2b(outputByteCount: 32)
        hasher.update(countingBytes(128))
        let prefix = hasher.finalize()
        #expect(prefix == Blake2b.hash256(countingBytes(128)))
        #expect(hasher.finalize() == prefix)
        hasher.update(countingBytes(129).suffix(1))
        #expect(hasher.finalize() == Blake2b.hash256(countingBytes(129)))
    }

    @Test("non-contiguous sequences are hashed like arrays")
    func nonContiguousSequence() {
        let lazyBytes = (0..<10_000).lazy.map { UInt8(truncatingIfNeeded: $0) }
        #expect(
            Blake2b.hash512(lazyBytes).hexString
                == "5bda73c62fdc2d0cc0593c94d6777b6b51ec5e00b90afbd291b5036b865b4cbe"
                + "039e5cfc4fb2878b1c951cd21424228ee497d0fbf52030485bf0e2bf5cf62c35")
    }

    @Test("Blake2_128Concat appends the input to its BLAKE2b-128 digest")
    func hash128Concat() {
        #expect(
            Blake2b.hash128Concat(Array("abc".utf8)).hexString
                == "cf4ab791c62b8d2b2109c90275287816" + "616263")
    }

    @Test("output length outside 1...64 is rejected", arguments: [0, -1, 65, 128])
    func invalidOutputLength(_ length: Int) {
        #expect(throws: Blake2bError.invalidOutputByteCount(length)) {
            try Blake2b(outputByteCount: length)
        }
    }

    @Test("key longer than 64 bytes is rejected")
    func keyTooLong() {
        #expect(throws: Blake2bError.keyTooLong(65)) {
            try Blake2b.hash([UInt8](), key: countingBytes(65))
        }
    }

    @Test("errors describe the rejected value")
    func errorDescriptions() {
        #expect(
            Blake2bError.invalidOutputByteCount(65).description
                == "BLAKE2b output length must be 1...64 bytes, got 65")
        #expect(Blake2bError.keyTooLong(70).description == "BLAKE2b key must be at most 64 bytes, got 70")
    }
}
