import BilateralFeeds
import Foundation

/// libFuzzer target for `DateParser.parse`: any string returns a date or nil, never traps
/// (integer overflow in the calendar arithmetic, out-of-range indexes), and a date it returns
/// is finite and parses the same way twice.
///
/// Built normally it runs each file or directory given as an argument through the same
/// function; built with `fuzz/run.sh DateParser SECONDS` libFuzzer drives it.
@main
enum FuzzDateParser {
    static func fuzz(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard let date = DateParser.parse(text) else { return }
        precondition(date.timeIntervalSince1970.isFinite, "a parsed date is not finite")
        precondition(DateParser.parse(text) == date, "the same text parsed to two dates")
    }

    static func main() {
        FuzzInputRunner.main(entry: fuzzDateParserOneInput, fuzz)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDateParserOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzDateParser.fuzz(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
