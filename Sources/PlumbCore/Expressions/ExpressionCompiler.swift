/// Type-checks a syntax tree and turns it into closures, in one pass.
struct ExpressionCompiler {
    /// A compiled sub-expression: its static type, its closure, and the record path it reads if it is one.
    struct Compiled {
        var type: ExpressionType
        var evaluate: CompiledExpression.Evaluator
        var recordPath: String?
        /// Set when the sub-expression is a chain of field reads (`spec.rectification.deadline`, `s.title`):
        /// a further `.field` extends the chain and the whole chain runs as one loop, not one closure per field.
        var fieldChain: FieldChain?
        /// The value, when it is known as the pack loads (a literal, a list of literals, a pack parameter).
        var constant: Value?

        init(type: ExpressionType, evaluate: @escaping CompiledExpression.Evaluator, recordPath: String? = nil,
             fieldChain: FieldChain? = nil) {
            self.type = type
            self.evaluate = evaluate
            self.recordPath = recordPath
            self.fieldChain = fieldChain
        }

        /// The sub-expression as a condition, for one that yields true, false or null: its truth without a
        /// ``Value`` built for it and read back. `&&`, `!`, list-function bodies and the rule engine's `when`
        /// and `assert` read it through ``condition``.
        var test: CompiledExpression.Test?

        /// A sub-expression whose value is `constant` for every record.
        init(type: ExpressionType, constant: Value) {
            self.init(type: type, evaluate: { _ in constant })
            self.constant = constant
            if case .bool(let truth) = constant.node { test = { _ in truth } }
        }

        /// A condition: its value is true, false or null (nil).
        init(test: @escaping CompiledExpression.Test) {
            self.init(type: .bool, evaluate: { scope in try test(scope).map { Value(.bool($0)) } ?? Value(.null) })
            self.test = test
        }

        /// ``test``, or the value read as a condition (an error for a value that is not true, false or null).
        var condition: CompiledExpression.Test {
            if let test { return test }
            let evaluate = self.evaluate
            return { scope in try ValueOperations.truth(try evaluate(scope)) }
        }
    }

    let environment: ExpressionEnvironment
    /// Bound variables of enclosing macros, innermost last; the index is the run-time slot.
    var variables: [(name: String, type: ExpressionType)] = []

    init(environment: ExpressionEnvironment) {
        self.environment = environment
    }

    mutating func compile(_ node: SyntaxNode) throws(ExpressionError) -> Compiled {
        switch node.kind {
        case .literal(let literal):
            return Compiled(type: Self.literalType(literal), constant: Value(literal, at: .start))
        case .identifier(let name):
            return try identifier(name, at: node.offset)
        case .member(let base, let name):
            return try member(base, name, at: node.offset)
        case .index(let base, let index):
            return try subscripted(base, index, at: node.offset)
        case .call(let name, let arguments):
            return try call(name, arguments, at: node.offset)
        case .method(let receiver, let name, let arguments):
            return try call(name, [receiver] + arguments, at: node.offset)
        case .unary(let symbol, let operand):
            return try unary(symbol, operand, at: node.offset)
        case .binary(let symbol, let left, let right):
            return try binary(symbol, left, right, at: node.offset)
        case .conditional(let condition, let then, let otherwise):
            return try conditional(condition, then, otherwise)
        case .list(let items):
            let compiled = try items.map { (item) throws(ExpressionError) in try compile(item) }
            let evaluators = compiled.map(\.evaluate)
            let itemType = compiled.dropFirst().allSatisfy { $0.type.category == compiled.first?.type.category } ? (compiled.first?.type ?? .any) : .any
            // A list of literals (`[1, 2, 3]`, `['major', 'significant']`) is built once, here, not per record.
            let literals = items.compactMap { item -> Value? in
                if case .literal(let literal) = item.kind { Value(literal, at: .start) } else { nil }
            }
            if literals.count == items.count {
                return Compiled(type: .list(itemType), constant: Value(.list(ValueList(literals)), at: .start))
            }
            return Compiled(type: .list(itemType), evaluate: { scope in
                Value(.list(ValueList(try evaluators.map { try $0(scope) })))
            })
        }
    }

    static func literalType(_ node: Value.Node) -> ExpressionType {
        switch node {
        case .null: .null
        case .bool: .bool
        case .integer, .number: .number
        case .string: .string
        case .date: .date
        case .quantity(let quantity): .quantity(quantity.dimension)
        case .list: .list(.any)
        case .mapping: .any
        }
    }

    // MARK: - Names and fields

    private func identifier(_ name: String, at offset: Int) throws(ExpressionError) -> Compiled {
        if let slot = variables.lastIndex(where: { $0.name == name }) {
            return Compiled(type: variables[slot].type, evaluate: { scope in scope.variable(slot) },
                            fieldChain: FieldChain(start: .variable(slot), keys: []))
        }
        switch name {
        case "asOf":
            return Compiled(type: .date, evaluate: { scope in Value(.date(scope.context.asOf)) })
        case "record":
            return Compiled(type: .record(environment.kinds), evaluate: { scope in scope.context.record.value })
        case "params":
            throw ExpressionError("'params' needs a parameter name, e.g. params.maxDays", at: offset)
        case "defs":
            throw ExpressionError("'defs' needs the name of one of the pack's definitions, e.g. defs.sectionChapters", at: offset)
        case "classification" where environment.kinds == [.methodStatement]:
            return Compiled(type: .enumeration(HazardClass.domain), evaluate: { scope in
                scope.context.classification.map { Value(.string($0.rawValue)) } ?? Value(.null)
            })
        default:
            break
        }
        guard ExpressionEnvironment.rootFields.contains(name) || ObjectSchema.isExtensionField(name) else {
            let candidates = variables.map(\.name) + Array(ExpressionEnvironment.rootFields) + ExpressionEnvironment.builtinNames
            throw ExpressionError("unknown name '\(name)'\(Suggestion.hint(for: name, among: candidates))", at: offset)
        }
        let type = try rootFieldType(name, at: offset)
        let chain = FieldChain(start: .recordField(name), keys: [])
        return Compiled(type: type, evaluate: { scope in
            let value = try chain.read(in: scope)
            scope.trace?.append((name, value))
            return value
        }, recordPath: name, fieldChain: chain)
    }

    private func rootFieldType(_ name: String, at offset: Int) throws(ExpressionError) -> ExpressionType {
        let types = environment.kinds.map { ExpressionType.record([$0]).member(name) }
        if types.isEmpty { return .any }
        guard let first = types.first ?? nil else {
            throw ExpressionError("no field '\(name)' in a record", at: offset)
        }
        return types.allSatisfy({ $0?.description == first.description }) ? first : .any
    }

    private mutating func member(_ base: SyntaxNode, _ name: String, at offset: Int) throws(ExpressionError) -> Compiled {
        if case .identifier("params") = base.kind, !variables.contains(where: { $0.name == "params" }) {
            guard let type = environment.parameters[name] else {
                throw ExpressionError(
                    "unknown parameter 'params.\(name)'\(Suggestion.hint(for: name, among: environment.parameters.keys))", at: offset)
            }
            if let constant = environment.parameterValues[name] {
                return Compiled(type: type, constant: constant)
            }
            return Compiled(type: type, evaluate: { scope in
                guard let value = scope.context.parameters[name] else { throw EvaluationError("parameter '\(name)' has no value") }
                return value
            })
        }
        if case .identifier("defs") = base.kind, !variables.contains(where: { $0.name == "defs" }) {
            return try definition(name, at: offset)
        }
        let compiledBase = try compile(base)
        let type: ExpressionType
        if let known = Self.memberType(of: compiledBase.type, name, environment: environment) {
            type = known
        } else {
            let fields: [String]
            switch compiledBase.type {
            case .object(let schema): fields = schema.fields.map(\.name)
            case .record(let kinds): fields = kinds.first.map { $0.schema.fields.map(\.name) } ?? []
            default: fields = []
            }
            let what = compiledBase.recordPath.map { "'\($0)'" } ?? "a \(compiledBase.type)"
            throw ExpressionError("\(what) has no field '\(name)'\(Suggestion.hint(for: name, among: fields))", at: offset)
        }
        let path = compiledBase.recordPath.map { "\($0).\(name)" }
        if let chain = compiledBase.fieldChain?.appending(name) {
            // One closure reads the whole chain; with --explain it records the full path (the longest read,
            // which is what an explanation shows).
            return Compiled(type: type, evaluate: { scope in
                let value = try chain.read(in: scope)
                if let path { scope.trace?.append((path, value)) }
                return value
            }, recordPath: path, fieldChain: chain)
        }
        let evaluateBase = compiledBase.evaluate
        return Compiled(type: type, evaluate: { scope in
            let value = try FieldChain.field(name, of: try evaluateBase(scope))
            if let path { scope.trace?.append((path, value)) }
            return value
        }, recordPath: path)
    }

    /// `defs.<name>`: the pack definition's value, computed once per record.
    private func definition(_ name: String, at offset: Int) throws(ExpressionError) -> Compiled {
        guard let definition = environment.definitions[name] else {
            if environment.brokenDefinitions.contains(name) {
                throw ExpressionError("defs.\(name) has an error of its own (reported where it is defined)", at: offset)
            }
            let hint = Suggestion.hint(for: name, among: environment.definitions.keys.sorted())
            throw ExpressionError("unknown definition 'defs.\(name)'\(hint) (a definition can read only those written above it)", at: offset)
        }
        let foreign = environment.kinds.filter { !definition.kinds.contains($0) }
        guard foreign.isEmpty else {
            throw ExpressionError(
                "defs.\(name) is written for \(definition.kinds.map(\.rawValue).joined(separator: ", ")) records, "
                + "not \(foreign.map(\.rawValue).joined(separator: ", ")); narrow the match or the definition's kind", at: offset)
        }
        return Compiled(type: definition.expression.type, evaluate: { scope in try definition.value(in: scope) })
    }

    static func memberType(of type: ExpressionType, _ name: String, environment: ExpressionEnvironment) -> ExpressionType? {
        if case .null = type { return .null }
        return type.member(name)
    }

    private mutating func subscripted(_ base: SyntaxNode, _ index: SyntaxNode, at offset: Int) throws(ExpressionError) -> Compiled {
        // `metadata['x-crew']`: a field whose name is not an identifier.
        if case .literal(.string(let name)) = index.kind {
            return try member(base, name, at: index.offset)
        }
        let compiledBase = try compile(base)
        let compiledIndex = try compile(index)
        let itemType: ExpressionType
        switch compiledBase.type {
        case .list(let item): itemType = item
        case .any, .null: itemType = .any
        default: throw ExpressionError("cannot index a \(compiledBase.type) with [ ]", at: offset)
        }
        var indexedPath: String?
        if case .literal(.integer(let position)) = index.kind, let basePath = compiledBase.recordPath { indexedPath = "\(basePath)[\(position)]" }
        let path = indexedPath
        let (evaluateBase, evaluateIndex) = (compiledBase.evaluate, compiledIndex.evaluate)
        return Compiled(type: itemType, evaluate: { scope in
            let container = try evaluateBase(scope)
            let key = try evaluateIndex(scope)
            let value: Value
            switch (container.node, key.node) {
            case (.null, _): value = container
            case (.list(let items), .integer(let position)):
                value = items.indices.contains(position) ? items[position] : Value(.null, at: container.position)
            case (.mapping(let map), .string(let name)): value = map[name] ?? Value(.null, at: container.position)
            default: throw EvaluationError("cannot index \(container.typeName) with \(key.typeName) '\(key.displayText)'")
            }
            if let path { scope.trace?.append((path, value)) }
            return value
        }, recordPath: path)
    }

    // MARK: - Operators

    private mutating func unary(_ symbol: String, _ operand: SyntaxNode, at offset: Int) throws(ExpressionError) -> Compiled {
        let compiled = try compile(operand)
        let evaluate = compiled.evaluate
        if symbol == "!" {
            guard [.bool, .any, .null].contains(compiled.type.category) else {
                throw ExpressionError("'!' needs true or false, not a \(compiled.type)", at: offset)
            }
            let operandTest = compiled.condition
            return Compiled(test: { scope in try operandTest(scope).map { !$0 } })
        }
        switch compiled.type.category {
        case .number, .quantity, .any, .null: break
        default: throw ExpressionError("'-' needs a number or quantity, not a \(compiled.type)", at: offset)
        }
        return Compiled(type: compiled.type, evaluate: { scope in
            let value = try evaluate(scope)
            return Value(try ValueOperations.arithmetic("*", value, Value(.integer(-1))), at: value.position)
        })
    }

    private mutating func binary(_ symbol: String, _ left: SyntaxNode, _ right: SyntaxNode, at offset: Int) throws(ExpressionError) -> Compiled {
        var l = try compile(left)
        var r = try compile(right)
        switch symbol {
        case "&&", "||":
            for side in [l, r] where ![.bool, .any, .null].contains(side.type.category) {
                throw ExpressionError("'\(symbol)' joins conditions, but one side is a \(side.type)", at: offset)
            }
            let isAnd = symbol == "&&"
            let (testLeft, testRight) = (l.condition, r.condition)
            return Compiled(test: { scope in
                // Kleene logic: a decided side wins, null (unknown) otherwise.
                let first = try testLeft(scope)
                if first == !isAnd { return !isAnd }
                let second = try testRight(scope)
                if second == !isAnd { return !isAnd }
                if first == nil || second == nil { return nil }
                return isAnd
            })
        case "==", "!=":
            try normaliseEnumerationLiteral(&l, against: r, node: left, other: right)
            try normaliseEnumerationLiteral(&r, against: l, node: right, other: left)
            guard l.type.isComparable(with: r.type, ordering: false) else {
                throw ExpressionError("cannot compare a \(l.type) with a \(r.type)", at: offset)
            }
            let negate = symbol == "!="
            let (evaluateLeft, evaluateRight) = (l.evaluate, r.evaluate)
            let generic: CompiledExpression.Test = { scope in
                ValueOperations.equals(try evaluateLeft(scope), try evaluateRight(scope)) != negate
            }
            return storedEquality(l, r, negate: negate, generic: generic) ?? Compiled(test: generic)
        case "<", "<=", ">", ">=":
            guard l.type.isComparable(with: r.type, ordering: true) else {
                throw ExpressionError("cannot order a \(l.type) against a \(r.type)\(Self.unitHint(l.type, r.type))", at: offset)
            }
            let (evaluateLeft, evaluateRight) = (l.evaluate, r.evaluate)
            let accept: @Sendable (Int) -> Bool = switch symbol {
            case "<": { $0 < 0 }
            case "<=": { $0 <= 0 }
            case ">": { $0 > 0 }
            default: { $0 >= 0 }
            }
            return Compiled(test: { scope in
                guard let order = try ValueOperations.order(try evaluateLeft(scope), try evaluateRight(scope)) else { return nil }
                return accept(order)
            })
        case "in":
            return try membership(l, r, rightNode: right, leftNode: left, at: offset)
        default:
            let type = try Self.arithmeticType(symbol, l.type, r.type, at: offset)
            let (evaluateLeft, evaluateRight) = (l.evaluate, r.evaluate)
            return Compiled(type: type, evaluate: { scope in
                let a = try evaluateLeft(scope)
                return Value(try ValueOperations.arithmetic(symbol, a, try evaluateRight(scope)), at: a.position)
            })
        }
    }

    private static func unitHint(_ a: ExpressionType, _ b: ExpressionType) -> String {
        switch (a.category, b.category) {
        case (.quantity(let dimension), .number), (.number, .quantity(let dimension)):
            " (give the number a unit, e.g. 5 \(dimension.baseUnit.symbol))"
        default: ""
        }
    }

    /// `spec.level == "重大"` compiles as `"major"`; `spec.level == "majr"` is a load error.
    private func normaliseEnumerationLiteral(_ compiled: inout Compiled, against other: Compiled, node: SyntaxNode, other otherNode: SyntaxNode) throws(ExpressionError) {
        guard case .enumeration(let domain) = other.type else { return }
        switch node.kind {
        case .literal(.string(let text)):
            guard let token = domain.token(for: text) else {
                throw ExpressionError("'\(text)' is not a \(domain.name) value (\(domain.tokens.joined(separator: ", ")))", at: node.offset)
            }
            compiled = Compiled(type: .enumeration(domain), constant: Value(.string(token)))
        case .list(let items):
            var tokens: [Value] = []
            for item in items {
                guard case .literal(.string(let text)) = item.kind else { return }
                guard let token = domain.token(for: text) else {
                    throw ExpressionError("'\(text)' is not a \(domain.name) value (\(domain.tokens.joined(separator: ", ")))", at: item.offset)
                }
                tokens.append(Value(.string(token)))
            }
            compiled = Compiled(type: .list(.enumeration(domain)), constant: Value(.list(ValueList(tokens))))
        default:
            return
        }
    }

    private func membership(_ l: Compiled, _ r: Compiled, rightNode: SyntaxNode, leftNode: SyntaxNode, at offset: Int) throws(ExpressionError) -> Compiled {
        var r = r
        if case .list = rightNode.kind { try normaliseEnumerationLiteral(&r, against: l, node: rightNode, other: leftNode) }
        switch r.type {
        case .list(let item):
            guard l.type.isComparable(with: item, ordering: false) else {
                throw ExpressionError("a \(l.type) is never in a list of \(item)", at: offset)
            }
        case .string where l.type.category == .string || l.type.category == .any: break
        case .any, .null, .object, .record: break
        default: throw ExpressionError("'in' needs a list, text or mapping on its right, not a \(r.type)", at: offset)
        }
        let (evaluateLeft, evaluateRight) = (l.evaluate, r.evaluate)
        return Compiled(type: .bool, evaluate: { scope in
            let needle = try evaluateLeft(scope)
            let haystack = try evaluateRight(scope)
            switch haystack.node {
            case .null: return Value(.null)
            case .list(let items): return Value(.bool(items.contains { ValueOperations.equals(needle, $0) }))
            case .string(let text):
                guard let part = needle.stringValue else { throw EvaluationError("'in' text needs text on its left") }
                return Value(.bool(TextSearch.contains(text, part)))
            case .mapping(let map):
                guard let key = needle.stringValue else { throw EvaluationError("'in' a mapping needs a key name on its left") }
                return Value(.bool(map[key] != nil))
            default: throw EvaluationError("'in' needs a list, text or mapping, not \(haystack.typeName)")
            }
        })
    }

    static func arithmeticType(_ symbol: String, _ a: ExpressionType, _ b: ExpressionType, at offset: Int) throws(ExpressionError) -> ExpressionType {
        switch (a.category, b.category) {
        case (.any, _), (_, .any), (.null, _), (_, .null): return .any
        case (.number, .number): return .number
        case (.string, .string) where symbol == "+": return .string
        case (.quantity(let x), .quantity(let y)) where x == y && (symbol == "+" || symbol == "-"): return a
        case (.quantity(let x), .quantity(let y)) where x == y && symbol == "/": return .number
        case (.quantity, .number) where symbol == "*" || symbol == "/": return a
        case (.number, .quantity) where symbol == "*": return b
        case (.date, .quantity(.time)) where symbol == "+" || symbol == "-": return .date
        case (.date, .date) where symbol == "-": return .quantity(.time)
        default:
            throw ExpressionError("cannot apply '\(symbol)' to a \(a) and a \(b)\(unitHint(a, b))", at: offset)
        }
    }

    private mutating func conditional(_ condition: SyntaxNode, _ then: SyntaxNode, _ otherwise: SyntaxNode) throws(ExpressionError) -> Compiled {
        let c = try compile(condition)
        guard [.bool, .any, .null].contains(c.type.category) else {
            throw ExpressionError("the condition before '?' must be true or false, not a \(c.type)", at: condition.offset)
        }
        let t = try compile(then)
        let o = try compile(otherwise)
        let type = t.type.category == o.type.category ? t.type : (o.type.category == .null ? t.type : (t.type.category == .null ? o.type : .any))
        let (testCondition, evaluateThen, evaluateOtherwise) = (c.condition, t.evaluate, o.evaluate)
        return Compiled(type: type, evaluate: { scope in
            guard let truth = try testCondition(scope) else { return Value(.null) }
            return try truth ? evaluateThen(scope) : evaluateOtherwise(scope)
        })
    }

    /// The first record field path an expression reads, for locating findings.
    /// The first record field path `node` reads, looking into the pack definitions it reads (`defs.x`).
    static func firstRecordPath(in node: SyntaxNode, definitions: [String: CompiledDefinition] = [:]) -> String? {
        if let path = node.path, let root = path.split(whereSeparator: { $0 == "." || $0 == "[" }).first,
           ExpressionEnvironment.rootFields.contains(String(root)) {
            return path
        }
        let first = { (node: SyntaxNode) in firstRecordPath(in: node, definitions: definitions) }
        switch node.kind {
        case .literal, .identifier: return nil
        case .member(let base, let name):
            if case .identifier("defs") = base.kind, let definition = definitions[name] { return definition.expression.primaryPath }
            return first(base)
        case .index(let base, let index): return first(base) ?? first(index)
        case .call(_, let arguments): return arguments.lazy.compactMap(first).first
        case .method(let receiver, _, let arguments): return ([receiver] + arguments).lazy.compactMap(first).first
        case .unary(_, let operand): return first(operand)
        case .binary(_, let left, let right): return first(left) ?? first(right)
        case .conditional(let a, let b, let c): return first(a) ?? first(b) ?? first(c)
        case .list(let items): return items.lazy.compactMap(first).first
        }
    }
}
