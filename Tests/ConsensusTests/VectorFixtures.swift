import Consensus
import Foundation

/// Loads the conformance vectors copied into the test bundle.
enum VectorFixtures {
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Vectors")
        else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// The expected outputs of one mechanism from `epoch_n64_dense_outputs.json`.
    struct Expected: Decodable {
        var stake_u16: [UInt16]
        var consensus_u16: [UInt16]
        var incentive_u16: [UInt16]
        var dividends_u16: [UInt16]
        var validator_trust_u16: [UInt16]
        var server_emission: [UInt64]
        var validator_emission: [UInt64]
        var emission: [UInt64]
        var new_validator_permit: [Bool]
        var bonds_u16: [[UInt16]]
    }

    static func expected(_ mechanism: String) throws -> Expected {
        let object = try JSONSerialization.jsonObject(with: data("epoch_n64_dense_outputs"))
        guard let all = object as? [String: Any], let part = all[mechanism] else {
            throw CocoaError(.coderValueNotFound)
        }
        return try JSONDecoder().decode(Expected.self, from: JSONSerialization.data(withJSONObject: part))
    }
}
