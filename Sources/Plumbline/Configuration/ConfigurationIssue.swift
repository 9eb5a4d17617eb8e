public import PlumbCore

/// The kinds of problem in `plumb.yaml`, with their stable ids.
public enum ConfigurationProblem: String, Sendable, CaseIterable {
    case invalidYAML = "config/invalid-yaml"
    case unknownKey = "config/unknown-key"
    case badValue = "config/bad-value"
    case badGlob = "config/bad-glob"
    case unknownRule = "config/unknown-rule"
    case unknownFormat = "config/unknown-format"
}

/// A problem in `plumb.yaml`, with its file, line and column; any one stops the run (exit 2), e.g.
/// `plumb.yaml:3:1: error: [config/unknown-key] unknown key 'pakcs' (did you mean 'packs'?)`.
public typealias ConfigurationIssue = LocatedError<ConfigurationProblem>
