import Foundation

/// Finding and reading the `*.lex` files of a lexicon folder.
enum LexiconFiles {
    /// Relative paths of all `*.lex` files under `directory`, sorted.
    static func list(in directory: URL) throws -> [String] {
        let root = directory.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw LexiconError(file: directory.path, line: 0, message: "no such lexicon folder")
        }
        guard isDirectory.boolValue else {
            throw LexiconError(file: directory.path, line: 0, message: "not a lexicon folder (a file: name its folder)")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw LexiconError(file: directory.path, line: 0, message: "cannot list the folder")
        }
        var files: [String] = []
        while let next = enumerator.nextObject() as? String {
            if next.hasSuffix(".lex"), !next.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                files.append(next)
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The bytes of `file` (relative to `directory`).
    static func read(_ file: String, in directory: URL) throws -> [UInt8] {
        let url = directory.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(file: file, line: 0, message: "cannot read the file")
        }
        return [UInt8](data)
    }
}
