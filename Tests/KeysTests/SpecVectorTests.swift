import Hashing
import Testing

@testable import Keys

/// A mnemonic or URI with the keys `spec/protocol.md` §1.7 lists for it (verified with bittensor-wallet).
struct SpecVector: Sendable, CustomTestStringConvertible {
    let uri: String
    let scheme: SignatureScheme
    let seed: String?
    let publicKey: String
    let address: String

    var testDescription: String { "\(uri) (\(scheme))" }
}

let specVectors: [SpecVector] = [
    SpecVector(
        uri: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        scheme: .sr25519, seed: "4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2",
        publicKey: "66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972",
        address: "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH"),
    SpecVector(
        uri: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        scheme: .ed25519, seed: "4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2",
        publicKey: "9125f505bdef2cb5825b9931769316d3e2f22150786489a04f39b434ec9fb294",
        address: "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6"),
    SpecVector(
        uri: "legal winner thank year wave sausage worth useful legal winner thank yellow",
        scheme: .sr25519, seed: "6fa2796b0071cac425d8a7851038318c2c37dcebfe4bae73197ce93e75909bd2",
        publicKey: "625e25364c7b68e0a83065ccb40afed43f8fe933e669b24f3d69a57eddb3b715",
        address: "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe"),
    SpecVector(
        uri: "legal winner thank year wave sausage worth useful legal winner thank yellow",
        scheme: .ed25519, seed: "6fa2796b0071cac425d8a7851038318c2c37dcebfe4bae73197ce93e75909bd2",
        publicKey: "7b4344ead732d6beeeded95d39e330ef0c16ae806046b296737dababb8a0b80d",
        address: "5ErKjJLUyc8TTU2vNKrj5UciogZho2MDawb6nN2KG44aU1aB"),
    SpecVector(
        uri: SecretURI.devPhrase, scheme: .sr25519,
        seed: "fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e",
        publicKey: "46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a",
        address: "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV"),
    SpecVector(
        uri: SecretURI.devPhrase, scheme: .ed25519,
        seed: "fac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e",
        publicKey: "345071da55e5dccefaaa440339415ef9f2663338a38f7da0df21be5ab4e055ef",
        address: "5DFJF7tY4bpbpcKPJcBTQaKuCDEPCpiz8TRjpmLeTtweqmXL"),
    SpecVector(
        uri: "//Alice", scheme: .sr25519, seed: nil,
        publicKey: "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
        address: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"),
    SpecVector(
        uri: "//Bob", scheme: .sr25519, seed: nil,
        publicKey: "8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48",
        address: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"),
    SpecVector(
        uri: "//Alice", scheme: .ed25519, seed: nil,
        publicKey: "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee",
        address: "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu"),
]

@Test("protocol.md §1.7 keys and addresses", arguments: specVectors)
func specVector(_ vector: SpecVector) throws {
    let pair = try KeyPair(uri: vector.uri, scheme: vector.scheme)
    #expect(pair.publicKey.hexString == vector.publicKey)
    #expect(pair.ss58Address == vector.address)
    if let seed = vector.seed {
        #expect(pair.seed?.hexString == seed)
    }
}

@Test("protocol.md §1.2 sr25519 privateKey of the abandon…about mnemonic")
func specPrivateKey() throws {
    let mnemonic = try Mnemonic(
        phrase:
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
    let pair = KeyPair(mnemonic: mnemonic)
    #expect(
        pair.privateKey.hexString
            == "2ec306fc1c5bc2f0e3a2c7a6ec6014ca4a0823a7d7d42ad5e9d7f376a1c36c0d"
            + "14a2ddb1ef1df4adba49f3a4d8c0f6205117907265f09a53ccf07a4e8616dfd8")
    let reloaded = try KeyPair(privateKey: pair.privateKey, scheme: .sr25519)
    #expect(reloaded.publicKey == pair.publicKey)
    #expect(reloaded.seed == nil)
}
