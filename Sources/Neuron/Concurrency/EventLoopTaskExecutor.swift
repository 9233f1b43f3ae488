import NIOCore

/// A task executor that runs jobs on one NIO event loop, so that a task serving a connection runs
/// on the thread that reads and writes its socket instead of hopping to the global pool and back.
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    /// The loop that runs the jobs.
    let eventLoop: any EventLoop

    /// An executor for `eventLoop`.
    init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute { [self] in job.runSynchronously(on: asUnownedTaskExecutor()) }
    }
}
