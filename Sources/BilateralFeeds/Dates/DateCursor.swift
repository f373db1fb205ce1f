/// Reads date tokens left to right.
struct DateCursor {
    let tokens: [DateToken]
    var index = 0

    init(_ tokens: [DateToken]) {
        self.tokens = tokens
    }

    var atEnd: Bool { index >= tokens.count }

    var peek: DateToken? { index < tokens.count ? tokens[index] : nil }

    /// The token after the next one.
    var peekSecond: DateToken? { index + 1 < tokens.count ? tokens[index + 1] : nil }

    /// Whether the next token is whitespace.
    var atSpace: Bool { index < tokens.count && tokens[index].isSpace }

    /// Whether the next token is `symbol`.
    func at(symbol: Unicode.Scalar) -> Bool {
        index < tokens.count && tokens[index].isSymbol(symbol)
    }

    /// Whether the next token is the word `word`.
    func at(word: String) -> Bool {
        guard index < tokens.count, case .word(let next) = tokens[index] else { return false }
        return next == word
    }

    /// Consumes one whitespace token if it comes next.
    mutating func takeSpace() -> Bool {
        guard atSpace else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while atSpace { index += 1 }
    }

    /// Skips spaces and commas.
    mutating func skipSeparators() {
        while atSpace || at(symbol: ",") { index += 1 }
    }

    /// Consumes `symbol` if it comes next.
    mutating func take(_ symbol: Unicode.Scalar) -> Bool {
        guard at(symbol: symbol) else { return false }
        index += 1
        return true
    }

    /// Consumes a number of `count` digits (any count when nil).
    mutating func number(digits count: ClosedRange<Int>) -> [UInt8]? {
        guard case .number(let digits)? = peek, count.contains(digits.count) else { return nil }
        index += 1
        return digits
    }

    /// Consumes a word.
    mutating func word() -> String? {
        guard case .word(let word)? = peek else { return nil }
        index += 1
        return word
    }

    /// `+` or `-` as a sign, if one comes next.
    mutating func sign() -> Int? {
        if take("+") { return 1 }
        if take("-") || take("\u{2212}") { return -1 }
        return nil
    }

    /// A zone offset after its sign: `hh`, `hhmm` or `hh:mm`, in minutes.
    mutating func offsetMinutes(sign: Int) -> Int? {
        guard let digits = number(digits: 1...4) else { return nil }
        var hours = digits.decimalValue
        var minutes = 0
        if digits.count == 4 || digits.count == 3 {
            hours = digits.count == 4 ? Array(digits[0..<2]).decimalValue : Int(digits[0])
            minutes = Array(digits.suffix(2)).decimalValue
        } else if take(":") {
            guard let m = number(digits: 2...2) else { return nil }
            minutes = m.decimalValue
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
