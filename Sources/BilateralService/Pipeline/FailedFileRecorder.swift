#if canImport(Glibc)
import Glibc
#endif
import BilateralRecords
import Foundation

/// Puts a copy of an unreadable inbox file in `failed/` with a
/// `<name>.error.json` beside it (error, file, line, column, time). The
/// inbox file itself is never touched.
public struct FailedFileRecorder: Sendable {
    public var inbox: URL
    public var failed: URL

    public init(inbox: URL, failed: URL) {
        self.inbox = inbox
        self.failed = failed
    }

    /// Copies `name` and writes its error report; both replace earlier ones.
    /// - Throws: `ServiceError` naming the `failed/` folder and the system's
    ///   reason when it cannot be written (Foundation's own error said only
    ///   "NSCocoaErrorDomain Code=513").
    public func record(name: String, message: String, line: Int?, column: Int?, time: Date = Date()) throws {
        do {
            try FileManager.default.createDirectory(at: failed, withIntermediateDirectories: true)
            let copy = failed.appendingPathComponent(name)
            let temporary = failed.appendingPathComponent(".\(name).\(getpid()).tmp")
            try? FileManager.default.removeItem(at: temporary)
            try FileManager.default.copyItem(at: inbox.appendingPathComponent(name), to: temporary)
            guard rename(temporary.path, copy.path) == 0 else {
                throw ServiceError(failed.path, "cannot write the copy of \(name): \(String(cString: strerror(errno)))")
            }
            let report = Self.report(file: inbox.lastPathComponent + "/" + name, message: message,
                                     line: line, column: column, time: time)
            try Data((report + "\n").utf8).write(to: failed.appendingPathComponent(name + ".error.json"), options: .atomic)
        } catch let error as ServiceError {
            throw error
        } catch {
            throw ServiceError(failed.path, "cannot write the copy of \(name) or its .error.json: \(ServiceError.reason(of: error))")
        }
    }

    /// Removes the copy of `name` and its report, left by an earlier `record`, once the inbox
    /// file reads (it was rewritten, or filled after an empty first version): `failed/` lists the
    /// files that cannot be read now. Returns whether there was something to remove.
    @discardableResult
    public func clear(name: String) -> Bool {
        var removed = false
        for url in [failed.appendingPathComponent(name), failed.appendingPathComponent(name + ".error.json")] {
            if (try? FileManager.default.removeItem(at: url)) != nil { removed = true }
        }
        return removed
    }

    /// The `.error.json` document.
    public static func report(file: String, message: String, line: Int?, column: Int?, time: Date) -> String {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("error"); w.string(message)
        w.key("file"); w.string(file)
        w.key("line"); if let line { w.int(line) } else { w.null() }
        w.key("column"); if let column { w.int(column) } else { w.null() }
        w.key("time"); w.string(JSONWriter.iso8601(time))
        w.endObject()
        return w.output
    }
}
