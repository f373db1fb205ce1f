import ArgumentParser
import BilateralClassifier
import BilateralRecords
import BilateralService
import BilateralStore
import Foundation
import Logging

/// `bilateral query`: searches the daemon's database.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Search the stored items by topic, pair, country, date and text.",
        discussion: """
            Reads the daemon's database (store.database of the configuration; it may be running; \
            when there is none yet, it says so and exits 66). \
            Every filter given must match; results come newest first. On a terminal the result is a \
            table; otherwise (a pipe or file) one JSON record per line, as in out/items-*.jsonl. A \
            topic id, code or pair that neither the lexicons nor the stored items know is an error \
            (exit status 64) naming it; a known one that no stored item has gives no items.

            Examples:
              bilateral query --pair CN-RU --topic energy --since 2024-01-01
              bilateral query --country UA --text ceasefire --limit 20 | jq .title
            """)

    @OptionGroup var options: RunCommand.Options

    @Option(help: "A topic id (energy, trade...: bilateral topics lists them; any case); with --pair, the pair's own topic.")
    var topic: String?
    @Option(help: "A pair of country or organisation codes joined by '-' (CN-RU); the order does not matter.")
    var pair: String?
    @Option(help: "A country or organisation code (RU, EU, NATO).")
    var country: String?
    @Option(help: ArgumentHelp("Dated on or after this date (YYYY-MM-DD or ISO 8601): published, or first seen by the daemon for an item without a date.", valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("Dated before this date (YYYY-MM-DD or ISO 8601): published, or first seen by the daemon for an item without a date.", valueName: "date"))
    var until: String?
    @Option(help: "Words the item's text must contain, case and accents ignored in every script (etat finds État, договор finds ДОГОВОР).")
    var text: String?
    // `.unconditional`: '--limit -1' reaches validate() (otherwise "Missing value for '--limit'").
    @Option(parsing: .unconditional,
            help: "At most this many items, the newest (0: no limit); when it leaves items out, standard error says how many matched.")
    var limit = 100
    @Flag(help: "Dates refer to when the daemon first saw each item, dated or not, not when it was published.")
    var firstSeen = false
    @Option(help: "Output: table or jsonl (default: table on a terminal, jsonl otherwise).")
    var format: OutputFormat?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, jsonl }

    func validate() throws {
        if let pair, pair.split(separator: "-").count != 2 { throw ValidationError("--pair takes two codes joined by '-' (CN-RU)") }
        if limit < 0 { throw ValidationError("--limit must be 0 or more (0: no limit), not \(limit)") }
        _ = try since.map { try DateArgument.parse($0, option: "--since") }
        _ = try until.map { try DateArgument.parse($0, option: "--until") }
    }

    func run() throws {
        let configuration = try options.load().configuration
        let store = try ExistingDatabase.open(configuration, readOnly: true, logger: Logger(label: "bilateral.query"))
        let filters: QueryFilters
        do {
            filters = try checkedFilters(store: store, configuration: configuration)
        } catch let error as ValidationError {
            // Found only once the database and lexicons are read: ArgumentParser's own report
            // would show the root command's usage, not query's.
            FileHandle.standardError.write(Data("bilateral: \(error.message)\n".utf8))
            throw ExitCode.validationFailure
        }
        let query = ItemQuery(
            topic: filters.topic, pair: filters.pair, country: filters.country,
            timeField: firstSeen ? .firstSeen : .published,
            since: try since.map { try DateArgument.parse($0, option: "--since") },
            until: try until.map { try DateArgument.parse($0, option: "--until") },
            text: text, limit: limit == 0 || limit == .max ? nil : limit + 1)
        var records = try store.query(query)
        if limit > 0, records.count > limit {
            // One more than asked was found: say how many the limit left out.
            records.removeLast(records.count - limit)
            var all = query
            all.limit = nil
            FileHandle.standardError.write(Data(Self.limitNote(shown: limit, of: try store.count(all)).utf8))
        }
        switch format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .jsonl) {
        case .jsonl: for record in records { print(record.jsonLine()) }
        case .table:
            let table = RecordTable(records: records, topic: filters.topic, pair: filters.pair, country: filters.country)
            print(table.render(), terminator: "")
        }
    }

    /// The note on standard error when --limit cut the result.
    static func limitNote(shown: Int, of total: Int) -> String {
        "bilateral: \(shown) of \(total) items shown (the newest); --limit N for more, --limit 0 for all\n"
    }

    /// --topic, --pair and --country made canonical (`QueryFilters`): checked against the stored
    /// classifications first, then, for a value no stored item has, against the lexicons too
    /// (loading them takes a moment), so that a code the lexicons know gives an empty result.
    func checkedFilters(store: ItemStore, configuration: DaemonConfiguration) throws -> QueryFilters {
        let given = QueryFilters(topic: topic, pair: pair, country: country)
        guard topic != nil || pair != nil || country != nil else { return given }
        let stored = try store.storedKeyNames()
        if let filters = try? given.resolved(in: QueryFilters.Vocabulary(stored: stored)) { return filters }
        var lexicon: Lexicon?
        do {
            lexicon = try DaemonRuntime.lexicon(for: configuration)
        } catch {
            FileHandle.standardError.write(Data(
                "bilateral: warning: the filters are checked against the stored items only: the lexicons do not load: \(error)\n".utf8))
        }
        return try given.resolved(in: QueryFilters.Vocabulary(stored: stored, lexicon: lexicon))
    }
}

/// A plain-text table of records for a terminal: date, countries, topics, title. Each column
/// shows its first few values; the topic, pair or country the query asked for comes first, so
/// that the row shows why it matched.
struct RecordTable {
    var records: [ItemRecord]
    var topic: String?
    var pair: String?
    var country: String?

    /// `values` with `first` moved to the front when it is among them.
    static func leading(_ first: String?, _ values: [String]) -> [String] {
        guard let first, let index = values.firstIndex(of: first) else { return values }
        var values = values
        values.insert(values.remove(at: index), at: 0)
        return values
    }

    func render() -> String {
        guard !records.isEmpty else { return "no items\n" }
        var rows = [["PUBLISHED", "PAIRS / COUNTRIES", "TOPICS", "TITLE"]]
        for r in records {
            let date = r.published.map { String(JSONWriter.iso8601($0).prefix(10)) } ?? "-"
            let actors = r.dyads.isEmpty || (country != nil && pair == nil)
                ? Self.leading(country, r.countries.map(\.code)).prefix(3).joined(separator: ",")
                : Self.leading(pair, r.dyads.map(\.pair)).prefix(2).joined(separator: ",")
            let topics = Self.leading(topic, r.topics.map(\.id)).prefix(3).joined(separator: ",")
            rows.append([date, actors.isEmpty ? "-" : actors, topics.isEmpty ? "-" : topics,
                         String((r.title ?? "(untitled)").prefix(70))])
        }
        let widths = (0..<3).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[3]
        }.joined(separator: "\n") + "\n\(records.count) item(s)\n"
    }
}
