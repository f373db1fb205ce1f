#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Process-wide CPU time, bytes written and peak resident memory, for the benchmarks.
enum ProcessMeter {
    /// User + system CPU time of the process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Resets the peak resident set (`VmHWM`) to the current one (Linux:
    /// `5` written to /proc/self/clear_refs); does nothing where unsupported.
    static func resetPeakResident() {
        let fd = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = write(fd, "5", 1)
        close(fd)
    }

    /// Bytes the process has passed to write calls so far (`wchar` of
    /// /proc/self/io: the database, its log, the JSON Lines); nil where unavailable.
    static func writtenBytes() -> Int64? { field("wchar:", in: "/proc/self/io") }

    /// `VmHWM` of /proc/self/status (the peak resident set), in bytes; nil where unavailable.
    static func peakResidentBytes() -> Int64? { field("VmHWM:", in: "/proc/self/status").map { $0 * 1024 } }

    /// `VmRSS` of /proc/self/status (the resident set now), in bytes; nil where unavailable.
    static func residentBytes() -> Int64? { field("VmRSS:", in: "/proc/self/status").map { $0 * 1024 } }

    /// The number after `name` on its line of the /proc file `file` (`VmHWM:   1234 kB` gives 1234).
    private static func field(_ name: String, in file: String) -> Int64? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) })
        else { return nil }
        return Int64(line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
