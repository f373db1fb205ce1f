import ArgumentParser
import BilateralService
import BilateralStore
import Foundation
import Logging

/// `bilateral topics`: the topic list with item counts.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics",
        abstract: "List the relation topics with the number of stored items about each.",
        discussion: """
            Counts come from the daemon's database (store.database of the configuration). Every \
            topic of the configured lexicons is listed, with its label, and 0 when no stored item \
            has it (a topic only the database knows, from older lexicons, is listed too). --pairs \
            and --countries list country pairs and countries instead; --pair-topics lists (pair, \
            topic) combinations; these list only what was stored. Output: `<count>  <key>` lines \
            (`<count>  <topic>  <label>` for topics), most first, and nothing else on standard \
            output; the totals (items and files stored) go to standard error. With no database at \
            store.database yet (the daemon never ran there), it says so and exits 66.
            """)

    @OptionGroup var options: RunCommand.Options

    @Flag(help: "Count items per country pair instead.")
    var pairs = false
    @Flag(help: "Count items per country or organisation instead.")
    var countries = false
    @Flag(help: "Count items per (pair, topic) instead.")
    var pairTopics = false

    func validate() throws {
        if [pairs, countries, pairTopics].filter({ $0 }).count > 1 {
            throw ValidationError("give at most one of --pairs, --countries, --pair-topics")
        }
    }

    func run() throws {
        let configuration = try options.load().configuration
        let store = try ExistingDatabase.open(configuration, readOnly: true, logger: Logger(label: "bilateral.topics"))
        let isTopics = !(pairs || countries || pairTopics)
        var counts = pairs ? try store.pairCounts() : countries ? try store.countryCounts()
            : pairTopics ? try store.pairTopicCounts() : try store.topicCounts()
        var labels: [String: String] = [:]
        if isTopics {
            do {
                for topic in try DaemonRuntime.lexicon(for: configuration).topicDefinitions {
                    labels[topic.id] = topic.label
                    if !counts.contains(where: { $0.key == topic.id }) { counts.append(KeyCount(key: topic.id, items: 0)) }
                }
            } catch {
                FileHandle.standardError.write(Data("bilateral: topics without items not listed: \(error)\n".utf8))
            }
        }
        let width = String(counts.first?.items ?? 0).count
        for entry in counts {
            let label = labels[entry.key].map { "  " + $0 } ?? ""
            print(String(repeating: " ", count: width - String(entry.items).count) + "\(entry.items)  \(entry.key)" + label)
        }
        // On standard error: standard output holds only the documented lines, for scripts.
        let total = try store.counts()
        FileHandle.standardError.write(Data("\(total.items) item(s) stored from \(total.files) file(s)\n".utf8))
    }
}
