/// Finds a short ASCII marker (`]]>`, `-->`, `<![CDATA[`, `xhtml`) in UTF-8
/// bytes: the searches of the recovery pass's filters (`StrayMarkupFilter`,
/// `UnclosedHTMLWrapper`).
enum ByteMarker {
    /// Whether `marker` is at `at`; nil when the bytes end before that can be told.
    static func match<C: Collection>(_ marker: String, in bytes: C, at: Int) -> Bool?
        where C.Element == UInt8, C.Index == Int {
        var i = at
        for byte in marker.utf8 {
            guard i < bytes.endIndex else { return nil }
            if bytes[i] != byte { return false }
            i += 1
        }
        return true
    }

    /// Where `marker` starts at or after `from`.
    static func find<C: Collection>(_ marker: String, in bytes: C, from: Int) -> Int?
        where C.Element == UInt8, C.Index == Int {
        guard let first = marker.utf8.first else { return from }
        var i = from
        while i < bytes.endIndex {
            if bytes[i] == first, match(marker, in: bytes, at: i) == true { return i }
            i += 1
        }
        return nil
    }
}
