/// An expression compiled once, when its pack loads, into a closure over the record.
public struct CompiledExpression: Sendable {
    typealias Evaluator = @Sendable (EvaluationScope) throws -> Value
    /// A condition's truth: true, false, or nil for null (unknown).
    typealias Test = @Sendable (EvaluationScope) throws -> Bool?

    /// The text as written.
    public let source: String
    /// The statically checked result type.
    public let type: ExpressionType
    /// The first record field path the expression reads (e.g. `spec.parameters.excavationDepth`):
    /// where a finding about it points.
    public let primaryPath: String?
    let evaluator: Evaluator
    /// The expression as a condition (``truth(in:)``).
    let test: Test

    /// Compiles `source`; syntax and type errors carry the 0-based offset inside the expression.
    public static func compile(_ source: String, in environment: ExpressionEnvironment) throws(ExpressionError) -> CompiledExpression {
        let syntax = try Parser.parse(source)
        var compiler = ExpressionCompiler(environment: environment)
        let compiled = try compiler.compile(syntax)
        return CompiledExpression(source: source, type: compiled.type, primaryPath: ExpressionCompiler.firstRecordPath(in: syntax, definitions: environment.definitions), evaluator: compiled.evaluate, test: compiled.condition)
    }

    /// Compiles a condition (`when`, `assert`): its type must be boolean.
    public static func compileCondition(_ source: String, in environment: ExpressionEnvironment) throws(ExpressionError) -> CompiledExpression {
        let compiled = try compile(source, in: environment)
        switch compiled.type.category {
        case .bool, .any, .null: return compiled
        default: throw ExpressionError("a condition must be true or false, but this is a \(compiled.type)", at: 0)
        }
    }

    /// The value for one record.
    public func evaluate(_ context: EvaluationContext) throws -> Value {
        try evaluator(EvaluationScope(context: context, explain: false))
    }

    /// The value in a scope the caller keeps across expressions of one record (the rule engine's fast path).
    func evaluate(in scope: EvaluationScope) throws -> Value {
        try evaluator(scope)
    }

    /// The expression as a condition in such a scope: true, false, or nil for null; an error for a value
    /// that is neither (as ``ValueOperations/truth(_:)`` of its value).
    func truth(in scope: EvaluationScope) throws -> Bool? {
        try test(scope)
    }

    /// The value and, for `--explain`, each record field path read with its value (longest paths only).
    public func evaluateExplaining(_ context: EvaluationContext) throws -> (value: Value, reads: [(path: String, value: Value)]) {
        let scope = EvaluationScope(context: context, explain: true)
        let value = try evaluator(scope)
        let reads = scope.trace ?? []
        var kept: [(path: String, value: Value)] = []
        for read in reads where !kept.contains(where: { $0.path == read.path }) {
            let isPrefix = reads.contains { other in
                other.path != read.path && (other.path.hasPrefix(read.path + ".") || other.path.hasPrefix(read.path + "["))
            }
            if !isPrefix { kept.append(read) }
        }
        return (value, kept)
    }
}
