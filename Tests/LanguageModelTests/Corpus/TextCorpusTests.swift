import Foundation
import LanguageModel
import Testing

/// A toy tokenizer for corpus tests: one token per byte.
struct ByteTokenizer: TextTokenizer {
    var vocabularySize: Int { 256 }
    func encode(_ text: String) -> [Int] { text.utf8.map(Int.init) }
    func decodeBytes(_ tokens: [Int]) -> [UInt8] { tokens.compactMap { UInt8(exactly: $0) } }
}

@Suite("TextCorpus: reading, splitting and seeded sampling")
struct TextCorpusTests {
    @Test("documents are separated by blank lines, CRLF or not", arguments: [
        ("one\ntwo\n\nthree", ["one\ntwo", "three"]),
        ("\n\n  \nfirst\r\n\r\nsecond\n \t\n", ["first", "second"]),
        ("", []),
    ])
    func split(_ pair: (String, [String])) {
        #expect(TextCorpus(text: pair.0).documents == pair.1)
    }

    @Test("a folder is read file by file in path order; errors name the path")
    func folder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "b1\n\nb2".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "a1".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        #expect(try TextCorpus.load(from: folder).documents == ["a1", "b1", "b2"])
        try Data([0xFF, 0xFE]).write(to: folder.appendingPathComponent("d.txt"))
        #expect(throws: CorpusError.notUTF8(path: folder.appendingPathComponent("d.txt").path)) {
            try TextCorpus.load(from: folder)
        }
        #expect(throws: CorpusError.notFound(path: "/nonexistent/corpus")) {
            try TextCorpus.load(from: URL(fileURLWithPath: "/nonexistent/corpus"))
        }
    }

    @Test("the document split is disjoint, complete and fixed by the seed")
    func documentSplit() {
        let corpus = TextCorpus(documents: (0..<200).map { "document \($0)" })
        let (train, heldOut) = corpus.split(heldOutFraction: 0.2, seed: 7)
        #expect(train.documents.count + heldOut.documents.count == 200)
        #expect(Set(train.documents).isDisjoint(with: heldOut.documents))
        #expect((20...60).contains(heldOut.documents.count))
        #expect(corpus.split(heldOutFraction: 0.2, seed: 7).heldOut == heldOut)
    }

    @Test("samples are fixed by the seed, inside one document, with the requested lengths")
    func sampling() throws {
        let corpus = TextCorpus(documents: ["short", String(repeating: "abcdefghij", count: 10), "0123456789012345678901234"])
        let sampler = try ContextSampler(
            corpus: corpus, tokenizer: ByteTokenizer(), contextTokens: 12, continuationTokens: 4, minimumContextTokens: 3)
        let first = sampler.samples(count: 50, seed: 1)
        #expect(first == sampler.samples(count: 50, seed: 1))
        #expect(first != sampler.samples(count: 50, seed: 2))
        for sample in first {
            #expect(sample.document != 0)
            #expect(sample.continuationTokens.count == 4)
            #expect((3...12).contains(sample.contextTokens.count))
            #expect(corpus.documents[sample.document].contains(sample.context + sample.continuation))
        }
        #expect(sampler.positionCount == (100 - 3 - 4 + 1) + (25 - 3 - 4 + 1))
        #expect(throws: CorpusError.noDocumentLongEnough(neededTokens: 28)) {
            try ContextSampler(corpus: TextCorpus(documents: ["short", "0123456789012345678901234"]),
                               tokenizer: ByteTokenizer(), contextTokens: 30, continuationTokens: 8, minimumContextTokens: 20)
        }
    }
}
