import ArgumentParser
import BilateralService
import BilateralStore
import Foundation
import Logging

/// The daemon's database for the commands that read or update it (`query`, `topics`,
/// `reclassify`): when there is none at the configured path, a message that says so and what
/// to do, exit status 66 (EX_NOINPUT), instead of SQLite's "unable to open database file"
/// (or, for `reclassify`, a new empty database and "0 item(s) re-classified").
enum ExistingDatabase {
    /// EX_NOINPUT of sysexits.h: the input (the database) does not exist.
    static let missing = ExitCode(66)

    /// The configured database's path.
    /// - Throws: `missing`, after saying so on standard error, when no file is there.
    static func path(_ configuration: DaemonConfiguration) throws -> String {
        let path = configuration.paths().database.path
        guard FileManager.default.fileExists(atPath: path) else {
            FileHandle.standardError.write(Data(("bilateral: no database at \(path) yet: the daemon creates it "
                + "(bilateral run; run --once reads the inbox once and stops), or --config, watch.root or "
                + "store.database point somewhere else\n").utf8))
            throw missing
        }
        return path
    }

    /// The configured database, opened.
    static func open(_ configuration: DaemonConfiguration, readOnly: Bool, logger: Logger) throws -> ItemStore {
        try ItemStore.open(path: try path(configuration), readOnly: readOnly, logger: logger)
    }
}
