import Foundation

/// Standard input copied to a temporary file, so it can be read twice (strict, then recovery).
struct StandardInputSpool {
    let path: String

    /// - Throws: `FeedError` when the temporary file cannot be written.
    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("bilateral-stdin-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let out = FileHandle(forWritingAtPath: path) else {
            throw FeedError(.unreadable, file: "<stdin>", message: "feeds: cannot create a spool file in \(path)")
        }
        defer { try? out.close() }
        while let chunk = try? FileHandle.standardInput.read(upToCount: 256 * 1024), !chunk.isEmpty {
            out.write(chunk)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
