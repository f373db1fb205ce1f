/// Decides whether a fragment holds markup at all.
enum HTMLTagProbe {
    /// True when some `<` is followed by a letter, `/`, `!` or `?`.
    static func containsTag(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i + 1 < n {
            guard let lt = b[i..<n].firstIndex(of: UInt8(ascii: "<")), lt + 1 < n else { return false }
            let next = b[lt + 1]
            if next | 0x20 >= 0x61 && next | 0x20 <= 0x7A { return true }
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return true }
            i = lt + 1
        }
        return false
    }
}
