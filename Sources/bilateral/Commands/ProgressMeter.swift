import Foundation

/// A one-line progress display on standard error for long `classify` runs:
/// files done, items, rate. Redrawn at most five times a second.
struct ProgressMeter {
    private let total: Int
    private let enabled: Bool
    private var files = 0
    private var items = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    mutating func item() {
        items += 1
        if enabled, items % 256 == 0 { draw(current: nil) }
    }

    mutating func fileDone(_ name: String) {
        files += 1
        if enabled { draw(current: name) }
    }

    mutating func finish() {
        guard enabled else { return }
        draw(current: nil, force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private mutating func draw(current: String?, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let width = 24
        let filled = total > 0 ? width * files / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var line = "\r[\(bar)] \(files)/\(total) files, \(items) items, \(Int(Double(items) / elapsed)) items/s"
        if let current { line += " " + String(current.suffix(30)) }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }
}
