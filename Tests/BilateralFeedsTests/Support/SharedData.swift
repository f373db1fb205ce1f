import Foundation

/// Locates `../shared` (the project's shared data) relative to the package root.
enum SharedData {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, or nil when it is absent.
    static let root: URL? = {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// True when `../shared` exists; prints the skip message otherwise.
    static func available(_ what: String) -> Bool {
        if root == nil { print("skipped: ../shared not found (\(what))") }
        return root != nil
    }
}
