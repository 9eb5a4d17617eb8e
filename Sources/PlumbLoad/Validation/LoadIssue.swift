public import PlumbCore

/// A problem found while reading or validating one file, before it becomes a ``Finding``.
public struct LoadIssue: Sendable, Hashable {
    public var problem: RecordProblem
    public var message: String
    public var position: SourcePosition
    /// The field path, when the problem is about a field.
    public var path: String?

    public init(_ problem: RecordProblem, _ message: String, at position: SourcePosition, path: String? = nil) {
        self.problem = problem
        self.message = message
        self.position = position
        self.path = path
    }

    /// The finding for this problem in `file`, about record `recordId` when known.
    public func finding(file: String, recordId: String? = nil) -> Finding {
        Finding(
            ruleId: problem.rawValue,
            severity: problem.severity,
            message: message,
            location: SourceLocation(file: file, position: position, path: path),
            recordId: recordId
        )
    }
}
