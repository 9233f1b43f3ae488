import Foundation

/// A plain-text corpus: an ordered list of documents read from UTF-8 files.
///
/// A file holds one or more documents separated by blank lines (a line that is empty or only spaces);
/// a folder is read file by file in name order, so the same folder always gives the same corpus.
public struct TextCorpus: Sendable, Equatable {
    /// The documents, in reading order, each trimmed of surrounding blank lines.
    public let documents: [String]

    /// A corpus made of the given documents; empty and whitespace-only documents are dropped.
    public init(documents: [String]) {
        self.documents = documents.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// A corpus read from a UTF-8 string whose documents are separated by blank lines.
    public init(text: String) {
        self.init(documents: TextCorpus.splitDocuments(text))
    }

    /// The total number of UTF-8 bytes in all documents.
    public var byteCount: Int { documents.reduce(0) { $0 + $1.utf8.count } }

    /// Reads a file (its blank-line separated documents) or a folder (every `.txt` file inside it,
    /// recursively, in path order).
    public static func load(from url: URL) throws(CorpusError) -> TextCorpus {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw .notFound(path: url.path)
        }
        let files = isFolder.boolValue ? try textFiles(in: url) : [url]
        guard !files.isEmpty else { throw .noTextFiles(folder: url.path) }
        var documents: [String] = []
        for file in files {
            documents += splitDocuments(try readUTF8(file))
        }
        let corpus = TextCorpus(documents: documents)
        guard !corpus.documents.isEmpty else { throw .empty(path: url.path) }
        return corpus
    }

    /// Splits text into documents at blank lines, normalising CRLF line ends to LF.
    static func splitDocuments(_ text: String) -> [String] {
        var documents: [String] = []
        var current: [Substring] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { documents.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { documents.append(current.joined(separator: "\n")) }
        return documents
    }

    private static func textFiles(in folder: URL) throws(CorpusError) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { throw .unreadable(path: folder.path, reason: "cannot list the folder") }
        var files: [URL] = []
        for case let file as URL in enumerator where file.pathExtension == "txt" {
            files.append(file)
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func readUTF8(_ file: URL) throws(CorpusError) -> String {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw .unreadable(path: file.path, reason: "\(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: file.path) }
        return text
    }
}
