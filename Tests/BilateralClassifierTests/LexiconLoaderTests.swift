import Foundation
import Testing
@testable import BilateralClassifier

@Suite("Lexicon loading and validation")
struct LexiconLoaderTests {
    @Test func loadsTheTestLexicon() throws {
        let lexicon = try TestLexicon.standard()
        #expect(lexicon.statistics.files == 4)
        #expect(lexicon.statistics.actors == 6)
        #expect(lexicon.statistics.topics == 6)
        #expect(lexicon.statistics.rules == 6)
        #expect(lexicon.version.hasPrefix(Lexicon.engineVersion + "+"))
        #expect(lexicon.version.count == Lexicon.engineVersion.count + 17)
    }

    @Test func expandsBraces() throws {
        let location = LexiconLocation(file: "t.lex", line: 1)
        #expect(try BraceExpansion.expand("export{,s,ed}", location: location) == ["export", "exports", "exported"])
        #expect(try BraceExpansion.expand("{a,b} {c,d}", location: location) == ["a c", "a d", "b c", "b d"])
        #expect(throws: LexiconError.self) { try BraceExpansion.expand("export{s", location: location) }
        let lexicon = try TestLexicon.standard()
        let classifier = Classifier(lexicon: lexicon)
        let found = classifier.explain(title: nil, text: "Arnorians and Arnorian visited.", date: nil).matches
        #expect(found.filter { $0.meaning.hasPrefix("actor AR") }.count == 2)
    }

    @Test func versionChangesWithAnyFileByte() throws {
        let base = try TestLexicon.standard().version
        let extra = try TestLexicon.temporary(["x.lex": "# nothing but a comment\n"])
        defer { try? FileManager.default.removeItem(at: extra) }
        let withExtra = try Lexicon.load(directories: [TestLexicon.folder("testlex"), extra]).version
        #expect(base != withExtra)
        #expect(try TestLexicon.standard().version == base)
    }

    @Test(arguments: [
        ("a.lex", "alias ZZ name : Zed\n", 1, "unknown actor code 'ZZ'"),
        ("a.lex", "\n\ncue nothing 0.5 : x\n", 3, "unknown topic id 'nothing'"),
        ("a.lex", "cue trade 1.5 : x\n", 1, "bad weight '1.5'"),
        ("a.lex", "cue trade heavy : x\n", 1, "bad weight 'heavy'"),
        ("a.lex", "alias GO leader [2020-13-01..] : Boromir\n", 1, "bad date"),
        ("a.lex", "alias GO leader [2021..2020] : Boromir\n", 1, "ends before it starts"),
        ("a.lex", "alias GO name : Minas Anor | | Anor\n", 1, "empty phrase"),
        ("a.lex", "alias GO name : ---\n", 1, "empty phrase"),
        ("a.lex", "frobnicate : x\n", 1, "unknown directive 'frobnicate'"),
        ("a.lex", "alias GO name\n", 1, "missing ' : '"),
        ("a.lex", "block Gondor Street\n", 1, "expected 'block : phrases'"),
        ("a.lex", "alias GO king : Boromir\n", 1, "unknown alias role 'king'"),
        ("a.lex", "actor gondor country : Gondor\n", 1, "bad actor code"),
        ("a.lex", "actor XX state : X\n", 1, "unknown actor kind"),
        ("a.lex", "rule Boromir => GO in-item : x\n", 1, "which no alias declares"),
        ("a.lex", "rule Gondor => GO sometimes : x\n", 1, "unknown rule condition"),
        ("a.lex", "rule Gondor => - prev-capitalized : x\n", 1, "takes no phrases"),
        ("sub/b.lex", "territory GO : Anorien\n", 1, "at least two"),
        ("a.lex", "discard story : x\n", 1, "unknown discard scope"),
    ])
    func reportsFileLineAndProblem(file: String, content: String, line: Int, message: String) throws {
        let error = try #require(try TestLexicon.error([file: content]))
        #expect(error.file == file)
        #expect(error.line == line)
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.description.hasPrefix("\(file):\(line): "))
        #expect(error.fullDescription.hasSuffix("/\(file):\(line): \(error.message)"))
        #expect(error.folder?.contains("testlex-") == true)
    }

    @Test func readsFilesInNameOrderAndChecksCodesAtTheEnd() throws {
        let folder = try TestLexicon.temporary([
            "a.lex": "alias NU name : Numenor\n",
            "b/c.lex": "actor NU country : Numenor\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let lexicon = try Lexicon.load(directories: [folder])
        let result = Classifier(lexicon: lexicon).classify(title: nil, text: "Numenor sank.", date: nil)
        #expect(result.countries == [ActorMention(code: "NU", name: "Numenor", mentions: 1)])
    }

    @Test func windowsLineEndingsReadAsLines() throws {
        let lines = ["actor NU country : Numenor", "alias NU name : Numenor | Westernesse", "actor AN country : Andor",
                     "alias AN name : Andor", "topic sea : Sea travel", "cue sea 0.9 : sail{,ed,s} | ship"]
        let unix = try TestLexicon.temporary(["a.lex": lines.joined(separator: "\n") + "\n"])
        let windows = try TestLexicon.temporary(["a.lex": lines.joined(separator: "\r\n") + "\r\n"])
        defer { for folder in [unix, windows] { try? FileManager.default.removeItem(at: folder) } }
        let fromWindows = try Lexicon.load(directories: [windows])
        #expect(fromWindows.statistics == (try Lexicon.load(directories: [unix])).statistics)
        #expect(fromWindows.statistics.actors == 2 && fromWindows.statistics.topics == 1)
        let result = Classifier(lexicon: fromWindows).classify(title: nil, text: "Westernesse sailed to Andor.", date: nil)
        #expect(result.countries.map(\.code).sorted() == ["AN", "NU"])
        // An error on the third line names the third line.
        let error = try #require(try TestLexicon.error(["b.lex": "topic sea : Sea\r\n\r\nalias NU bogus : x\r\n"]))
        #expect(error.line == 3)
    }

    @Test func aliasesInOtherScriptsAreFoundAmongOtherWordsOfThatScript() throws {
        let folder = try TestLexicon.temporary([
            "a.lex": "actor NU country : Numenor\nalias NU name : Нуменор | Ну́менор\nactor AN country : Andor\nalias AN name : Андор\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let classifier = Classifier(lexicon: try Lexicon.load(directories: [folder]))
        let result = classifier.classify(title: nil, text: "Вчера Нуменор и АНДОР подписали договор. Остальное — Пустыня.", date: nil)
        #expect(result.countries.map(\.code).sorted() == ["AN", "NU"])
    }

    @Test func userFolderOverridesNamesUnaliasesAndReweights() throws {
        let lexicon = try Lexicon.load(directories: [TestLexicon.folder("testlex"), TestLexicon.folder("testlex-user")])
        let classifier = Classifier(lexicon: lexicon)
        let result = classifier.classify(title: nil, text: "Osgiliath burned. Osgiliath City stood. Gondor traded.", date: nil)
        #expect(result.countries == [ActorMention(code: "GO", name: "Gondor Realm", mentions: 2)])
        let trade = classifier.classify(title: nil, text: "Gondor and Rohan discussed trade.", date: nil)
        #expect(trade.dyads.isEmpty)
        let base = try TestLexicon.classifier().classify(title: nil, text: "Gondor and Rohan discussed trade.", date: nil)
        #expect(base.pairs == ["GO-RH"])
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: LexiconError.self) {
            try Lexicon.load(directories: [URL(fileURLWithPath: "/nonexistent/lexicons")])
        }
    }

    @Test func shippedDirectoryIsInTheBundle() {
        #expect(Lexicon.shippedDirectory != nil)
    }
}
