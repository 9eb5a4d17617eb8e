/// A checker could not do its work (an external plugin crashed, hung, or answered garbage): not a
/// problem of the record, so the run is incomplete (exit 2) and the finding says which plugin failed.
public struct CheckerFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The plugin (or checker) that failed, e.g. `evidence-check`.
    public var plugin: String
    /// What went wrong, e.g. `did not answer within 2 s; it was stopped`.
    public var reason: String

    public init(plugin: String, reason: String) {
        self.plugin = plugin
        self.reason = reason
    }

    /// `plugin evidence-check failed: did not answer within 2 s; it was stopped`.
    public var description: String { "plugin \(plugin) failed: \(reason)" }
}
