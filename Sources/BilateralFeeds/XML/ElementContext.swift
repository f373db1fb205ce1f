/// Where an element sits: the effective `xml:base` and `xml:lang`, its depth and line.
struct ElementContext {
    /// The effective `xml:base` (already resolved against outer bases), or nil.
    var base: String?
    /// The effective `xml:lang`, or nil.
    var lang: String?
    /// Depth of the element (root = 1).
    var depth: Int
    /// 1-based line of the element's start tag.
    var line: Int
}

/// The content of a captured element.
struct CapturedText {
    /// The text, or markup when child elements were found inside the element.
    var value: String
    /// True when `value` is serialized markup (child elements were present).
    var isMarkup: Bool
}
