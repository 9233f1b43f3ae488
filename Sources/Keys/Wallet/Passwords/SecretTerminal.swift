#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A terminal that can show a prompt and read one line without echoing it.
public protocol SecretTerminal: Sendable {
    /// Shows `text` to the user (no newline is added).
    func write(_ text: String) throws(PasswordError)
    /// Reads one line with echo off; `nil` at end of input.
    func readSecretLine() throws(PasswordError) -> String?
}

/// The controlling terminal, `/dev/tty`, with echo turned off through termios while a secret is typed.
public struct DeviceTerminal: SecretTerminal {
    /// The terminal device's path.
    public let path: String

    /// The terminal at `path` (the controlling terminal by default).
    public init(path: String = "/dev/tty") {
        self.path = path
    }

    /// Writes the prompt to the terminal.
    public func write(_ text: String) throws(PasswordError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .noTerminal }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            offset += count
        }
    }

    /// Reads a line with `ECHO` cleared, restoring the terminal's settings afterwards.
    public func readSecretLine() throws(PasswordError) -> String? {
        let descriptor = open(path, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { throw .noTerminal }
        defer { close(descriptor) }
        var saved = termios()
        let isTerminal = tcgetattr(descriptor, &saved) == 0
        if isTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ICANON)
            tcsetattr(descriptor, TCSAFLUSH, &silent)
        }
        defer {
            if isTerminal {
                tcsetattr(descriptor, TCSAFLUSH, &saved)
                _ = systemWrite(descriptor, "\n", 1)
            }
        }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = systemRead(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
