import Glibc

/// Resolves a URI reference against a base URI as RFC 3986 section 5.2 says
/// (strict parser, dot segments removed). Pure string work, no Foundation URL.
enum URLResolver {
    /// `reference` resolved against `base`; the reference unchanged when it is absolute,
    /// when there is no base, or when the base is not absolute.
    static func resolve(_ reference: String, against base: String?) -> String {
        let ref = reference.trimmedWhitespace
        if isPlainAbsolute(ref) { return ref }
        guard let base, !base.isEmpty else { return ref }
        let r = URIParts(ref)
        if r.scheme != nil { return r.recomposed(path: removeDotSegments(r.path)) }
        let b = URIParts(base.trimmedWhitespace)
        guard b.scheme != nil else { return ref }
        var t = URIParts(scheme: b.scheme)
        if r.authority != nil {
            t.authority = r.authority
            t.path = removeDotSegments(r.path)
            t.query = r.query
        } else {
            t.authority = b.authority
            if r.path.isEmpty {
                t.path = b.path
                t.query = r.query ?? b.query
            } else {
                t.path = removeDotSegments(r.path.hasPrefix("/") ? r.path : merge(b, r.path))
                t.query = r.query
            }
        }
        t.fragment = r.fragment
        return t.recomposed(path: t.path)
    }

    /// True for `http(s)://...` without dot segments: nothing to resolve (the common case).
    private static func isPlainAbsolute(_ ref: String) -> Bool {
        ref.utf8.withContiguousStorageIfAvailable(isPlainAbsolute) ?? isPlainAbsolute(Array(ref.utf8))
    }

    /// `isPlainAbsolute` on the bytes: runs for every item link, so no `UTF8View` walk.
    private static func isPlainAbsolute(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hasPrefix(utf8, "http://") || hasPrefix(utf8, "https://") else { return false }
        var previous: UInt8 = 0
        for b in utf8 {
            if b == UInt8(ascii: ".") && previous == UInt8(ascii: "/") { return false }
            if b == UInt8(ascii: "?") || b == UInt8(ascii: "#") { return true }
            previous = b
        }
        return true
    }

    /// `utf8` starts with `prefix` (memcmp: `Sequence.starts(with:)` was a generic walk).
    private static func hasPrefix(_ utf8: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        utf8.count >= prefix.utf8CodeUnitCount
            && memcmp(utf8.baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
    }

    private static func isPlainAbsolute(_ utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer(isPlainAbsolute)
    }

    private static func merge(_ base: URIParts, _ path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    /// RFC 3986 5.2.4.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        while !input.isEmpty {
            if input.hasPrefix("../") { input = input.dropFirst(3) }
            else if input.hasPrefix("./") { input = input.dropFirst(2) }
            else if input.hasPrefix("/./") { input = input.dropFirst(2) }
            else if input == "/." { input = "/" }
            else if input.hasPrefix("/../") { input = input.dropFirst(3); _ = output.popLast() }
            else if input == "/.." { input = "/"; _ = output.popLast() }
            else if input == "." || input == ".." { input = "" }
            else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        return output.joined()
    }
}

/// The five components of a URI reference (RFC 3986 appendix B).
struct URIParts {
    var scheme: String?
    var authority: String?
    var path = ""
    var query: String?
    var fragment: String?

    init(scheme: String?) { self.scheme = scheme }

    init(_ s: String) {
        var rest = Substring(s)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        }
        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    private static func isScheme(_ s: Substring) -> Bool {
        guard let first = s.first, first.isASCII, first.isLetter else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    func recomposed(path: String) -> String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }
}
