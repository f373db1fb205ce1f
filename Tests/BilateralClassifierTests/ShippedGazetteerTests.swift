import BilateralClassifier
import Foundation
import Testing

/// The shipped gazetteer (`lexicons/actors/`) read by the real engine: it
/// loads, it declares every ISO 3166-1 country and every organisation of
/// spec/relation-topics.md, and its ambiguity rules, blocks and dated roles
/// give the right countries on short news sentences.
@Suite("Shipped gazetteer")
struct ShippedGazetteerTests {
    /// Loaded once for the suite: the shipped lexicons are large.
    static let loaded: Result<Lexicon, any Error> = Result {
        guard let directory = Lexicon.shippedDirectory else {
            throw GazetteerTestError.noShippedDirectory
        }
        return try Lexicon.load(directories: [directory])
    }

    static let organisations = [
        "EU": "the European Union", "UN": "the United Nations", "NATO": "NATO",
        "ASEAN": "ASEAN", "APEC": "APEC", "BRICS": "BRICS",
        "SCO": "the Shanghai Cooperation Organisation", "OPEC": "OPEC",
        "AFU": "the African Union", "GCC": "the Gulf Cooperation Council", "OSCE": "the OSCE",
        "ECOWAS": "ECOWAS", "G7": "the G7", "G20": "the G20", "WTO": "the WTO",
        "IMF": "the IMF", "WB": "the World Bank", "ICC": "the International Criminal Court",
    ]

    static func classifier() throws -> Classifier {
        Classifier(lexicon: try loaded.get())
    }

    static func codes(_ text: String, title: String? = nil, date: String? = nil) throws -> Set<String> {
        let result = try classifier().classify(title: title, text: text, date: date.map(day))
        return Set(result.countries.map(\.code))
    }

    static func day(_ text: String) -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)
        return calendar.date(from: components)!
    }

    @Test("the shipped lexicons load with all countries and organisations")
    func loads() throws {
        let statistics = try Self.loaded.get().statistics
        #expect(statistics.actors >= 250 + Self.organisations.count)
        #expect(statistics.rules >= 60)
    }

    @Test("every organisation of the spec is an actor")
    func organisationsPresent() throws {
        for (code, name) in Self.organisations.sorted(by: { $0.key < $1.key }) {
            let found = try Self.codes("Ministers met \(name) on Monday.")
            #expect(found == [code], "\(name) gave \(found)")
        }
    }

    @Test("every current ISO 3166-1 country is an actor", .enabled(if: ISOTable.available))
    func everyCountryPresent() throws {
        let rows = try ISOTable.current()
        #expect(rows.count >= 249)
        for row in rows {
            let found = try Self.codes("Officials from \(row.name) arrived on Monday.")
            #expect(found.contains(row.code), "\(row.code) \(row.name) gave \(found)")
        }
    }

    @Test("ambiguous names, blocks and dated roles", arguments: GazetteerCase.all)
    func classifies(_ example: GazetteerCase) throws {
        let found = try Self.codes(example.text, title: example.title, date: example.date)
        for code in example.expected {
            #expect(found.contains(code), "expected \(code), got \(found.sorted())")
        }
        for code in example.absent {
            #expect(!found.contains(code), "did not expect \(code), got \(found.sorted())")
        }
    }
}

enum GazetteerTestError: Error {
    case noShippedDirectory
}

/// The current codes of ../shared/reference/iso3166/iso3166-1.tsv.
enum ISOTable {
    static var path: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/reference/iso3166/iso3166-1.tsv").standardizedFileURL
    }

    static var available: Bool {
        let found = FileManager.default.fileExists(atPath: path.path)
        if !found { print("skipped: ../shared not found (\(path.path))") }
        return found
    }

    static func current() throws -> [(code: String, name: String)] {
        let text = try String(contentsOf: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, !fields[1].isEmpty else { return nil }
            let obsolete = fields.count > 3 && !fields[3].trimmingCharacters(in: .whitespaces).isEmpty
            return obsolete ? nil : (fields[1], fields[2])
        }
    }
}

/// One short sentence and the countries it must (and must not) mention.
struct GazetteerCase: Sendable, CustomTestStringConvertible {
    var text: String
    var title: String? = nil
    var date: String? = nil
    var expected: [String] = []
    var absent: [String] = []

    var testDescription: String { (date.map { "[\($0)] " } ?? "") + text }

    static func mention(_ text: String, _ expected: [String], not absent: [String] = [], on date: String? = nil,
                        title: String? = nil) -> GazetteerCase {
        GazetteerCase(text: text, title: title, date: date, expected: expected, absent: absent)
    }

    static let all: [GazetteerCase] = georgia + jordanChadTurkey + africa + asia + americas + europe + blocks
        + outlets + leaders

    static let georgia: [GazetteerCase] = [
        .mention("Georgia's parliament in Tbilisi passed the foreign agents law.", ["GE"], not: ["US"]),
        .mention("Georgia accused Russia of moving the border in South Ossetia.", ["GE", "RU"], not: ["US"]),
        .mention("Georgia's governor signed the bill in Atlanta on Tuesday.", ["US"], not: ["GE"]),
        .mention("Voters in Georgia, the US state, head to the polls for the Senate runoff.", ["US"], not: ["GE"]),
        .mention("Republicans hope to win Georgia in November.", ["US"], not: ["GE"]),
        .mention("The Georgia state senate approved the budget.", ["US"], not: ["GE"]),
        .mention("A rally was held in Athens, Georgia, on Saturday.", ["US"], not: ["GE", "GR"]),
        .mention("Protesters marched through Tbilisi as Georgian police watched.", ["GE"], not: ["US"]),
    ]

    static let jordanChadTurkey: [GazetteerCase] = [
        .mention("Jordan and Egypt called for a ceasefire in Gaza.", ["JO", "EG", "PS"]),
        .mention("King Abdullah said Jordan would not accept more refugees.", ["JO"]),
        .mention("The minister flew to Jordan for talks.", ["JO"]),
        .mention("Congressman Jim Jordan opened the hearing on Capitol Hill.", ["US"], not: ["JO"]),
        .mention("Fans cheered as Jordan Poole scored again.", [], not: ["JO"]),
        .mention("Jordan Says It Will Not Host More Refugees", ["JO"]),
        .mention("Jordan Peterson spoke at the event.", [], not: ["JO"]),
        .mention("Michael Jordan won six titles with the Bulls.", [], not: ["JO"]),
        .mention("Chad closed its border with Sudan after clashes in Darfur.", ["TD", "SD"]),
        .mention("Drummer Chad Kroeger joined the band on stage.", [], not: ["TD"]),
        .mention("Officials counted every hanging chad in the recount.", [], not: ["TD"]),
        .mention("Turkey and Greece held talks on the Aegean.", ["TR", "GR"]),
        .mention("Türkiye opened a new consulate in Erbil.", ["TR", "IQ"]),
        .mention("Families roasted a turkey for Thanksgiving.", [], not: ["TR"]),
        .mention("The Turkey was carved before the Thanksgiving dinner.", [], not: ["TR"]),
    ]

    static let africa: [GazetteerCase] = [
        .mention("Niger expelled French troops last year.", ["NE", "FR"], not: ["NG"]),
        .mention("Nigeria sent troops to the border.", ["NG"], not: ["NE"]),
        .mention("Oil spills have polluted the Niger Delta.", ["NG"], not: ["NE"]),
        .mention("Guinea-Bissau held elections on Sunday.", ["GW"], not: ["GN"]),
        .mention("Equatorial Guinea signed an oil deal.", ["GQ"], not: ["GN"]),
        .mention("Papua New Guinea signed a defence pact with Australia.", ["PG", "AU"], not: ["GN"]),
        .mention("Guinea's junta leader met envoys in Conakry.", ["GN"]),
        .mention("Researchers tested the drug on guinea pigs.", [], not: ["GN"]),
        .mention("Piracy rose in the Gulf of Guinea.", [], not: ["GN"]),
        .mention("M23 rebels advanced on Goma in eastern Congo.", ["CD"], not: ["CG"]),
        .mention("Fighting continued in the DRC near Kinshasa.", ["CD"], not: ["CG"]),
        .mention("Congo's president Sassou Nguesso met investors in Brazzaville.", ["CG"], not: ["CD"]),
        .mention("The Republic of the Congo exports oil.", ["CG"], not: ["CD"]),
    ]

    static let asia: [GazetteerCase] = [
        .mention("North Korea fired a missile into the sea.", ["KP"], not: ["KR"]),
        .mention("South Korea and Japan held a summit.", ["KR", "JP"], not: ["KP"]),
        .mention("Pyongyang warned Seoul over the drills.", ["KP", "KR"]),
        .mention("The DPRK and the ROK traded accusations.", ["KP", "KR"]),
        .mention("Kim Jong Un said Korea must be unified under Pyongyang.", ["KP"], not: ["KR"]),
        .mention("Korea's exports of chips rose in March.", ["KR"], not: ["KP"]),
        .mention("The Republic of China marked its national day in Taipei.", ["TW"], not: ["CN"]),
        .mention("The People's Republic of China protested.", ["CN"], not: ["TW"]),
        .mention("Ships sailed through the South China Sea.", [], not: ["CN"]),
        .mention("Tensions rose in the East China Sea.", [], not: ["CN"]),
        .mention("The Indian Ocean tsunami struck in 2004.", [], not: ["IN"]),
        .mention("The US and China held trade talks.", ["US", "CN"]),
        .mention("Let us hope the talks go well.", [], not: ["US"]),
        .mention("The U.S. imposed new tariffs.", ["US"]),
        .mention("Vietnam's exports to Japan reached US$5 billion.", ["VN", "JP"], not: ["US"]),
        .mention("The US 2024 election drew record turnout.", ["US"]),
        .mention("Japan protested near the Senkaku Islands.", ["JP"], not: ["CN"]),
        .mention("Tourists flocked to Male and the atolls of the Maldives.", ["MV"]),
        .mention("Male voters outnumbered women at the polls.", [], not: ["MV"]),
    ]

    static let americas: [GazetteerCase] = [
        .mention("Students rallied in Moscow, Idaho, after the verdict.", ["US"], not: ["RU"]),
        .mention("A storm hit Paris, Texas.", ["US"], not: ["FR"]),
        .mention("Researchers in Cambridge, Massachusetts, published the study.", ["US"], not: ["GB"]),
        .mention("Voters in New Mexico and New Jersey went to the polls.", ["US"], not: ["MX", "JE"]),
        .mention("The New York Times reported the story.", [], not: ["US"]),
        .mention("Latin American leaders met in Brasilia.", ["BR"], not: ["US"]),
        .mention("Trade across Latin America slowed.", [], not: ["US"]),
        .mention("American officials met their Chinese counterparts.", ["US", "CN"]),
        .mention("George Washington crossed the Delaware.", ["US"]),
        .mention("Washington imposed sanctions on Caracas.", ["US", "VE"]),
        .mention("Jersey's finance industry is regulated locally.", ["JE"], not: ["US"]),
        .mention("He wore the number 10 jersey.", [], not: ["JE"]),
    ]

    static let europe: [GazetteerCase] = [
        .mention("Brussels proposed new sanctions on Russia, the European Commission said.", ["EU", "RU"]),
        .mention("Police in Brussels arrested two men.", ["BE"], not: ["EU"]),
        .mention("The Kremlin rejected the proposal.", ["RU"]),
        .mention("Downing Street said the prime minister would attend.", ["GB"]),
        .mention("The Elysee confirmed the visit.", ["FR"]),
        .mention("Zhongnanhai signalled a shift.", ["CN"]),
        .mention("Rosneft and CNPC signed a supply deal.", ["RU", "CN"]),
        .mention("Saudi Aramco raised its prices.", ["SA"]),
        .mention("The Bundeswehr sent troops to Lithuania.", ["DE", "LT"]),
        .mention("Czechia and Eswatini opened relations.", ["CZ", "SZ"]),
        .mention("Burma was renamed Myanmar; Swaziland became Eswatini.", ["MM", "SZ"]),
        .mention("Zaire was renamed under Kabila.", ["CD"]),
        .mention("Crowds gathered on the promenade in Nice, France.", ["FR"]),
        .mention("It was a nice day for a walk.", [], not: ["FR"]),
        .mention("Arsenal won at the Emirates Stadium.", [], not: ["AE"]),
        .mention("El presidente viajó a La Paz y a Lima.", ["BO", "PE"]),
        .mention("Buscan la paz en la región.", [], not: ["BO"]),
        .mention("No bajaron la bandera del Palau de la Generalitat.", [], not: ["PW", "BB"]),
        .mention("Firmaron Emilio del Río y otros diputados.", [], not: ["BR"]),
        .mention("The G20 summit opened in Rio on Monday.", ["BR", "G20"]),
        .mention("A card signed by Queen Sofia arrived.", [], not: ["BG"]),
        .mention("The summit in Sofia, Bulgaria, ended.", ["BG"]),
    ]

    static let blocks: [GazetteerCase] = [
        .mention("He ordered French fries and a Dutch oven.", [], not: ["FR", "NL"]),
        .mention("They played Russian roulette with the economy.", [], not: ["RU"]),
        .mention("She bought Turkish delight at the market.", [], not: ["TR"]),
        .mention("Hamas and the Taliban issued statements.", [], not: ["PS", "AF"]),
        .mention("Houthis and Hezbollah fired rockets.", [], not: ["YE", "LB"]),
    ]

    static let outlets: [GazetteerCase] = [
        .mention("The BBC and AFP reported the news.", [], not: ["GB", "FR"]),
        .mention("Agence France-Presse confirmed the figures.", [], not: ["FR"]),
        .mention("Russia Today and TASS carried the statement.", [], not: ["RU"]),
        .mention("Xinhua and Yonhap published the photos.", [], not: ["CN", "KR"]),
        .mention("Al Jazeera and Kyodo News covered the summit.", [], not: ["QA", "JP"]),
    ]

    static let leaders: [GazetteerCase] = [
        .mention("Medvedev met the governor.", ["RU"], on: "2013-06-01"),
        .mention("Merz met the governor.", ["DE"], on: "2025-09-01"),
        .mention("Merz met the governor.", [], not: ["DE"], on: "2019-09-01"),
        .mention("Ishiba met the governor.", ["JP"], on: "2025-03-01"),
        .mention("Putin and Xi met in Moscow.", ["RU", "CN"], on: "2024-05-16"),
        .mention("The coach named his starting XI for the final.", [], not: ["CN"], on: "2024-05-16"),
        .mention("Zelensky thanked Biden for the aid.", ["UA", "US"], on: "2023-02-20"),
        .mention("Erdogan called Netanyahu.", ["TR", "IL"], on: "2016-06-27"),
        .mention("Modi welcomed Lavrov in New Delhi.", ["IN", "RU"], on: "2022-04-01"),
        .mention("Wang Yi spoke with Blinken by phone.", ["CN", "US"], on: "2023-11-01"),
        .mention("Rubio met Wang Yi in Kuala Lumpur.", ["US", "CN", "MY"], on: "2025-07-11"),
        .mention("Trump met Takaichi in Tokyo.", ["US", "JP"], on: "2025-10-28"),
        .mention("Rutte addressed the allies.", ["NATO"], not: ["NL"], on: "2025-06-24"),
        .mention("Rutte addressed parliament.", ["NL"], not: ["NATO"], on: "2020-06-24"),
        .mention("Tusk chaired the summit.", ["EU"], not: ["PL"], on: "2017-06-22"),
        .mention("Tusk chaired the cabinet.", ["PL"], not: ["EU"], on: "2024-06-22"),
    ]
}
