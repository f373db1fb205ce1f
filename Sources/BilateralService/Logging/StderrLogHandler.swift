#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging

/// A journald-friendly `LogHandler`: one line per event on standard error,
/// `<level> label: message key=value ...`, with a syslog priority prefix
/// (`<6>`) when standard error is the journal (`$JOURNAL_STREAM`), and
/// colours only when standard error is a terminal. Bootstrapped by the
/// executable: `LoggingSystem.bootstrap(StderrLogHandler.factory(level:))`.
public struct StderrLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public let label: String
    let style: Style

    /// How lines are decorated, decided once from the environment.
    public enum Style: Sendable {
        case plain, journal, terminal

        /// `journal` under systemd, `terminal` on a tty, else `plain`.
        public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment) -> Style {
            if environment["JOURNAL_STREAM"] != nil { return .journal }
            return isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil ? .terminal : .plain
        }
    }

    public init(label: String, level: Logger.Level = .info, style: Style = .detect()) {
        self.label = label
        self.logLevel = level
        self.style = style
    }

    /// A factory for `LoggingSystem.bootstrap` at `level`.
    public static func factory(level: Logger.Level) -> @Sendable (String) -> any LogHandler {
        let style = Style.detect()
        return { label in StderrLogHandler(label: label, level: level, style: style) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let line = format(level: event.level, message: "\(event.message)", metadata: merged) + "\n"
        // One write(2) per line: lines from concurrent tasks never interleave.
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                // EPIPE (the reader is gone; SIGPIPE is ignored by `run`) or a full disk: the line is dropped.
                if n <= 0 { break }
                offset += n
            }
        }
    }

    /// One line for an event, without the newline.
    public func format(level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        let pairs = metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote("\($0.value)"))" }
        let body = ([label + ":", Self.oneLine(message)] + pairs).joined(separator: " ")
        switch style {
        case .journal: return "<\(Self.priority(level))>\(level.rawValue) \(body)"
        case .plain: return "\(Self.timestamp()) \(level.rawValue) \(body)"
        case .terminal: return "\(Self.timestamp()) \(Self.colour(level))\(level.rawValue)\u{1B}[0m \(body)"
        }
    }

    /// syslog(3) priority of a level, as sd-daemon(3) prefixes expect.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static func colour(_ level: Logger.Level) -> String {
        switch level {
        case .trace, .debug: "\u{1B}[2m"
        case .info, .notice: "\u{1B}[32m"
        case .warning: "\u{1B}[33m"
        case .error, .critical: "\u{1B}[31m"
        }
    }

    static func oneLine(_ s: String) -> String {
        s.contains(where: \.isNewline) ? s.replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r") : s
    }

    static func quote(_ s: String) -> String {
        let needs = s.isEmpty || s.contains { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }
        guard needs else { return s }
        return "\"" + oneLine(s).replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var parts = tm()
        var seconds = now.tv_sec
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, now.tv_nsec / 1_000_000)
    }
}
