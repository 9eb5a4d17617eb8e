/// A checker's self-description (like SwiftLint's `RuleDescription`): what it checks, on what basis, and
/// the examples that prove it. One generic runner checks every example of every checker.
public struct CheckerDescription: Sendable {
    /// One line: what the checker reports.
    public var summary: String
    /// Longer explanation for docs, including values marked UNCONFIRMED and the options that hold them.
    public var details: String?
    /// The documents and clauses the checker encodes (依据).
    public var references: [RuleReference]
    /// Records that must pass, and records that must fail (at given paths).
    public var examples: [CheckerExample]

    public init(summary: String, details: String? = nil, references: [RuleReference] = [], examples: [CheckerExample] = []) {
        self.summary = summary
        self.details = details
        self.references = references
        self.examples = examples
    }
}
