import Foundation

/// CPU time of the calling thread (`CLOCK_THREAD_CPUTIME_ID`), for
/// measuring one stage (the store's writer, an Atom round's hold on the
/// store, a benchmark loop) without counting the other threads.
public enum ThreadCPUTime {
    /// The CPU time this thread has used.
    public static func now() -> Duration {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
    }

    /// The CPU time this thread has used, in seconds.
    public static func seconds() -> Double {
        let t = now().components
        return Double(t.seconds) + Double(t.attoseconds) / 1e18
    }
}
