import Foundation
import Runtime

/// How hyperparameters are kept in the index: JSON with sorted keys.
enum HyperparametersJSON {
    static func encode(_ parameters: SubnetHyperparameters) throws(IndexStoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        do {
            return String(decoding: try encoder.encode(parameters), as: UTF8.self)
        } catch {
            throw .database("the hyperparameters do not encode as JSON: \(error)")
        }
    }

    static func decode(_ json: String, netuid: UInt16) throws(IndexStoreError) -> SubnetHyperparameters {
        do {
            return try JSONDecoder().decode(SubnetHyperparameters.self, from: Data(json.utf8))
        } catch {
            throw .database("the stored hyperparameters of subnet \(netuid) do not decode: \(error)")
        }
    }
}
