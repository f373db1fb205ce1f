#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An error of the daemon, naming the file or folder concerned.
public struct ServiceError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "service: \(path): \(message)" }
}

extension ServiceError {
    /// The system's reason under a Foundation file error ("Permission denied"), else the error itself.
    /// Used for the messages of `FailedFileRecorder` and `WatchFolders`.
    static func reason(of error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            let posix = underlying as NSError
            if posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteNoPermission.rawValue {
            return String(cString: strerror(EACCES))
        }
        return "\(error)"
    }
}
