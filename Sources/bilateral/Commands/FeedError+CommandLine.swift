import BilateralFeeds

extension FeedError {
    /// The error as `classify` reports it: `FILE:LINE:COLUMN: what: why`, or `FILE: what: why`
    /// when there is no position (a file that cannot be opened, an empty one), worded for
    /// whoever gave the file. libxml2 says "Document is empty" for a document with no markup
    /// where its root should start, which reads as an empty file: said here as what it is.
    var commandLineMessage: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        var why = message.hasPrefix("feeds: ") ? String(message.dropFirst("feeds: ".count)) : message
        if code == .notXML, message.hasSuffix("Document is empty") {
            why = "the file does not start with XML markup (a JSON, text or binary file?)"
        }
        return "\(place): \(code): \(why)"
    }
}
