/// A function that a checker adds to the expression language, with a declared signature
/// so packs using it are type-checked when they load (e.g. `lec(L, E, C)`).
public struct ExpressionFunction: Sendable {
    public let name: String
    /// One line for `plumb rules functions` and docs.
    public let summary: String
    public let parameters: [ExpressionType]
    public let result: ExpressionType
    /// Computes the result; arguments arrive in declared order. Throw ``EvaluationError`` for bad input.
    public let implementation: @Sendable ([Value], EvaluationContext) throws -> Value.Node

    public init(
        name: String,
        summary: String,
        parameters: [ExpressionType],
        result: ExpressionType,
        implementation: @escaping @Sendable ([Value], EvaluationContext) throws -> Value.Node
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.result = result
        self.implementation = implementation
    }

    /// `lec(number, number, number) -> number`.
    public var signature: String {
        "\(name)(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)"
    }
}
