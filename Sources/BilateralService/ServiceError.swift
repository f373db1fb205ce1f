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
