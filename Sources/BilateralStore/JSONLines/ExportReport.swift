/// What one `JSONLinesExporter.export()` did.
public struct ExportReport: Hashable, Sendable {
    /// Items appended.
    public var exported: Int = 0
    /// Day files appended to.
    public var files: [String] = []
    /// Day files rebuilt from the database (reclassified items, or a file cut short).
    public var rewritten: [String] = []
    /// Bytes of unconfirmed lines cut from the current file after a crash.
    public var droppedBytes: Int64 = 0

    public init() {}
}

/// Points where a test makes `export` stop as if the process died there.
enum ExportFault: Error, Hashable, Sendable {
    /// After committing the switch to a new file, before appending.
    case afterSwitch
    /// After appending and fsyncing a batch, before its checkpoint.
    case afterAppend
    /// After renaming a rebuilt file, before dequeuing it.
    case afterRewrite
}
