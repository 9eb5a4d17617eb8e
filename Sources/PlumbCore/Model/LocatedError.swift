/// A problem in one of the files a run loads (a rule pack, a plugin manifest, `plumb.yaml`), with its
/// stable id and location. Any one of them stops the run before records are read (exit 2).
///
/// Each layer names its problems in its own enumeration (`PackProblem`, `PluginProblem`,
/// `ConfigurationProblem`); this one type carries them and formats them the same way.
public struct LocatedError<Problem: RawRepresentable & Sendable & Hashable>: Error, Sendable, Hashable, CustomStringConvertible
where Problem.RawValue == String {
    public var problem: Problem
    public var message: String
    public var location: SourceLocation

    public init(_ problem: Problem, _ message: String, at location: SourceLocation) {
        self.problem = problem
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: [id] message`.
    public var description: String { described(as: .error) }

    /// `file:line:column: <severity>: [id] message`, for a problem a command only warns about.
    public func described(as severity: Severity) -> String {
        "\(location.file):\(location.line):\(location.column): \(severity.rawValue): [\(problem.rawValue)] \(message)"
    }
}
