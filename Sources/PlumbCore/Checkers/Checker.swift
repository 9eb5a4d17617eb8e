/// A discipline checker (专业检查器): what a declarative rule cannot say well, in Swift or in an external plugin.
///
/// Rules call a checker with `check: {id: ..., options: {...}}`; options are validated against
/// ``optionsSchema`` when the pack loads, so ``check(_:options:context:)`` may read them without re-checking
/// their types. A checker describes itself with examples (``description``) that one generic test runs
/// (`plumb plugins test`). Checkers may add functions to the expression language (``functions``).
public protocol Checker: Sendable {
    /// Stable id, `<plugin>.<check>`, e.g. `excavation.surcharge`.
    var id: String { get }
    /// Discipline tokens the checker serves (专业), e.g. `excavation`.
    var disciplines: [String] { get }
    /// The record kinds it reads; a rule calling it must match only these. Empty: any kind.
    var kinds: [RecordKind] { get }
    /// What it checks, its basis, and pass/fail examples.
    var description: CheckerDescription { get }
    /// The options a rule may pass.
    var optionsSchema: ObjectSchema { get }
    /// Functions the checker contributes to expressions, with declared signatures.
    var functions: [ExpressionFunction] { get }
    /// Problems in `record`; each becomes a finding of the calling rule.
    ///
    /// Throw ``EvaluationError`` for a record the checker cannot read (it becomes a `rule/evaluation-error`
    /// finding) and ``CheckerFailure`` when the checker itself failed (the run is incomplete: exit 2).
    func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding]
    /// Several records at once, one result per request in order. External plugins answer a batch in one
    /// exchange; the default checks each request in turn.
    func check(batch: [CheckerRequest]) -> [Result<[CheckerFinding], any Error>]
}

public extension Checker {
    var kinds: [RecordKind] { [] }
    var functions: [ExpressionFunction] { [] }
    var optionsSchema: ObjectSchema { ObjectSchema([]) }

    /// One line describing what it checks.
    var summary: String { description.summary }

    func check(batch: [CheckerRequest]) -> [Result<[CheckerFinding], any Error>] {
        batch.map { request in
            Result { try check(request.record, options: request.options, context: request.context) }
        }
    }
}

/// One call of a checker inside a batch: the record, the rule's options and what expressions may read.
public struct CheckerRequest: Sendable {
    public var record: Record
    public var options: Value
    public var context: EvaluationContext

    public init(record: Record, options: Value, context: EvaluationContext) {
        self.record = record
        self.options = options
        self.context = context
    }
}

/// One problem a checker reports; the calling rule supplies id, severity and reference.
public struct CheckerFinding: Sendable, Hashable {
    public var message: String
    /// The field it is about (`spec.items[0].evidence[1]`), located in the record; nil for the whole record.
    public var path: String?

    public init(message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }
}
