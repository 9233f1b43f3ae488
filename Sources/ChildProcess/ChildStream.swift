import CSpawn
import Foundation

/// What a ``ChildProcess`` can take as a standard stream: a `Pipe` or a `FileHandle`.
public protocol ChildStream: AnyObject {
    /// The descriptor the child gets, for its input (`reading`) or an output.
    func childDescriptor(reading: Bool) -> Int32
    /// Closes what only the child needs once it has started.
    func closeChildEnd(reading: Bool)
}

extension Pipe: ChildStream {
    /// The read end for the child's input, the write end for an output.
    public func childDescriptor(reading: Bool) -> Int32 {
        reading ? fileHandleForReading.fileDescriptor : fileHandleForWriting.fileDescriptor
    }

    /// Closes the end the child got, so that the parent sees end of file when the child is done.
    public func closeChildEnd(reading: Bool) {
        try? (reading ? fileHandleForReading : fileHandleForWriting).close()
    }
}

extension FileHandle: ChildStream {
    /// The handle's own descriptor; /dev/null for `FileHandle.nullDevice`, which has none.
    public func childDescriptor(reading: Bool) -> Int32 {
        fileDescriptor >= 0 ? fileDescriptor : YUMA_SPAWN_NULL
    }

    /// Nothing: the handle stays its owner's to close.
    public func closeChildEnd(reading: Bool) {}
}
