public import PlumbCore

/// A problem in a checklist file (a shipped one, or one named with `--checklists` or as a path):
/// the checklist cannot be used, and the command exits 2.
public struct ChecklistLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// The record-format rule id (`record/bad-enum`, …) or `checklist/…`.
    public var ruleId: String
    public var message: String

    public init(location: SourceLocation, ruleId: String, message: String) {
        self.location = location
        self.ruleId = ruleId
        self.message = message
    }

    /// `file:line:column: error: [rule] message`.
    public var description: String {
        "\(location.file):\(location.line):\(location.column): error: [\(ruleId)] \(message)"
    }
}
