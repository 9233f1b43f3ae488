import Foundation
import LanguageModel
import Testing

@Suite("NGramModel: interpolated Kneser-Ney, training and the binary file")
struct NGramModelTests {
    static let documents: [[Int]] = [[0, 1, 2, 3, 1, 2, 4], [1, 2, 3, 0, 1, 2, 3], [4, 4, 1, 2, 0]]

    static func model(order: Int = 3) throws -> NGramModel {
        try NGramModel.train(documents: documents, order: order, vocabularySize: 8, vocabularyFingerprint: 42)
    }

    @Test("every distribution sums to 1 and gives every token some mass", arguments: [1, 2, 3, 4])
    func normalised(order: Int) throws {
        let model = try Self.model(order: order)
        for context in [[], [1], [1, 2], [0, 1, 2], [7, 7], [5, 6, 7], [99, -1]] {
            let p = model.distribution(after: context)
            #expect(p.count == 8)
            #expect(abs(p.reduce(0, +) - 1) < 1e-12, "order \(order) context \(context)")
            #expect(p.allSatisfy { $0 > 0 })
        }
    }

    @Test("what followed a history in training is the most probable next token")
    func learned() throws {
        let model = try Self.model()
        let afterOneTwo = model.distribution(after: [1, 2])
        #expect(afterOneTwo.indices.max { afterOneTwo[$0] < afterOneTwo[$1] } == 3)
        let afterOne = model.distribution(after: [9, 1])
        #expect(afterOne.indices.max { afterOne[$0] < afterOne[$1] } == 2)
        // Ranked by continuation counts: 1 follows four different tokens, 2 only ever follows 1, 3 only 2.
        #expect(model.mostFrequentTokens(1) == [1])
        #expect(model.mostFrequentTokens(8).suffix(2) == [2, 3])
    }

    @Test("the file round-trips exactly")
    func fileRoundTrip() throws {
        let model = try Self.model()
        let restored = try NGramModel(serialized: model.serialized())
        #expect(restored == model)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ngram-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.save(to: url)
        #expect(try NGramModel.load(from: url) == model)
    }

    @Test("damaged files and bad training input are refused with the reason")
    func errors() throws {
        let bytes = try Self.model().serialized()
        #expect(throws: NGramError.malformedFile("the file does not start with YNGM")) {
            try NGramModel(serialized: [0, 1, 2, 3] + bytes.dropFirst(4))
        }
        #expect(throws: NGramError.malformedFile("the file ends early at byte \(bytes.count - 4)")) {
            try NGramModel(serialized: Array(bytes.dropLast(3)))
        }
        #expect(throws: NGramError.malformedFile("1 bytes follow the model")) {
            try NGramModel(serialized: bytes + [0])
        }
        #expect(throws: NGramError.unsupportedOrder(5)) {
            try NGramModel.train(documents: Self.documents, order: 5, vocabularySize: 8)
        }
        #expect(throws: NGramError.tokenOutOfRange(token: 9, vocabularySize: 8)) {
            try NGramModel.train(documents: [[1, 9]], order: 2, vocabularySize: 8)
        }
        #expect(throws: NGramError.emptyCorpus) { try NGramModel.train(documents: [[]], order: 2, vocabularySize: 8) }
        let error = #expect(throws: NGramError.self) {
            try NGramModel.load(from: URL(fileURLWithPath: "/nonexistent/model.bin"))
        }
        #expect(error?.description.hasPrefix("cannot access the n-gram file /nonexistent/model.bin") == true)
    }
}
