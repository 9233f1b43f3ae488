import Foundation

/// The bytes of a GGUF file: a read-only memory map of the file, or a private copy of an in-memory
/// buffer. Pointers into it stay valid for as long as the storage lives.
///
/// `@unchecked Sendable`: the bytes are never written after `init`, and the region is released only in
/// `deinit`, when no reader can hold a reference.
final class GGUFStorage: @unchecked Sendable {
    /// The whole file.
    let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    /// Maps `path` read-only into memory.
    init(mapping path: String) throws(GGUFError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            throw .truncated(offset: 0, reading: "the header (the file is empty)")
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else {
            throw .cannotOpen(path: path, reason: "mmap failed: \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
        release = { region in
            if let start = region.baseAddress {
                munmap(UnsafeMutableRawPointer(mutating: start), region.count)
            }
        }
    }

    /// Copies `buffer` into storage aligned for any SIMD load.
    init(copying buffer: [UInt8]) {
        let region = UnsafeMutableRawBufferPointer.allocate(byteCount: max(buffer.count, 1), alignment: 64)
        buffer.withUnsafeBytes { source in region.copyMemory(from: source) }
        bytes = UnsafeRawBufferPointer(start: region.baseAddress, count: buffer.count)
        release = { region in UnsafeMutableRawPointer(mutating: region.baseAddress)?.deallocate() }
    }

    deinit { release(bytes) }
}
