/// Why a corpus could not be read or sampled.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    /// No file or folder exists at the path.
    case notFound(path: String)
    /// The folder holds no `.txt` file.
    case noTextFiles(folder: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid UTF-8.
    case notUTF8(path: String)
    /// Every document in the corpus is empty.
    case empty(path: String)
    /// No document is long enough for the requested context and continuation.
    case noDocumentLongEnough(neededTokens: Int)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .notFound(let path): "no corpus file or folder at \(path)"
        case .noTextFiles(let folder): "the corpus folder \(folder) holds no .txt file"
        case .unreadable(let path, let reason): "cannot read the corpus file \(path): \(reason)"
        case .notUTF8(let path): "the corpus file \(path) is not valid UTF-8 text"
        case .empty(let path): "the corpus at \(path) holds no text"
        case .noDocumentLongEnough(let needed):
            "no corpus document has the \(needed) tokens a context and its continuation need"
        }
    }
}
