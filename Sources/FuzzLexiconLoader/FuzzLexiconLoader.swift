import BilateralClassifier
import Foundation

/// libFuzzer target for `Lexicon.load(directories:)`: any bytes as a `.lex` file give a lexicon
/// or a `LexiconError` naming that file and a line inside it, never a crash; a lexicon that
/// loads can classify a text built from its own input.
///
/// The input is written to `fuzz.lex` in a private temporary folder (the loader reads folders).
/// Built normally it runs each file or directory given as an argument through the same
/// function; built with `fuzz/run.sh LexiconLoader SECONDS` libFuzzer drives it.
@main
enum FuzzLexiconLoader {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bilateral-fuzz-lexicon-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func fuzz(_ data: Data) {
        let file = folder.appendingPathComponent("fuzz.lex")
        guard (try? data.write(to: file)) != nil else { preconditionFailure("cannot write \(file.path)") }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        do {
            let lexicon = try Lexicon.load(directories: [folder])
            let text = String(decoding: data.prefix(4096), as: UTF8.self)
            _ = Classifier(lexicon: lexicon).classify(title: text, text: text, date: nil)
        } catch let error as LexiconError {
            precondition(error.file == "fuzz.lex" || error.file.isEmpty, "error names \(error.file)")
            precondition(error.line >= 0 && error.line <= lines + 1, "error line \(error.line) of \(lines)")
        } catch {
            preconditionFailure("Lexicon.load threw a non-LexiconError: \(error)")
        }
    }

    static func main() {
        FuzzInputRunner.main(entry: fuzzLexiconLoaderOneInput, fuzz)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconLoaderOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    FuzzLexiconLoader.fuzz(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}
