/// What the inbox watcher reports.
public enum InboxEvent: Sendable, Equatable {
    /// A file was closed after writing or renamed into the inbox (bare name).
    case changed(String)
    /// The kernel queue overflowed: events were lost, rescan everything.
    case overflow
    /// The inbox itself was deleted or moved away.
    case folderGone
}
