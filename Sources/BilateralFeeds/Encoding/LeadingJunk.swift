/// Bytes before a feed's first tag that cannot be XML: the HTTP status line
/// and headers a fetcher saved with the body (`HTTP/1.1 200 OK`, then
/// `Content-Type: ...` and a blank line), or a line of text. libxml2 reads
/// nothing after them ("Document is empty"), so the recovery pass skips
/// them when the first chunk shows where the document starts.
enum LeadingJunk {
    /// Where the document starts in `bytes` (the first chunk of an input),
    /// when the input does not start with markup: the first `<?xml` or the
    /// first tag of a feed root (`<rss`, `<feed`, `<rdf:RDF`, `<RDF`),
    /// whichever comes first. Nil when the input starts (after a UTF-8 byte
    /// order mark and blanks) with `<`, when no such start is found, or
    /// when the bytes look like UTF-16 or UTF-32 (a NUL before the start).
    static func documentStart(in bytes: UnsafeRawBufferPointer) -> Int? {
        var first = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { first = 3 }
        while first < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[first]) { first += 1 }
        guard first < bytes.count, bytes[first] != UInt8(ascii: "<") else { return nil }
        let starts = ["<?xml", "<rss", "<feed", "<rdf:RDF", "<RDF"].compactMap { marker -> Int? in
            guard let at = ByteMarker.find(marker, in: bytes, from: first) else { return nil }
            // A root's name ends at a blank, `>` or `/`: `<rssfoo` and `<feeds>` are not roots.
            let after = at + marker.utf8.count
            if marker != "<?xml", after < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[after]) {
                return nil
            }
            return at
        }
        guard let start = starts.min(), !bytes[first..<start].contains(0) else { return nil }
        return start
    }

    /// The diagnostic for `skipped` bytes holding `lines` line breaks.
    static func diagnostic(skipped: Int, lines: Int) -> FeedDiagnostic {
        FeedDiagnostic(severity: .error, line: 1, column: 1,
                       message: "\(skipped) byte(s) before the first tag skipped (HTTP headers or text saved with the feed?);"
                           + " the document starts on line \(lines + 1), and the lines of later messages count from there")
    }
}
