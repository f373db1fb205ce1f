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
    static func writtenBytes() -> Int64? {
        guard let io = try? String(contentsOfFile: "/proc/self/io", encoding: .utf8),
              let line = io.split(separator: "\n").first(where: { $0.hasPrefix("wchar:") })
        else { return nil }
        return Int64(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// `VmHWM` of /proc/self/status (the peak resident set), in bytes; nil where unavailable.
    static func peakResidentBytes() -> Int64? { status("VmHWM:") }

    /// `VmRSS` of /proc/self/status (the resident set now), in bytes; nil where unavailable.
    static func residentBytes() -> Int64? { status("VmRSS:") }

    private static func status(_ field: String) -> Int64? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let kb = Int64(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kb * 1024
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }
}
