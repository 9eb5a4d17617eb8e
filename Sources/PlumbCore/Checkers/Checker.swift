/// A discipline checker (专业检查器): what a declarative rule cannot say well, in Swift.
///
/// Rules call a checker with `check: {id: ..., options: {...}}`; options are validated against
/// ``optionsSchema`` when the pack loads. Checkers may add functions to the expression language.
public protocol Checker: Sendable {
    /// Stable id, e.g. `excavation.surcharge`.
    var id: String { get }
    /// Discipline tokens the checker serves.
    var disciplines: [String] { get }
    /// One line describing what it checks.
    var summary: String { get }
    /// The options a rule may pass.
    var optionsSchema: ObjectSchema { get }
    /// Functions the checker contributes to expressions.
    var functions: [ExpressionFunction] { get }
    /// Problems in `record`; each becomes a finding of the calling rule.
    func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding]
}

public extension Checker {
    var functions: [ExpressionFunction] { [] }
    var optionsSchema: ObjectSchema { ObjectSchema([]) }
}

/// One problem a checker reports; the calling rule supplies id, severity and reference.
public struct CheckerFinding: Sendable, Hashable {
    public var message: String
    /// The field it is about, located in the record.
    public var path: String?

    public init(message: String, path: String? = nil) {
        self.message = message
        self.path = path
    }
}
