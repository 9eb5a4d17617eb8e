/// A failure while evaluating an expression against one record (a wrong-typed field, division by zero).
/// It becomes a finding on that record; the run goes on.
public struct EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
