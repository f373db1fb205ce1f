/// Month, weekday and zone names met in feed dates. Words arrive lower-cased
/// and without diacritics (see `DateToken`).
enum DateNames {
    private static let englishMonths = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// Other languages' month names and abbreviations, as feeds write them
    /// in RFC 822 dates (`Seg, 24 Set 2018`), accents removed. None of them
    /// names another month in a listed language or is an English prefix.
    private static let otherMonths: [String: Int] = {
        var months: [String: Int] = [:]
        let lists: [[String]] = [
            // Greek (feedparser's list, plus `μαρ`; `μαω` is its misspelt March)
            ["ιαν", "φεβ", "μαρ μαω", "απρ", "μαι", "ιουν ιον", "ιουλ ιολ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"],
            // Hungarian (with feedparser's `maujus`)
            ["januar", "februar", "marcius", "aprilis", "majus maujus", "junius", "julius", "augusztus",
             "szeptember", "oktober", "", ""],
            // Portuguese
            ["", "fev fevereiro", "marco", "abr abril", "mai maio", "junho", "julho", "ago agosto",
             "set setembro", "out outubro", "novembro", "dez dezembro"],
            // Spanish
            ["ene enero", "febrero", "marzo", "", "mayo", "junio", "julio", "", "septiembre setiembre",
             "octubre", "noviembre", "dic diciembre"],
            // French
            ["janv janvier", "fevr fevrier", "mars", "avr avril", "", "juin", "juil juillet", "aout", "",
             "", "", ""],
            // German and Dutch
            ["", "", "marz mrt maart", "", "mei", "juni", "juli", "", "", "okt", "", "dezember"],
            // Italian
            ["gen gennaio", "febbraio", "", "aprile", "mag maggio", "giu giugno", "lug luglio", "", "settembre",
             "ott ottobre", "", ""],
        ]
        for list in lists {
            for (index, names) in list.enumerated() {
                for name in names.split(separator: " ") { months[String(name)] = index + 1 }
            }
        }
        return months
    }()

    /// The month (1–12) a word names: an English month or a prefix of at
    /// least three letters of one (`Sept`, `Janu`), or a listed name.
    static func month(_ word: String) -> Int? {
        if let month = otherMonths[word] { return month }
        guard word.count >= 3 else { return nil }
        return englishMonths.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static let englishWeekdays = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Whether a word is an English weekday or a prefix of at least two
    /// letters of one (`Th`, `Thurs`).
    static func isWeekday(_ word: String) -> Bool {
        word.count >= 2 && englishWeekdays.contains { $0.hasPrefix(word) }
    }

    /// Zone abbreviations, in minutes east of UTC. The US ones are RFC 822's;
    /// `AT`/`ET`/`CT`/`MT`/`PT` are feedparser's. Ambiguous ones are read as:
    /// `CST` US Central (not China), `IST` India (not Ireland or Israel),
    /// `BST` British Summer Time (not Bangladesh), `AST` Atlantic (not Arabia).
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "uct": 0, "wet": 0, "west": 60, "bst": 60,
        "cet": 60, "cest": 120, "met": 60, "mest": 120, "mez": 60, "mesz": 120,
        "eet": 120, "eest": 180, "msk": 180, "ist": 330, "pkt": 300, "wib": 420,
        "hkt": 480, "sgt": 480, "awst": 480, "jst": 540, "kst": 540,
        "acst": 570, "acdt": 630, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
        "at": -240, "ast": -240, "adt": -180, "nst": -210, "ndt": -150,
        "et": -300, "est": -300, "edt": -240, "ct": -360, "cst": -360, "cdt": -300,
        "mt": -420, "mst": -420, "mdt": -360, "pt": -480, "pst": -480, "pdt": -420,
        "akst": -540, "akdt": -480, "hst": -600,
    ]

    /// The offset of a named zone, in minutes east of UTC. Military letters
    /// other than `Z` are read as UTC: RFC 822 gave them the wrong sign, and
    /// RFC 2822 §4.3 says to treat them as `-0000`. Unknown names are nil.
    static func zoneOffset(_ word: String) -> Int? {
        if let offset = zones[word] { return offset }
        if word.count == 1, let letter = word.unicodeScalars.first, letter.isASCII,
           letter.properties.isAlphabetic, letter != "j" {
            return 0
        }
        return nil
    }
}
