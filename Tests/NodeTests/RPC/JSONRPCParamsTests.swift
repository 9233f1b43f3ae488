import ChainAPI
import Foundation
import Testing

/// Typed decoding of params and the -32602 messages it produces.
@Suite struct JSONRPCParamsTests {
    struct Axon: Decodable, Equatable {
        let ip: String
        let port: UInt16
    }

    @Test func decodesNestedValuesFromEitherForm() throws {
        let axon: JSONValue = .object(["ip": "1.2.3.4", "port": .integer(8091)])
        let positional: JSONRPCParams = [.integer(1), axon]
        let named = JSONRPCParams.named(["netuid": .integer(1), "axon": axon])
        for params in [positional, named] {
            #expect(try params.decode(UInt16.self, at: 0, named: "netuid") == 1)
            #expect(try params.decode(Axon.self, at: 1, named: "axon") == Axon(ip: "1.2.3.4", port: 8091))
            #expect(try params.decodeIfPresent(String.self, at: 2, named: "hash") == nil)
        }
    }

    @Test(arguments: [
        (JSONValue.object(["ip": "1.2.3.4"]), "Invalid params: parameter 0 (axon): missing field 'port'"),
        (
            JSONValue.object(["ip": .integer(1), "port": .integer(1)]),
            "Invalid params: parameter 0 (axon): at ip: expected String, got number"
        ),
        (
            JSONValue.object(["ip": "x", "port": .null]),
            "Invalid params: parameter 0 (axon): at port: expected UInt16, got null"
        ),
        (JSONValue.array([]), "Invalid params: parameter 0 (axon): expected object, got array"),
    ])
    func nestedErrorsNameTheField(value: JSONValue, message: String) {
        let params: JSONRPCParams = [value]
        #expect(throws: JSONRPCError.invalidParams(String(message.dropFirst("Invalid params: ".count)))) {
            try params.decode(Axon.self, at: 0, named: "axon")
        }
    }

    @Test func outOfRangeNumbersAreRefused() {
        let params: JSONRPCParams = [.integer(70_000)]
        #expect(throws: JSONRPCError.self) { try params.decode(UInt16.self, at: 0, named: "netuid") }
    }

    @Test func requestEncodingOmitsTheIdOfNotifications() throws {
        let text = String(
            decoding: try JSONEncoderForTests.encode(JSONRPCRequest(id: nil, method: "m")), as: UTF8.self)
        #expect(text == #"{"jsonrpc":"2.0","method":"m","params":[]}"#)
    }
}

enum JSONEncoderForTests {
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(value)
    }
}
