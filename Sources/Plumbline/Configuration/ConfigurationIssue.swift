public import PlumbCore

/// A problem in `plumb.yaml`, with its file, line and column; any one stops the run (exit 2).
public struct ConfigurationIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of configuration problem, with their stable ids.
    public enum Problem: String, Sendable, CaseIterable {
        case invalidYAML = "config/invalid-yaml"
        case unknownKey = "config/unknown-key"
        case badValue = "config/bad-value"
        case badGlob = "config/bad-glob"
        case unknownRule = "config/unknown-rule"
        case unknownFormat = "config/unknown-format"
    }

    /// Which kind of problem, with its stable id.
    public var problem: Problem
    public var message: String
    /// Where in the configuration file.
    public var location: SourceLocation

    public init(_ problem: Problem, _ message: String, at location: SourceLocation) {
        self.problem = problem
        self.message = message
        self.location = location
    }

    /// `plumb.yaml:3:1: error: [config/unknown-key] unknown key 'pakcs' (did you mean 'packs'?)`.
    public var description: String {
        "\(location.file):\(location.line):\(location.column): error: [\(problem.rawValue)] \(message)"
    }
}
