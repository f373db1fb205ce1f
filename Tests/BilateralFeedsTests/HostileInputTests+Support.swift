import Foundation
import Glibc

/// Hostile documents: fixtures from `Fixtures/hostile/`, and big ones written streaming into a
/// temporary directory (never built whole in memory).
enum HostileFile {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("hostile").appendingPathComponent(name)
    }

    static func fixtureText(_ name: String) throws -> String {
        try String(contentsOf: fixture(name), encoding: .utf8)
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilateral-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Removes a generated file and its directory.
    static func remove(_ file: URL) {
        try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
    }

    /// Writes `parts` in order to a new temporary file; each part is produced on demand.
    static func write(_ name: String, _ parts: [() -> Data]) throws -> URL {
        let url = try temporaryDirectory().appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        for part in parts { try handle.write(contentsOf: part()) }
        return url
    }

    static func text(_ s: String) -> () -> Data { { Data(s.utf8) } }

    /// `byte` repeated `count` times, written in blocks of 1 MiB.
    static func run(_ byte: UInt8, _ count: Int) -> [() -> Data] {
        let block = 1 << 20
        return stride(from: 0, to: count, by: block).map { start in
            { Data(repeating: byte, count: min(block, count - start)) }
        }
    }

    static let rssHead = #"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title>"#

    static func quadraticBlowUp() throws -> URL {
        let entity = String(repeating: "A", count: 64 * 1024)
        let refs = String(repeating: "&big;", count: 40_000)
        return try write("quadratic.xml", [text(#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big ""# + entity + #"">]>"#
            + #"<rss version="2.0"><channel><title>Q</title><item><title>Quadratic</title><description>"#
            + refs + "</description></item></channel></rss>")])
    }

    static func deepNesting(depth: Int) throws -> URL {
        try write("deep.xml", [text(rssHead + "<item><title>Before the abyss</title></item><item><description>"),
                               { Data(String(repeating: "<a>", count: depth).utf8) },
                               { Data(String(repeating: "</a>", count: depth).utf8) },
                               text("</description></item></channel></rss>")])
    }

    static func hugeTextNode(bytes: Int) throws -> URL {
        try write("huge-text.xml", [text(rssHead + "<item><title>Flood</title><description>")] + run(UInt8(ascii: "x"), bytes)
            + [text("</description></item><item><title>After the flood</title></item></channel></rss>")])
    }

    static func manyItems(_ count: Int) throws -> URL {
        let block = 10_000
        let parts = stride(from: 0, to: count, by: block).map { start in
            { Data((start..<min(start + block, count)).map { "<item><title>t\($0)</title><guid>urn:item:\($0)</guid></item>\n" }.joined().utf8) }
        }
        return try write("many.xml", [text(rssHead)] + parts + [text("</channel></rss>")])
    }

    /// Every text field (and the enclosure URL attribute) `bytes` long.
    static func everyFieldHuge(bytes: Int) throws -> URL {
        let fields = ["title", "link", "guid", "description", "content:encoded", "author", "category"]
        var parts = [text(#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>"#)]
        parts += run(UInt8(ascii: "c"), bytes) + [text("</title><item>")]
        for field in fields {
            parts += [text("<\(field)>")] + run(UInt8(ascii: "f"), bytes) + [text("</\(field)>")]
        }
        return try write("every-field.xml", parts + [text("</item></channel></rss>")])
    }

    /// A small gzip member opening an item title, then `members` copies of
    /// `Fixtures/hostile/bomb-member.gz` (16 KB inflating to 16 MiB of `a`): concatenated gzip
    /// members are one stream to gunzip and to the reader.
    static func gzipBomb(members: Int) throws -> URL {
        let body = try Data(contentsOf: fixture("bomb-member.gz"))
        let head = try Data(contentsOf: fixture("bomb-head.xml.gz"))
        return try write("bomb.xml.gz", [{ head }] + Array(repeating: { body }, count: members))
    }
}

/// A TCP listener on 127.0.0.1 (any free port): proves that a parser did not connect.
final class LocalListener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bind(fd, sa, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, sa, &length) == 0
            }
        }
        guard fd >= 0, bound else {
            if fd >= 0 { close(fd) }
            throw POSIXError(.EADDRNOTAVAIL)
        }
        self.fd = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(fd) }

    /// True when some connection is waiting to be accepted.
    func receivedConnection() -> Bool {
        let client = accept(fd, nil, nil)
        if client >= 0 { close(client) }
        return client >= 0
    }
}
