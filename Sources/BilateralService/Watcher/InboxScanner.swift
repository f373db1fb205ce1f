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

    /// One reading of the inbox, each list sorted.
    public struct Listing: Sendable, Equatable {
        /// The regular files (and, if allowed, links to them) that pass the filter: what to read.
        public var files: [String] = []
        /// Names that are not UTF-8, escaped (`bad\xFFname.xml`): such a file cannot be read
        /// (paths go through `String`), so the caller says so instead of passing over it in
        /// silence. Names the filter ignores (read as UTF-8 with replacement characters) are left out.
        public var undecodable: [String] = []
        /// Symbolic links that pass the filter and are not read because `watch.follow_symlinks`
        /// is false (none when it is true).
        public var unfollowedLinks: [String] = []
    }

    /// Names of the regular files (and, if allowed, links to them) that pass the filter, sorted.
    /// - Throws: when the inbox cannot be listed.
    public func scan() throws -> [String] { try list().files }

    /// The inbox read once (`readdir`): the files to read, and the names to tell the user about.
    /// A name's type comes from its directory entry; only where the file system does not give
    /// it, or for a link to follow, is the file looked at.
    /// - Throws: an `NSPOSIXErrorDomain` error when the inbox cannot be listed.
    public func list() throws -> Listing {
        guard let directory = opendir(inbox.path) else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno), userInfo: [NSFilePathErrorKey: inbox.path])
        }
        defer { closedir(directory) }
        var listing = Listing()
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(directory) {
            // The name where readdir left it, up to its NUL: copying `d_name` (a 256-byte tuple)
            // would read past a short record at the end of readdir's buffer (AddressSanitizer).
            let name = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
            guard let text = String(validating: bytes, as: UTF8.self) else {
                if filter.accepts(String(decoding: bytes, as: UTF8.self)) { listing.undecodable.append(Self.escaped(bytes)) }
                continue
            }
            guard filter.accepts(text) else { continue }
            if !followSymlinks && Int32(entry.pointee.d_type) == DT_LNK {
                listing.unfollowedLinks.append(text)
            } else if Int32(entry.pointee.d_type) == DT_REG || isReadableFile(text) {
                listing.files.append(text)
            } else if !followSymlinks && isLink(text) {
                listing.unfollowedLinks.append(text)   // DT_UNKNOWN: the file system gave no type
            }
        }
        listing.files.sort()
        listing.undecodable.sort()
        listing.unfollowedLinks.sort()
        return listing
    }

    private func isLink(_ name: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: inbox.appendingPathComponent(name).path)
        return attributes?[.type] as? FileAttributeType == .typeSymbolicLink
    }

    /// Printable ASCII as it is (a backslash doubled), every other byte as `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            if byte == UInt8(ascii: "\\") { return "\\\\" }
            if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
            return String(format: "\\x%02X", byte)
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

