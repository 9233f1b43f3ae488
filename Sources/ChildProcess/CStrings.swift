import Foundation

/// NULL-terminated C string arrays for `posix_spawn`'s `argv` and `envp`.
enum CStrings {
    /// Calls `body` with `strings` as a NULL-terminated array of C strings, freed afterwards.
    static func withArray<Result>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> Result
    ) -> Result {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { buffer in
            // A buffer of `strings.count + 1` elements always has a base address.
            guard let base = buffer.baseAddress else { preconditionFailure("empty argument array") }
            return body(base)
        }
    }
}
