import Foundation

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), for
/// measuring one stage of the pipeline without counting the others.
enum ThreadCPUTime {
    /// Seconds of CPU this thread has used.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
