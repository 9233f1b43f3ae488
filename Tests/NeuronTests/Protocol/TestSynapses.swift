@testable import Neuron

/// A synapse shaped like the SDK's test `Dummy`: one required int input, hashed, and an optional output.
struct Dummy: Synapse, Equatable {
    var dummyInput: Int
    var dummyOutput: Int?

    enum CodingKeys: String, CodingKey {
        case dummyInput = "dummy_input", dummyOutput = "dummy_output"
    }

    static let inputObjectFields: [InputObjectField] = [.int("dummy_input")]
    var requiredHashFields: [HashField] { [HashField("dummy_input", dummyInput)] }

    init(dummyInput: Int, dummyOutput: Int? = nil) {
        self.dummyInput = dummyInput
        self.dummyOutput = dummyOutput
    }

    init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        dummyInput = try values.decode(Int.self, forKey: .dummyInput)
        dummyOutput = try values.decodeIfPresent(Int.self, forKey: .dummyOutput)
    }

    func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(dummyInput, forKey: .dummyInput)
        try values.encode(dummyOutput, forKey: .dummyOutput)
    }
}

/// A synapse hashing several field types at once.
struct Mixed: Synapse {
    var numbers: [Int]
    var flag: Bool
    var missing: Int?
    var ratio: Double
    var text: String

    var requiredHashFields: [HashField] {
        [
            HashField("numbers", numbers), HashField("flag", flag), HashField("missing", missing),
            HashField("ratio", ratio), HashField("text", text),
        ]
    }
}
