import Foundation
import Testing

/// The daemon-side commands as a user runs them: help, check-config, and
/// query/topics over a database the daemon filled.
@Suite(.serialized) struct DaemonCommandTests {
    @Test(arguments: ["run", "query", "topics", "reclassify", "check-config"])
    func everyCommandHasHelp(_ command: String) throws {
        let result = try BinaryRunner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: bilateral \(command)"))
        #expect(result.stdout.contains("--config <file>"))
    }

    @Test func checkConfigPrintsTheEffectiveConfiguration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cc-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.yaml")
        try "watch:\n  root: /srv/feeds\n".write(to: good, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check-config", "--config", good.path],
                                          environment: ["BILATERAL_WORKERS": "3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  root: /srv/feeds  # \(good.path):2"))
        #expect(result.stdout.contains("workers: 3  # BILATERAL_WORKERS"))
        #expect(result.stdout.contains("database /srv/feeds/state/bilateral.sqlite"))
        #expect(result.stdout.contains("# lexicons: bilateral-classifier-"))

        let lexicons = folder.appendingPathComponent("lexicons")
        try FileManager.default.createDirectory(at: lexicons, withIntermediateDirectories: true)
        try "actor XX country : Nowhere\nalias YY name : Elsewhere\n"
            .write(to: lexicons.appendingPathComponent("bad.lex"), atomically: true, encoding: .utf8)
        let badLexicon = try BinaryRunner.run(["check-config", "--config", good.path],
                                              environment: ["BILATERAL_LEXICONS_DIRECTORIES": lexicons.path])
        #expect(badLexicon.status == 78)
        #expect(badLexicon.stderr.contains("bad.lex:2"))

        let bad = folder.appendingPathComponent("bad.yaml")
        try "watch:\n  root: /srv/feeds\n  settle: 2\noutputs:\n  atom: perhaps\n".write(to: bad, atomically: true, encoding: .utf8)
        let failure = try BinaryRunner.run(["check-config", "--config", bad.path], environment: [:])
        #expect(failure.status == 78)
        #expect(failure.stderr.contains("\(bad.path):3:3: watch.settle: unknown key"))
        #expect(failure.stderr.contains("\(bad.path):5:9: outputs.atom: expected true or false"))
    }

    @Test func queryAndTopicsReadTheDaemonsDatabase() throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        try daemon.start()
        try DaemonFeedWriter.write([DaemonFeedWriter.item("q1"), DaemonFeedWriter.item("q2", energy: true),
                                    DaemonFeedWriter.item("q3", energy: true)],
                                   to: daemon.inbox.appendingPathComponent("q.xml"))
        try daemon.waitFor("3 records", timeout: 10) { try daemon.jsonlIDs().count == 3 }
        #expect(try daemon.stop() == 0)

        let pair = try BinaryRunner.run(["query", "--config", daemon.config.path, "--pair", "RH-GO"])
        #expect(pair.status == 0)
        let lines = pair.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\"pair\":\"GO-RH\"") })
        #expect(pair.stderr.isEmpty, "\(pair.stderr)")
        let cut = try BinaryRunner.run(["query", "--config", daemon.config.path, "--pair", "RH-GO", "--limit", "1"])
        #expect(cut.status == 0 && cut.stdout.split(separator: "\n").count == 1)
        #expect(cut.stderr.contains("1 of 2 items shown"), "\(cut.stderr)")
        let all = try BinaryRunner.run(["query", "--config", daemon.config.path, "--limit", "2"])
        #expect(all.stdout.split(separator: "\n").count == 2 && all.stderr.contains("2 of 3 items shown"), "\(all.stderr)")
        // The one more asked for to see whether the limit cut the result does not overflow.
        let largest = try BinaryRunner.run(["query", "--config", daemon.config.path, "--limit", String(Int.max)])
        #expect(largest.status == 0 && largest.stdout.split(separator: "\n").count == 3 && largest.stderr.isEmpty)
        let topic = try BinaryRunner.run(["query", "--config", daemon.config.path, "--topic", "Energy"])
        #expect(topic.status == 0 && topic.stdout.split(separator: "\n").count == 2, "\(topic.stdout)\(topic.stderr)")
        let noTopic = try BinaryRunner.run(["query", "--config", daemon.config.path, "--topic", "nosuchtopic"])
        #expect(noTopic.status == 64 && noTopic.stdout.isEmpty)
        #expect(noTopic.stderr.contains("the topic ids are trade, energy, sanctions"), "\(noTopic.stderr)")
        let byName = try BinaryRunner.run(["query", "--config", daemon.config.path, "--country", "Gondor"])
        #expect(byName.status == 64 && byName.stderr.contains("did you mean GO?"), "\(byName.stderr)")
        // Two codes the lexicon knows, never stored as a pair: no items, and no error.
        let knownPair = try BinaryRunner.run(["query", "--config", daemon.config.path, "--pair", "AR-RH"])
        #expect(knownPair.status == 0 && knownPair.stdout.isEmpty && knownPair.stderr.isEmpty, "\(knownPair.stderr)")
        let text = try BinaryRunner.run(["query", "--config", daemon.config.path, "--text", "grain", "--format", "table"])
        #expect(text.stdout.contains("Arnor exports grain to Gondor q1"))
        #expect(text.stdout.contains("1 item(s)"))
        let topics = try BinaryRunner.run(["topics", "--config", daemon.config.path])
        #expect(topics.stdout.contains("2  energy  Energy"))
        #expect(topics.stdout.contains("1  trade  Trade"))
        #expect(topics.stdout.contains("0  sanctions  Sanctions"))
        // Only `<count>  <key>[  <label>]` lines on standard output; the totals on standard error.
        let line = /\s*\d+  [^ ]+(  .+)?/
        #expect(topics.stdout.split(separator: "\n").allSatisfy { $0.wholeMatch(of: line) != nil }, "\(topics.stdout)")
        #expect(topics.stderr.contains("3 item(s) stored from 1 file(s)"), "\(topics.stderr)")
        let pairs = try BinaryRunner.run(["topics", "--config", daemon.config.path, "--pairs"])
        #expect(pairs.stdout.contains("2  GO-RH"))
        #expect(pairs.stdout.split(separator: "\n").allSatisfy { $0.wholeMatch(of: line) != nil }, "\(pairs.stdout)")
    }

    /// Before the daemon ever ran there is no database: the commands that read or update it
    /// say so (not SQLite's "unable to open database file"), and reclassify makes none.
    @Test(arguments: [["query"], ["topics"], ["reclassify"], ["reclassify", "--dry-run"]])
    func commandsSayThereIsNoDatabaseYet(_ command: [String]) throws {
        let daemon = try DaemonHarness()
        defer { daemon.remove() }
        let result = try BinaryRunner.run(command + ["--config", daemon.config.path])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("bilateral: no database at \(daemon.database.path) yet: the daemon creates it"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: daemon.database.path))
        #expect(!FileManager.default.fileExists(atPath: daemon.database.deletingLastPathComponent().path))
    }

    @Test func reclassifyUpdatesDatabaseJSONLinesAndAtom() throws {
        let daemon = try DaemonHarness(copyLexicon: true)
        defer { daemon.remove() }
        try daemon.start()
        try DaemonFeedWriter.write([DaemonFeedWriter.item("r1"), DaemonFeedWriter.item("r2")],
                                   to: daemon.inbox.appendingPathComponent("r.xml"))
        try daemon.waitFor("2 records", timeout: 10) { try daemon.jsonlIDs().count == 2 }
        #expect(try daemon.stop() == 0)
        let before = try daemon.jsonlRecords().compactMap { $0["classifier"] as? String }
        #expect(!FileManager.default.fileExists(atPath: daemon.out.appendingPathComponent("feeds/topic-energy.atom").path))

        // A lexicon edit: grain is now an energy cue. The classifier version changes with the files.
        let file = daemon.lexicon.appendingPathComponent("middle-earth.lex")
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data("cue energy 0.9 : grain  # test 2026-11-29\n".utf8))
        try handle.close()
        let dry = try BinaryRunner.run(["reclassify", "--dry-run", "--config", daemon.config.path])
        #expect(dry.status == 0 && dry.stdout.contains("2 item(s) would be re-classified"), "\(dry.stdout)\(dry.stderr)")
        let result = try BinaryRunner.run(["reclassify", "--config", daemon.config.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 item(s) re-classified"))

        let records = try daemon.jsonlRecords()
        #expect(records.count == 2)
        let versions = Set(records.compactMap { $0["classifier"] as? String })
        #expect(versions.count == 1 && versions.first != before.first)
        #expect(records.allSatisfy { (($0["topics"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == "energy" } })
        if DaemonHarness.sqlite3 != nil {
            #expect(try daemon.sql("SELECT DISTINCT classifier_version FROM item") == [versions.first!])
            #expect(try daemon.sql("SELECT count(*) FROM item_topic WHERE topic = 'energy'") == ["2"])
        }
        let energy = try String(contentsOf: daemon.out.appendingPathComponent("feeds/topic-energy.atom"), encoding: .utf8)
        #expect(energy.components(separatedBy: "<entry>").count - 1 == 2)
        let again = try BinaryRunner.run(["reclassify", "--config", daemon.config.path])
        #expect(again.stdout.contains("0 item(s) re-classified"))
    }
}
