#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Lists the feed files of the inbox: the start-up scan, the rescan after
/// an inotify overflow, and the periodic poll.
public struct InboxScanner: Sendable {
    public var inbox: URL
    public var filter: InboxFileFilter
    public var followSymlinks: Bool

    public init(inbox: URL, filter: InboxFileFilter, followSymlinks: Bool) {
        self.inbox = inbox
        self.filter = filter
        self.followSymlinks = followSymlinks
    }

    /// Names of the regular files (and, if allowed, links to them) that pass the filter, sorted.
    /// - Throws: when the inbox cannot be listed.
    public func scan() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inbox.path)
            .filter { filter.accepts($0) && isReadableFile($0) }
            .sorted()
    }

    /// Names in the inbox that are not UTF-8, escaped (`bad\xFFname.xml`), sorted: such a
    /// file cannot be read (paths go through `String`) and `scan()` does not list it
    /// (Foundation drops the name), so the caller says so instead of passing over it in silence.
    /// Names the filter ignores (read as UTF-8 with replacement characters) are left out.
    public func undecodableNames() -> [String] {
        guard let directory = opendir(inbox.path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            // The name where readdir left it, up to its NUL: copying `d_name` (a 256-byte tuple)
            // would read past a short record at the end of readdir's buffer (AddressSanitizer).
            let name = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: UInt8.self)
            let bytes = Array(UnsafeBufferPointer(start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))))
            guard String(validating: bytes, as: UTF8.self) == nil,
                  filter.accepts(String(decoding: bytes, as: UTF8.self)) else { continue }
            names.append(Self.escaped(bytes))
        }
        return names.sorted()
    }

    /// Names of symbolic links in the inbox that pass the filter and are not
    /// read because `watch.follow_symlinks` is false, sorted (none when it is true).
    public func unfollowedLinks() -> [String] {
        guard !followSymlinks else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inbox.path)) ?? []
        return names.filter { name in
            guard filter.accepts(name) else { return false }
            let attributes = try? FileManager.default.attributesOfItem(atPath: inbox.appendingPathComponent(name).path)
            return attributes?[.type] as? FileAttributeType == .typeSymbolicLink
        }.sorted()
    }

    /// Printable ASCII as it is (a backslash doubled), every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            if byte == UInt8(ascii: "\\") { return "\\\\" }
            if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
            return "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
        }.joined()
    }

    /// Whether `name` is a regular file, or a link to one when links are followed.
    public func isReadableFile(_ name: String) -> Bool {
        let path = inbox.appendingPathComponent(name).path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let type = attributes[.type] as? FileAttributeType else { return false }
        if type == .typeRegular { return true }
        guard type == .typeSymbolicLink, followSymlinks,
              let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else { return false }
        let resolved = target.hasPrefix("/") ? target : inbox.appendingPathComponent(target).path
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
