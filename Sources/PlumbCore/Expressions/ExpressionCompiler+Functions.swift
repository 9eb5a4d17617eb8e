import Foundation

/// The built-in functions and macros, then functions registered by checkers.
extension ExpressionCompiler {
    /// Names of built-in functions, for messages and docs.
    static let builtinFunctions = [
        "has", "size", "contains", "startsWith", "endsWith", "matches", "daysBetween", "date",
        "sum", "min", "max", "ascending", "all", "exists", "filter", "map", "count", "lookup", "records",
    ]

    mutating func call(_ name: String, _ arguments: [SyntaxNode], at offset: Int) throws(ExpressionError) -> Compiled {
        switch name {
        case "all", "exists", "filter", "map", "count":
            return try macro(name, arguments, at: offset)
        case "has":
            try arity(name, arguments, 1, at: offset)
            guard arguments[0].path != nil else {
                throw ExpressionError("has() takes a field path, e.g. has(spec.expertReview)", at: arguments[0].offset)
            }
            let field = try compile(arguments[0])
            let evaluate = field.evaluate
            if let chain = field.fieldChain {
                // Found in storage without reading the value out (but read as usual under --explain, which shows it).
                return Compiled(test: { scope in
                    if scope.trace != nil { return !(try evaluate(scope)).isNull }
                    if case .null = try chain.place(in: scope) { return false }
                    return true
                })
            }
            return Compiled(test: { scope in !(try evaluate(scope)).isNull })
        case "lookup", "records":
            return try crossRecord(name, arguments, at: offset)
        case "matches":
            return try matches(arguments, at: offset)
        case "date":
            try arity(name, arguments, 1, at: offset)
            if case .literal(.string(let text)) = arguments[0].kind, CalendarDate(iso: text) == nil {
                throw ExpressionError("'\(text)' is not an ISO date", at: arguments[0].offset)
            }
            return try simple(name, arguments, [.string], .date, at: offset) { values in
                switch values[0].node {
                case .date: return values[0].node
                case .string(let text):
                    guard let date = CalendarDate(iso: text) else { throw EvaluationError("'\(text)' is not an ISO date") }
                    return .date(date)
                default: throw EvaluationError("date() needs text, not \(values[0].typeName)")
                }
            }
        case "size":
            return try simple(name, arguments, [.any], .number, at: offset) { values in
                switch values[0].node {
                case .null: return .integer(0)
                case .list(let items): return .integer(items.count)
                case .string(let text): return .integer(text.count)
                case .mapping(let map): return .integer(map.count)
                default: throw EvaluationError("size() needs a list, text or mapping, not \(values[0].typeName)")
                }
            }
        case "contains":
            // Called for every section title against every synonym by the chapter rules, so its two
            // arguments are evaluated straight into locals rather than gathered into an array.
            try arity(name, arguments, 2, at: offset)
            let (evaluateWhole, part) = (try compile(arguments[0]).evaluate, try compile(arguments[1]))
            let evaluatePart = part.evaluate
            if let constant = part.constant, let word = constant.stringValue {
                // A fixed word (`contains(title, ' ')`): its bytes are taken once, here.
                let search = TextSearch.Words([word])
                return Compiled(test: { scope in
                    try Self.contains(in: try evaluateWhole(scope), text: { search.anyFound(in: $0) }, item: { ValueOperations.equals($0, constant) })
                })
            }
            return Compiled(test: { scope in
                let whole = try evaluateWhole(scope)
                let part = try evaluatePart(scope)
                return try Self.contains(in: whole, text: { text in
                    guard case .string(let piece) = part.node else { throw Self.cannotContain(whole) }
                    return TextSearch.contains(text, piece)
                }, item: { ValueOperations.equals($0, part) })
            })
        case "startsWith", "endsWith":
            let isStart = name == "startsWith"
            return try simple(name, arguments, [.string, .string], .bool, at: offset) { values in
                guard let text = values[0].stringValue, let part = values[1].stringValue else { return .null }
                return .bool(isStart ? text.hasPrefix(part) : text.hasSuffix(part))
            }
        case "ascending":
            // Whether a list never goes down: chapter numbers in order, dates in sequence. Nulls are skipped.
            try arity(name, arguments, 1, at: offset)
            let list = try compile(arguments[0])
            guard [.list, .any, .null].contains(list.type.category) else {
                throw ExpressionError("ascending() needs a list, not a \(list.type)", at: arguments[0].offset)
            }
            let evaluateList = list.evaluate
            return Compiled(type: .bool, evaluate: { scope in
                let source = try evaluateList(scope)
                guard case .list(let items) = source.node else {
                    if source.isNull { return Value(.null) }
                    throw EvaluationError("ascending() needs a list, not \(source.typeName) '\(source.displayText)'")
                }
                var previous: Value?
                for item in items where !item.isNull {
                    if let previous, let order = try ValueOperations.order(previous, item), order > 0 { return Value(.bool(false)) }
                    previous = item
                }
                return Value(.bool(true))
            })
        case "daysBetween":
            return try simple(name, arguments, [.date, .date], .number, at: offset) { values in
                guard case .date(let from) = values[0].node, case .date(let to) = values[1].node else { return .null }
                return .integer(to.dayNumber - from.dayNumber)
            }
        case "sum", "min", "max":
            return try aggregate(name, arguments, at: offset)
        default:
            guard let function = environment.functions[name] else {
                let known = Self.builtinFunctions + Array(environment.functions.keys)
                throw ExpressionError("unknown function '\(name)'\(Suggestion.hint(for: name, among: known))", at: offset)
            }
            let implementation = function.implementation
            return try simple(name, arguments, function.parameters, function.result, at: offset) { values, context in
                try implementation(values, context)
            }
        }
    }

    /// What `contains(whole, part)` answers: null for null, `text` on a text, `item` on some item of a list;
    /// an error for anything else. The closures are not escaping, so no context is allocated per call.
    static func contains(in whole: Value, text: (String) throws -> Bool, item: (Value) -> Bool) throws -> Bool? {
        // One switch on the whole: switching on a tuple with the part copied (retained) both texts per call.
        switch whole.node {
        case .null: return nil
        case .string(let content): return try text(content)
        case .list(let items): return items.contains(where: item)
        default: throw cannotContain(whole)
        }
    }

    static func cannotContain(_ whole: Value) -> EvaluationError {
        EvaluationError("contains() needs text or a list, not \(whole.typeName)")
    }

    private func arity(_ name: String, _ arguments: [SyntaxNode], _ count: Int, at offset: Int) throws(ExpressionError) {
        guard arguments.count == count else {
            throw ExpressionError("\(name)() takes \(count) argument\(count == 1 ? "" : "s"), not \(arguments.count)", at: offset)
        }
    }

    /// A function of evaluated arguments with declared parameter types.
    private mutating func simple(
        _ name: String, _ arguments: [SyntaxNode], _ parameters: [ExpressionType], _ result: ExpressionType, at offset: Int,
        _ body: @escaping @Sendable ([Value]) throws -> Value.Node
    ) throws(ExpressionError) -> Compiled {
        try simple(name, arguments, parameters, result, at: offset) { values, _ in try body(values) }
    }

    private mutating func simple(
        _ name: String, _ arguments: [SyntaxNode], _ parameters: [ExpressionType], _ result: ExpressionType, at offset: Int,
        _ body: @escaping @Sendable ([Value], EvaluationContext) throws -> Value.Node
    ) throws(ExpressionError) -> Compiled {
        try arity(name, arguments, parameters.count, at: offset)
        var evaluators: [CompiledExpression.Evaluator] = []
        for (argument, expected) in zip(arguments, parameters) {
            let compiled = try compile(argument)
            let fits = expected.isDynamic || compiled.type.isDynamic || compiled.type.category == .null
                || compiled.type.category == expected.category
            guard fits else {
                throw ExpressionError("\(name)() expects a \(expected) here, not a \(compiled.type)", at: argument.offset)
            }
            evaluators.append(compiled.evaluate)
        }
        let argumentEvaluators = evaluators
        return Compiled(type: result, evaluate: { scope in
            Value(try body(try argumentEvaluators.map { try $0(scope) }, scope.context))
        })
    }

    /// `list.all(x, predicate)` and friends: a bound variable over the items of a list.
    private mutating func macro(_ name: String, _ arguments: [SyntaxNode], at offset: Int) throws(ExpressionError) -> Compiled {
        guard arguments.count == 3, case .identifier(let variable) = arguments[1].kind else {
            throw ExpressionError("\(name) takes a list, a variable name and an expression: list.\(name)(x, x.field > 0)", at: offset)
        }
        let list = try compile(arguments[0])
        let itemType: ExpressionType
        switch list.type {
        case .list(let item): itemType = item
        case .any, .null: itemType = .any
        default: throw ExpressionError("\(name) needs a list, not a \(list.type)", at: arguments[0].offset)
        }
        if name == "exists", let search = try synonymSearch(over: list, variable: variable, body: arguments[2]) { return search }
        // The variable's run-time slot: the scope's variables are as deep as the macros around this one.
        let slot = variables.count
        variables.append((variable, itemType))
        let body = try compile(arguments[2])
        variables.removeLast()
        if name != "map", ![.bool, .any, .null].contains(body.type.category) {
            throw ExpressionError("the condition of \(name) must be true or false, not a \(body.type)", at: arguments[2].offset)
        }
        let (evaluateList, evaluateBody, testBody) = (list.evaluate, body.evaluate, body.condition)
        // Decided once here, not by comparing the name for every item at run time.
        guard let kind = MacroKind(rawValue: name) else { throw ExpressionError("unknown list function '\(name)'", at: offset) }
        let type: ExpressionType = switch kind {
        case .map: .list(body.type)
        case .filter: .list(itemType)
        case .count: .number
        case .all, .exists: .bool
        }
        return Compiled(type: type, evaluate: { scope in
            let source = try evaluateList(scope)
            guard case .list(let items) = source.node else {
                if source.isNull {
                    switch kind {
                    case .count: return Value(.integer(0))
                    case .all: return Value(.bool(true))
                    case .exists: return Value(.bool(false))
                    case .map, .filter: return Value(.list([]))
                    }
                }
                throw EvaluationError("\(name) needs a list, not \(source.typeName) '\(source.displayText)'")
            }
            var kept: [Value] = []
            var count = 0
            // One slot for the whole loop (enclosing macros hold the slots below it), set for each item and
            // dropped after the loop, also when the body throws.
            scope.variables.append(Value(.null))
            scope.variablePlaces.append(.built)
            defer {
                scope.variables.removeLast()
                scope.variablePlaces.removeLast()
            }
            // An item of a list in storage is bound as its node (``VariablePlace``), and read out only when the
            // body reads the variable whole (``EvaluationScope/variable(_:)``) or `filter` keeps it: reading
            // each item out retained the storage, shared by every thread when it is a looked-up checklist.
            let stored = items.stored
            for index in items.indices {
                if let (storage, first) = stored {
                    scope.variablePlaces[slot] = VariablePlace(storage: Unmanaged.passUnretained(storage), node: first + index)
                } else {
                    scope.variables[slot] = items[index]
                }
                if kind == .map {
                    kept.append(try evaluateBody(scope))
                    continue
                }
                let truth = try testBody(scope)
                switch kind {
                case .all where truth == false: return Value(.bool(false))
                case .exists where truth == true: return Value(.bool(true))
                case .filter where truth == true: kept.append(scope.variable(slot))
                case .count where truth == true: count += 1
                default: break
                }
            }
            switch kind {
            case .all: return Value(.bool(true))
            case .exists: return Value(.bool(false))
            case .count: return Value(.integer(count))
            case .map, .filter: return Value(.list(ValueList(kept)), at: source.position)
            }
        })
    }

    /// The list functions that bind a variable: `list.all(x, …)` and the like.
    private enum MacroKind: String {
        case all, exists, filter, map, count
    }

    /// `lookup("Checklist", spec.checklist)`, `lookup(id)` (any kind) and `records("HazardTicket")`: a kind is written literally.
    private mutating func crossRecord(_ name: String, _ arguments: [SyntaxNode], at offset: Int) throws(ExpressionError) -> Compiled {
        if name == "lookup", arguments.count == 1 {
            let id = try compile(arguments[0])
            let evaluateID = id.evaluate
            return Compiled(type: .record(RecordKind.allCases), evaluate: { scope in
                guard let text = try evaluateID(scope).stringValue else { return Value(.null) }
                return scope.lookup(nil, id: text)
            })
        }
        try arity(name, arguments, name == "lookup" ? 2 : 1, at: offset)
        guard case .literal(.string(let kindName)) = arguments[0].kind else {
            throw ExpressionError("\(name)() needs the kind as text, e.g. \"HazardTicket\"", at: arguments[0].offset)
        }
        guard let kind = RecordKind(rawValue: kindName) else {
            throw ExpressionError("'\(kindName)' is not a record kind\(Suggestion.hint(for: kindName, among: RecordKind.allCases.map(\.rawValue)))", at: arguments[0].offset)
        }
        if name == "records" {
            return Compiled(type: .list(.record([kind])), evaluate: { scope in
                Value(.list(ValueList(scope.context.index.records(kind).map(\.value))))
            })
        }
        let id = try compile(arguments[1])
        guard [.string, .any, .null].contains(id.type.category) else {
            throw ExpressionError("lookup() needs an id as text, not a \(id.type)", at: arguments[1].offset)
        }
        let evaluateID = id.evaluate
        return Compiled(type: .record([kind]), evaluate: { scope in
            let key = try evaluateID(scope)
            guard let text = key.stringValue else { return Value(.null) }
            return scope.lookup(kind, id: text)
        })
    }

    /// `matches(text, "regex")`: a literal pattern is compiled once, here; a bad one is a load error.
    private mutating func matches(_ arguments: [SyntaxNode], at offset: Int) throws(ExpressionError) -> Compiled {
        try arity("matches", arguments, 2, at: offset)
        let subject = try compile(arguments[0])
        guard [.string, .any, .null].contains(subject.type.category) else {
            throw ExpressionError("matches() needs text, not a \(subject.type)", at: arguments[0].offset)
        }
        let evaluateSubject = subject.evaluate
        var constantPattern: String?
        if case .literal(.string(let pattern)) = arguments[1].kind { constantPattern = pattern }
        if case .member(let base, let name) = arguments[1].kind, case .identifier("params") = base.kind,
           let value = environment.parameterValues[name]?.stringValue {
            constantPattern = value
        }
        if let pattern = constantPattern {
            let regex: NSRegularExpression
            do {
                regex = try NSRegularExpression(pattern: pattern)
            } catch {
                throw ExpressionError("the regular expression '\(pattern)' does not compile", at: arguments[1].offset)
            }
            let compiled = SendableRegex(regex)
            return Compiled(test: { scope in
                guard let text = try evaluateSubject(scope).stringValue else { return nil }
                return compiled.matches(text)
            })
        }
        let pattern = try compile(arguments[1])
        let evaluatePattern = pattern.evaluate
        return Compiled(type: .bool, evaluate: { scope in
            guard let text = try evaluateSubject(scope).stringValue, let source = try evaluatePattern(scope).stringValue else { return Value(.null) }
            guard let regex = try? NSRegularExpression(pattern: source) else {
                throw EvaluationError("the regular expression '\(source)' does not compile")
            }
            return Value(.bool(SendableRegex(regex).matches(text)))
        })
    }

    /// `sum(list)`, `min(list)` / `min(a, b, ...)`, `max(...)`: numbers, or quantities of one dimension.
    private mutating func aggregate(_ name: String, _ arguments: [SyntaxNode], at offset: Int) throws(ExpressionError) -> Compiled {
        guard !arguments.isEmpty, name != "sum" || arguments.count == 1 else {
            throw ExpressionError(name == "sum" ? "sum() takes one list" : "\(name)() takes a list or several values", at: offset)
        }
        let compiled = try arguments.map { (argument) throws(ExpressionError) in try compile(argument) }
        let elementType: ExpressionType
        if compiled.count == 1 {
            switch compiled[0].type {
            case .list(let item): elementType = item
            case .any, .null: elementType = .any
            default: throw ExpressionError("\(name)() of one value needs a list, not a \(compiled[0].type)", at: arguments[0].offset)
            }
        } else {
            elementType = compiled[0].type
        }
        switch elementType.category {
        case .number, .quantity, .any, .null: break
        case .date where name != "sum": break
        default: throw ExpressionError("\(name)() needs numbers or quantities, not \(elementType)", at: offset)
        }
        let evaluators = compiled.map(\.evaluate)
        let isList = compiled.count == 1
        return Compiled(type: elementType, evaluate: { scope in
            var values: [Value]
            if isList {
                let list = try evaluators[0](scope)
                if list.isNull { return name == "sum" ? Value(.integer(0)) : Value(.null) }
                guard let items = list.listValue else { throw EvaluationError("\(name)() needs a list, not \(list.typeName)") }
                values = items
            } else {
                values = try evaluators.map { try $0(scope) }
            }
            values.removeAll { $0.isNull }
            guard var result = values.first else { return name == "sum" ? Value(.integer(0)) : Value(.null) }
            for value in values.dropFirst() {
                if name == "sum" {
                    result = Value(try ValueOperations.arithmetic("+", result, value))
                } else if let order = try ValueOperations.order(value, result), (name == "min" ? order < 0 : order > 0) {
                    result = value
                }
            }
            return result
        })
    }
}
