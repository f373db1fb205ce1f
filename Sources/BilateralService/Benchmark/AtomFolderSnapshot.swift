#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The `.atom` files of a feeds folder by name, with inode and size: which
/// files a round created or replaced (a replacement by rename gets a new inode).
struct AtomFolderSnapshot {
    struct File: Equatable {
        var inode: UInt64
        var size: Int64
    }

    var files: [String: File] = [:]

    init(folder: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasSuffix(".atom") {
            var info = stat()
            guard stat(folder + "/" + name, &info) == 0 else { continue }
            files[name] = File(inode: UInt64(info.st_ino), size: Int64(info.st_size))
        }
    }

    /// Files new or replaced since `before`, and their total size.
    func changed(since before: AtomFolderSnapshot) -> (files: Int, bytes: Int64) {
        var count = 0
        var bytes: Int64 = 0
        for (name, file) in files where before.files[name] != file {
            count += 1
            bytes += file.size
        }
        return (count, bytes)
    }
}
