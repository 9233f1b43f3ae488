import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) into a call of `onInterrupt` instead of killing the process, for as long as
/// the value lives; `stop()` restores the default action.
final class PowRegisterInterrupt: Sendable {
    /// The dispatch source; a `DispatchSource` is thread-safe, so sharing it is sound.
    private nonisolated(unsafe) let source: any DispatchSourceSignal

    /// Starts watching for SIGINT.
    init(onInterrupt: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: onInterrupt)
        source.resume()
    }

    /// Stops watching; a later Ctrl-C kills the process as usual.
    func stop() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
