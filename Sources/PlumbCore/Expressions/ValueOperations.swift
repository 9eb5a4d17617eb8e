/// Run-time semantics of operators on ``Value``s: equality, ordering, arithmetic, with units and dates.
enum ValueOperations {
    /// Deep equality; numbers by value, quantities in base units (same dimension), enumeration tokens as text.
    static func equals(_ a: Value, _ b: Value) -> Bool {
        // One switch on each side, never on the tuple `(a.node, b.node)`: building that tuple copies both
        // payloads (a retain and a release per text), and rules compare texts millions of times.
        switch a.node {
        case .null: return b.isNull
        case .string(let x):
            if case .string(let y) = b.node { return x == y }
            return false
        case .bool(let x):
            if case .bool(let y) = b.node { return x == y }
            return false
        case .integer, .number:
            if let x = a.numberValue, let y = b.numberValue { return x == y }
            return false
        case .date(let x):
            if case .date(let y) = b.node { return x == y }
            return false
        case .quantity(let x):
            if case .quantity(let y) = b.node {
                return x.dimension == y.dimension && abs(x.baseAmount - y.baseAmount) <= 1e-9 * max(1, abs(x.baseAmount))
            }
            return false
        case .list(let xs):
            if case .list(let ys) = b.node { return xs.count == ys.count && zip(xs, ys).allSatisfy { equals($0, $1) } }
            return false
        case .mapping(let x):
            if case .mapping(let y) = b.node {
                return x.count == y.count && x.entries.allSatisfy { entry in y[entry.key].map { equals(entry.value, $0) } ?? false }
            }
            return false
        }
    }

    /// -1, 0 or 1; nil when either side is null. Throws when the values cannot be ordered.
    static func order(_ a: Value, _ b: Value) throws -> Int? {
        switch (a.node, b.node) {
        case (.null, _), (_, .null): return nil
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.quantity(let x), .quantity(let y)):
            guard x.dimension == y.dimension else {
                throw EvaluationError("cannot compare \(x) (\(x.dimension.rawValue)) with \(y) (\(y.dimension.rawValue))")
            }
            return x.baseAmount < y.baseAmount ? -1 : (x.baseAmount == y.baseAmount ? 0 : 1)
        default:
            if let x = a.numberValue, let y = b.numberValue { return x < y ? -1 : (x == y ? 0 : 1) }
            throw EvaluationError("cannot order \(a.typeName) '\(a.displayText)' against \(b.typeName) '\(b.displayText)'")
        }
    }

    /// `+ - * /`; null when either side is null.
    static func arithmetic(_ symbol: String, _ a: Value, _ b: Value) throws -> Value.Node {
        switch (a.node, b.node) {
        case (.null, _), (_, .null): return .null
        case (.string(let x), .string(let y)) where symbol == "+": return .string(x + y)
        case (.quantity(let x), .quantity(let y)):
            guard x.dimension == y.dimension, let yInX = y.amount(in: x.unit) else {
                throw EvaluationError("cannot combine \(x) with \(y): different dimensions")
            }
            switch symbol {
            case "+": return .quantity(Quantity(x.amount + yInX, x.unit))
            case "-": return .quantity(Quantity(x.amount - yInX, x.unit))
            case "/":
                guard yInX != 0 else { throw EvaluationError("division by zero") }
                return .number(x.amount / yInX)
            default: throw EvaluationError("cannot multiply two quantities (\(x) * \(y))")
            }
        case (.quantity(let x), _) where b.numberValue != nil:
            let y = b.numberValue!
            switch symbol {
            case "*": return .quantity(Quantity(x.amount * y, x.unit))
            case "/":
                guard y != 0 else { throw EvaluationError("division by zero") }
                return .quantity(Quantity(x.amount / y, x.unit))
            default: throw EvaluationError("cannot add a bare number to \(x); give the number a unit")
            }
        case (_, .quantity(let y)) where a.numberValue != nil && symbol == "*":
            return .quantity(Quantity(a.numberValue! * y.amount, y.unit))
        case (.date(let x), .quantity(let y)) where y.dimension == .time && (symbol == "+" || symbol == "-"):
            let days = Int((y.baseAmount / 86400).rounded())
            return .date(x.adding(days: symbol == "+" ? days : -days))
        case (.date(let x), .date(let y)) where symbol == "-":
            return .quantity(Quantity(Double(x.dayNumber - y.dayNumber), .day))
        default:
            guard let x = a.numberValue, let y = b.numberValue else {
                throw EvaluationError("cannot apply '\(symbol)' to \(a.typeName) '\(a.displayText)' and \(b.typeName) '\(b.displayText)'")
            }
            switch symbol {
            case "+": return number(x + y, integral: isIntegral(a, b))
            case "-": return number(x - y, integral: isIntegral(a, b))
            case "*": return number(x * y, integral: isIntegral(a, b))
            default:
                guard y != 0 else { throw EvaluationError("division by zero") }
                return .number(x / y)
            }
        }
    }

    private static func isIntegral(_ a: Value, _ b: Value) -> Bool {
        if case .integer = a.node, case .integer = b.node { return true }
        return false
    }

    private static func number(_ value: Double, integral: Bool) -> Value.Node {
        integral && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }

    /// The boolean of a condition: true, false, or nil for null (unknown).
    static func truth(_ value: Value) throws -> Bool? {
        switch value.node {
        case .bool(let flag): return flag
        case .null: return nil
        default: throw EvaluationError("expected true or false, found \(value.typeName) '\(value.displayText)'")
        }
    }
}
