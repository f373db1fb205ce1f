import CAllocator

/// The allocator serving `malloc` in this process: jemalloc, linked on Linux
/// (`Sources/CAllocator`), unless something interposed another one (a
/// sanitizer's runtime, an `LD_PRELOAD`). Named in the daemon's start-up log
/// and in the benchmarks' output, so that a figure says what it ran on.
public enum ProcessAllocator {
    /// E.g. "jemalloc 5.3.0-0-g54eaed1d...", or "malloc from libc.so.6".
    public static var description: String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 160) { buffer in
            callocator_describe(buffer.baseAddress!, buffer.count)
            return String(cString: buffer.baseAddress!)
        }
    }

    /// Whether `malloc` here is jemalloc's.
    public static var isJemalloc: Bool { callocator_is_jemalloc() != 0 }

    /// jemalloc's signed option `name` (e.g. `opt.dirty_decay_ms`), nil when `malloc` is
    /// not jemalloc's or there is no such option.
    public static func signedOption(_ name: String) -> Int? {
        var value = 0
        return callocator_signed_option(name, &value) == 1 ? value : nil
    }
}
