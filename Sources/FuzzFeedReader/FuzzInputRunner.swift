import Foundation

/// The driver shared by the fuzz executables (each target links this file through a symbolic
/// link).
///
/// Built with `-DFUZZING` and `-sanitize=fuzzer,address` (fuzz/run.sh), it hands the command
/// line to libFuzzer's `LLVMFuzzerRunDriver` with the target's C entry point: SwiftPM renames an
/// executable's `main`, so libFuzzer's own `main` is never linked in.
///
/// Built normally, it runs every file named on the command line, and every file under a named
/// directory, through the target function, printing one line per file. Exit status 0 when all
/// inputs ran (a crash would kill the process before), 2 on a path that cannot be read. Flags
/// (arguments starting with `-`) are ignored so libFuzzer-style command lines also work.
enum FuzzInputRunner {
    typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    static func main(entry: Entry, _ body: (Data) -> Void) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
        #else
        run(arguments: CommandLine.arguments, body)
        #endif
    }

    static func run(arguments: [String], _ body: (Data) -> Void) -> Never {
        let paths = arguments.dropFirst().filter { !$0.hasPrefix("-") }
        if paths.isEmpty {
            print("usage: \(arguments.first ?? "fuzz") FILE|DIR... (runs each input through the fuzz target)")
            exit(2)
        }
        var failures = 0
        for path in paths.flatMap(files(under:)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("unreadable: \(path)")
                failures += 1
                continue
            }
            let start = DispatchTime.now()
            body(data)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
            print("ok: \(path) (\(data.count) bytes, \(String(format: "%.1f", ms)) ms)")
        }
        exit(failures == 0 ? 0 : 2)
    }

    /// The path itself, or the regular files below it, sorted.
    static func files(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return names.sorted().map { path + "/" + $0 }.filter { name in
            var dir: ObjCBool = false
            return FileManager.default.fileExists(atPath: name, isDirectory: &dir) && !dir.boolValue
        }
    }
}

#if FUZZING
/// libFuzzer's entry for programs that keep their own `main` (in libclang_rt.fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ entry: FuzzInputRunner.Entry) -> Int32
#endif
