public import PlumbCore

/// Every problem in a plugin manifest (`plugin.yaml`) or a `--plugins` path, found when plugins load,
/// before any record is read (exit 2).
public enum PluginProblem: String, Sendable, CaseIterable {
    case notFound = "plugin/not-found"
    case unreadable = "plugin/unreadable"
    case invalidYAML = "plugin/invalid-yaml"
    case unknownKey = "plugin/unknown-key"
    case missingKey = "plugin/missing-key"
    case badValue = "plugin/bad-value"
    case unsupportedProtocol = "plugin/unsupported-protocol"
    case duplicate = "plugin/duplicate"
}

/// A problem in a plugin manifest, with its location.
public typealias PluginLoadError = LocatedError<PluginProblem>
