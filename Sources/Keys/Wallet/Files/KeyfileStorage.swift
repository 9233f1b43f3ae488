#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The POSIX calls wallets need: whole-file reads, private directories, and atomic writes of
/// owner-only (0600) files that never replace an existing key unless asked.
enum KeyfileStorage {
    /// What `write` does when the destination exists.
    enum Existing {
        /// Leave it and report ``WriteOutcome/alreadyExists``.
        case keep
        /// Replace it atomically.
        case replace
    }

    /// The result of an atomic write.
    enum WriteOutcome: Equatable {
        /// The file now holds the new bytes.
        case written
        /// The destination existed and was left untouched.
        case alreadyExists
    }

    /// Whether anything exists at `path` (without following a final symbolic link).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The permission bits of `path`.
    static func permissions(_ path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode) & 0o7777
    }

    /// The whole content of the file at `path`.
    static func read(_ path: String) throws(FileFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileFailure(operation: "open", path: path, code: errno) }
        defer { close(descriptor) }
        var content: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileFailure(operation: "read", path: path, code: errno)
            }
            if count == 0 { return content }
            content += chunk[0..<count]
        }
    }

    /// Creates `path` and any missing parents with mode 0700; existing directories are left as they are.
    static func makeDirectories(_ path: String) throws(FileFailure) {
        guard !path.isEmpty, !isDirectory(path) else { return }
        let parent = parentDirectory(of: path)
        if parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw FileFailure(operation: "mkdir", path: path, code: errno)
        }
    }

    /// Writes `bytes` to `path` atomically: a 0600 temporary file in the same directory, flushed to
    /// disk, then renamed (or hard-linked when an existing file must be kept) over the destination.
    static func write(_ bytes: [UInt8], to path: String, existing: Existing) throws(FileFailure)
        -> WriteOutcome
    {
        let directory = parentDirectory(of: path)
        try makeDirectories(directory)
        if existing == .keep && exists(path) { return .alreadyExists }
        var random = SystemRandomNumberGenerator()
        let temporary = "\(directory)/.\(fileName(of: path)).\(String(random.next(), radix: 36)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileFailure(operation: "create", path: temporary, code: errno) }
        do throws(FileFailure) {
            defer { close(descriptor) }
            guard fchmod(descriptor, 0o600) == 0 else {
                throw FileFailure(operation: "chmod", path: temporary, code: errno)
            }
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else {
                throw FileFailure(operation: "fsync", path: temporary, code: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        let outcome = try install(temporary, at: path, existing: existing)
        syncDirectory(directory)
        return outcome
    }

    /// Moves the finished temporary file into place.
    private static func install(_ temporary: String, at path: String, existing: Existing) throws(FileFailure)
        -> WriteOutcome
    {
        defer { unlink(temporary) }
        switch existing {
        case .replace:
            guard rename(temporary, path) == 0 else {
                throw FileFailure(operation: "rename", path: path, code: errno)
            }
            return .written
        case .keep:
            // link() never replaces an existing file, so a key that appeared meanwhile survives.
            if link(temporary, path) == 0 { return .written }
            let code = errno
            if code == EEXIST { return .alreadyExists }
            guard code == EPERM || code == ENOTSUP || code == EXDEV || code == ENOSYS else {
                throw FileFailure(operation: "link", path: path, code: code)
            }
            // The file system has no hard links: check, then rename.
            if exists(path) { return .alreadyExists }
            guard rename(temporary, path) == 0 else {
                throw FileFailure(operation: "rename", path: path, code: errno)
            }
            return .written
        }
    }

    /// Writes every byte, retrying short writes and interruptions.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileFailure) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileFailure(operation: "write", path: path, code: errno)
            }
            offset += count
        }
    }

    /// Flushes a directory entry change to disk (best effort).
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The names in directory `path`, without `.` and `..`, sorted.
    static func list(_ path: String) throws(FileFailure) -> [String] {
        guard let stream = opendir(path) else {
            throw FileFailure(operation: "opendir", path: path, code: errno)
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(
                    to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)
                ) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The directory part of `path` (`/` for a top-level entry, `.` for a bare name).
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last path component.
    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
