/// Parses expression text into a ``SyntaxNode`` tree (precedence climbing).
///
/// Lowest to highest: `?:`, `||`, `&&`, comparison and `in`, `+ -`, `* /`, unary `! -`, then
/// member access, indexing and calls.
struct Parser {
    private var tokens: [Token]
    private var position = 0

    static func parse(_ text: String) throws(ExpressionError) -> SyntaxNode {
        var parser = Parser(tokens: try Lexer.tokens(of: text))
        if parser.current.kind == .end { throw ExpressionError("the expression is empty", at: 0) }
        let node = try parser.conditional()
        guard parser.current.kind == .end else {
            throw ExpressionError("unexpected \(parser.current.kind.describe) after a complete expression", at: parser.current.offset)
        }
        return node
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        defer { if position < tokens.count - 1 { position += 1 } }
        return tokens[position]
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    private mutating func expect(_ symbol: String) throws(ExpressionError) {
        guard isSymbol(symbol) else {
            throw ExpressionError("expected '\(symbol)' but found \(current.kind.describe)", at: current.offset)
        }
        _ = advance()
    }

    private mutating func conditional() throws(ExpressionError) -> SyntaxNode {
        let condition = try binary(level: 0)
        guard isSymbol("?") else { return condition }
        _ = advance()
        let then = try conditional()
        try expect(":")
        let otherwise = try conditional()
        return SyntaxNode(.conditional(condition, then, otherwise), at: condition.offset)
    }

    private static let levels: [[String]] = [
        ["||"], ["&&"], ["==", "!=", "<", "<=", ">", ">=", "in"], ["+", "-"], ["*", "/"],
    ]

    private mutating func binary(level: Int) throws(ExpressionError) -> SyntaxNode {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while let symbol = operatorSymbol(), Self.levels[level].contains(symbol) {
            let offset = advance().offset
            let right = try binary(level: level + 1)
            if level == 2, case .binary(let previous, _, _) = left.kind, Self.levels[2].contains(previous) {
                throw ExpressionError("comparisons do not chain; join them with && ", at: offset)
            }
            left = SyntaxNode(.binary(symbol, left, right), at: offset)
        }
        return left
    }

    private func operatorSymbol() -> String? {
        switch current.kind {
        case .symbol(let symbol): symbol
        case .identifier("in"): "in"
        default: nil
        }
    }

    private mutating func unary() throws(ExpressionError) -> SyntaxNode {
        if isSymbol("!") || isSymbol("-") {
            let token = advance()
            guard case .symbol(let symbol) = token.kind else { fatalError("unreachable") }
            return SyntaxNode(.unary(symbol, try unary()), at: token.offset)
        }
        return try postfix()
    }

    private mutating func postfix() throws(ExpressionError) -> SyntaxNode {
        var node = try primary()
        while true {
            if isSymbol(".") {
                _ = advance()
                guard case .identifier(let name) = current.kind else {
                    throw ExpressionError("expected a field name after '.'", at: current.offset)
                }
                let offset = advance().offset
                if isSymbol("(") {
                    node = SyntaxNode(.method(node, name, try arguments()), at: offset)
                } else {
                    node = SyntaxNode(.member(node, name), at: offset)
                }
            } else if isSymbol("[") {
                _ = advance()
                let index = try conditional()
                try expect("]")
                node = SyntaxNode(.index(node, index), at: node.offset)
            } else {
                return node
            }
        }
    }

    private mutating func arguments() throws(ExpressionError) -> [SyntaxNode] {
        try expect("(")
        var arguments: [SyntaxNode] = []
        if isSymbol(")") {
            _ = advance()
            return arguments
        }
        while true {
            arguments.append(try conditional())
            if isSymbol(")") {
                _ = advance()
                return arguments
            }
            try expect(",")
        }
    }

    private mutating func primary() throws(ExpressionError) -> SyntaxNode {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            if value == value.rounded(), abs(value) < 1e15 { return SyntaxNode(.literal(.integer(Int(value))), at: token.offset) }
            return SyntaxNode(.literal(.number(value)), at: token.offset)
        case .quantity(let value, let symbol):
            _ = advance()
            guard let unit = UnitCatalog.unit(symbol) else { throw ExpressionError("unknown unit '\(symbol)'", at: token.offset) }
            return SyntaxNode(.literal(.quantity(Quantity(value, unit))), at: token.offset)
        case .date(let text):
            _ = advance()
            guard let date = CalendarDate(iso: text) else { throw ExpressionError("\(text) is not a day that exists", at: token.offset) }
            return SyntaxNode(.literal(.date(date)), at: token.offset)
        case .string(let text):
            _ = advance()
            return SyntaxNode(.literal(.string(text)), at: token.offset)
        case .identifier(let name):
            _ = advance()
            switch name {
            case "true": return SyntaxNode(.literal(.bool(true)), at: token.offset)
            case "false": return SyntaxNode(.literal(.bool(false)), at: token.offset)
            case "null": return SyntaxNode(.literal(.null), at: token.offset)
            default: break
            }
            if isSymbol("(") { return SyntaxNode(.call(name, try arguments()), at: token.offset) }
            return SyntaxNode(.identifier(name), at: token.offset)
        case .symbol("("):
            _ = advance()
            let inner = try conditional()
            try expect(")")
            return inner
        case .symbol("["):
            _ = advance()
            var items: [SyntaxNode] = []
            if !isSymbol("]") {
                while true {
                    items.append(try conditional())
                    if isSymbol("]") { break }
                    try expect(",")
                }
            }
            _ = advance()
            return SyntaxNode(.list(items), at: token.offset)
        case .end:
            throw ExpressionError("the expression ends too early", at: token.offset)
        default:
            throw ExpressionError("unexpected \(token.kind.describe)", at: token.offset)
        }
    }
}

extension Token.Kind {
    /// How a token is named in messages.
    var describe: String {
        switch self {
        case .number(let value): "number \(value.formatted)"
        case .quantity(let value, let unit): "quantity \(value.formatted) \(unit)"
        case .date(let text): "date \(text)"
        case .string(let text): "string \"\(text)\""
        case .identifier(let name): "'\(name)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the expression"
        }
    }
}
