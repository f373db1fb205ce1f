/// Attribute values a builder remembers between a start tag and its end tag.
struct XMLAttributesSnapshot {
    var isPermaLink: String?
    var domain: String?
    var type: String?
    var mode: String?
    var src: String?
    var term: String?
    var scheme: String?
    var label: String?
    var rel: String?
}
