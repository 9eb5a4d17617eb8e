/// Splits expression text into tokens.
///
/// A number followed by a unit symbol is one quantity token (`5 m`, `10 kN/m2`, `80%`); `YYYY-MM-DD`
/// is a date literal; strings take single or double quotes with backslash escapes.
struct Lexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    static func tokens(of text: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// Unit symbols, longest first so `kN/m2` wins over `kN/m` and `kN`.
    private static let unitSymbols: [[Character]] = UnitCatalog.all
        .flatMap { [$0.symbol] + $0.aliases }
        .map { Array($0) }
        .sorted { $0.count > $1.count }

    private static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharacterSymbols: Set<Character> = ["(", ")", "[", "]", ",", ".", "?", ":", "+", "-", "*", "/", "<", ">", "!"]

    private mutating func next() throws(ExpressionError) -> Token {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard index < characters.count else { return Token(kind: .end, offset: index) }
        let start = index
        let character = characters[index]
        if character.isASCII, character.isNumber {
            return try number(from: start)
        }
        if character == "\"" || character == "'" {
            return try string(quote: character, from: start)
        }
        if character.isLetter || character == "_" || character == "$" {
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" || characters[index] == "$" {
                index += 1
            }
            return Token(kind: .identifier(String(characters[start..<index])), offset: start)
        }
        if index + 1 < characters.count, Self.twoCharacterSymbols.contains(String(characters[index...index + 1])) {
            index += 2
            return Token(kind: .symbol(String(characters[start..<index])), offset: start)
        }
        if Self.oneCharacterSymbols.contains(character) {
            index += 1
            return Token(kind: .symbol(String(character)), offset: start)
        }
        if character == "=" {
            throw ExpressionError("'=' is not an operator; compare with '=='", at: start)
        }
        throw ExpressionError("unexpected character '\(character)'", at: start)
    }

    private mutating func number(from start: Int) throws(ExpressionError) -> Token {
        if let date = dateLiteral(from: start) { return date }
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isASCII, characters[index + 1].isNumber {
            index += 1
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        }
        if index < characters.count, characters[index] == "e" || characters[index] == "E" {
            var look = index + 1
            if look < characters.count, characters[look] == "+" || characters[look] == "-" { look += 1 }
            if look < characters.count, characters[look].isASCII, characters[look].isNumber {
                index = look
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            }
        }
        guard let value = Double(String(characters[start..<index])) else {
            throw ExpressionError("'\(String(characters[start..<index]))' is not a number", at: start)
        }
        if let unit = unitAfterNumber() { return Token(kind: .quantity(value, unit), offset: start) }
        return Token(kind: .number(value), offset: start)
    }

    /// A unit symbol right after a number (spaces allowed), not followed by more identifier characters.
    private mutating func unitAfterNumber() -> String? {
        var look = index
        while look < characters.count, characters[look] == " " { look += 1 }
        for symbol in Self.unitSymbols where look + symbol.count <= characters.count {
            guard Array(characters[look..<look + symbol.count]) == symbol else { continue }
            let after = look + symbol.count
            let continuesWord = after < characters.count
                && (characters[after].isLetter || characters[after].isNumber || characters[after] == "_")
            let symbolEndsInWord = symbol.last.map { $0.isLetter || $0.isNumber } ?? false
            if continuesWord && symbolEndsInWord { continue }
            index = after
            return String(symbol)
        }
        return nil
    }

    /// `2026-11-02`: four digits, dash, two digits, dash, two digits.
    private mutating func dateLiteral(from start: Int) -> Token? {
        guard start + 10 <= characters.count else { return nil }
        let slice = characters[start..<start + 10]
        let shapeMatches = slice.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : (character.isASCII && character.isNumber)
        }
        guard shapeMatches else { return nil }
        if start + 10 < characters.count, characters[start + 10].isNumber { return nil }
        index = start + 10
        return Token(kind: .date(String(slice)), offset: start)
    }

    private mutating func string(quote: Character, from start: Int) throws(ExpressionError) -> Token {
        index += 1
        var text = ""
        while index < characters.count {
            let character = characters[index]
            if character == quote {
                index += 1
                return Token(kind: .string(text), offset: start)
            }
            if character == "\\", index + 1 < characters.count {
                index += 1
                switch characters[index] {
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: text.append(characters[index])
                }
            } else {
                text.append(character)
            }
            index += 1
        }
        throw ExpressionError("string is never closed", at: start)
    }
}
