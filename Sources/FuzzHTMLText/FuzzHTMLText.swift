import BilateralFeeds
import Foundation

/// libFuzzer target for `HTMLText.plainText`: any HTML (decoded as UTF-8 the way the reader
/// hands it over) must give text with no blank lines, no leading or trailing line break, and
/// no more bytes than the input plus the writer's documented slack.
///
/// Built normally it runs each file or directory given as an argument through the same
/// function; built with `fuzz/run.sh HTMLText SECONDS` libFuzzer drives it.
@main
enum FuzzHTMLText {
    static func fuzz(_ data: Data) {
        let html = String(decoding: data, as: UTF8.self)
        let text = HTMLText.plainText(html)
        precondition(!text.hasPrefix("\n") && !text.hasSuffix("\n"), "plain text starts or ends with a line break")
        precondition(!text.contains("\n\n"), "plain text holds a blank line")
        precondition(text.utf8.count <= html.utf8.count + 16, "plain text is longer than its capacity")
    }

    static func main() {
        FuzzInputRunner.main(entry: fuzzHTMLTextOneInput, fuzz)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLTextOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzHTMLText.fuzz(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
