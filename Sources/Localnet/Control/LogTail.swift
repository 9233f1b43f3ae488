import Foundation

/// The last lines of a log file.
public enum LogTail {
    /// Up to `count` last lines of the file at `path` (reading at most its last megabyte).
    public static func lines(of path: String, count: Int) -> [String] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        let size = handle.seekToEndOfFile()
        let start = size > 1_048_576 ? size - 1_048_576 : 0
        handle.seek(toFileOffset: start)
        let text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return Array(lines.suffix(count))
    }
}
