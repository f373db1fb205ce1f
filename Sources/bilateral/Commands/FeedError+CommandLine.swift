import BilateralFeeds

extension FeedError {
    /// The error as `classify` reports it: `FILE:LINE:COLUMN: what: why`, or `FILE: what: why`
    /// when there is no position (a file that cannot be opened, an empty one), worded for
    /// whoever gave the file (the reader's `feeds: ` prefix left out).
    var commandLineMessage: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        let why = message.hasPrefix("feeds: ") ? String(message.dropFirst("feeds: ".count)) : message
        return "\(place): \(code): \(why)"
    }
}
