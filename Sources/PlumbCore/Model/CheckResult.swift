/// Everything a run found, handed to reporters and to the caller that decides the exit code.
///
/// Reporters are pure functions of this value: whatever they show (rule help for SARIF, source
/// snippets for text, the records for JUnit) the facade puts in here first.
public struct CheckResult: Sendable {
    /// Findings in output order (file, line, column, rule id), waived ones included.
    public var findings: [Finding]
    /// How many records were read and validated (with `--changed-since`: how many were in scope).
    public var recordCount: Int
    /// How many files were read.
    public var fileCount: Int
    /// The date rules treat as "today" (`--as-of`).
    public var asOf: CalendarDate
    /// Paths that could not be read at all (the run is incomplete: exit 2).
    public var unreadablePaths: [UnreadablePath]
    /// Every rule findings may name, with the metadata reporters show (SARIF rules, help text).
    public var rules: [RuleSummary]
    /// The records checked, in output order (JUnit test cases).
    public var records: [CheckedRecord]
    /// The source lines findings point at (text snippets).
    public var sourceLines: SourceExcerpts
    /// The least severe finding reporters show (`--show`); what fails the run is decided apart (`--fail-on`).
    public var shownSeverity: Severity
    /// The comparison with `--baseline`, when one was given.
    public var baseline: BaselineComparison?
    /// The git revision `--changed-since` compared with, when given.
    public var changedSince: String?
    /// Checkers (plugins) that failed during the run; each left `plugin/failure` findings on the records it
    /// could not check. Non-empty means the run is incomplete (exit 2).
    public var pluginFailures: [CheckerFailure]

    public init(
        findings: [Finding], recordCount: Int, fileCount: Int, asOf: CalendarDate, unreadablePaths: [UnreadablePath] = [],
        rules: [RuleSummary] = [], records: [CheckedRecord] = [], sourceLines: SourceExcerpts = SourceExcerpts(),
        shownSeverity: Severity = .info, baseline: BaselineComparison? = nil, changedSince: String? = nil,
        pluginFailures: [CheckerFailure] = []
    ) {
        self.findings = findings
        self.recordCount = recordCount
        self.fileCount = fileCount
        self.asOf = asOf
        self.unreadablePaths = unreadablePaths
        self.rules = rules
        self.records = records
        self.sourceLines = sourceLines
        self.shownSeverity = shownSeverity
        self.baseline = baseline
        self.changedSince = changedSince
        self.pluginFailures = pluginFailures
    }

    /// Whether some of the run could not be done as asked (unreadable paths, failed plugins): exit 2.
    public var isIncomplete: Bool { !unreadablePaths.isEmpty || !pluginFailures.isEmpty }

    /// Number of findings of a severity that are not waived.
    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity && !$0.isWaived } }

    /// Number of waived findings (counted apart; they never fail the run).
    public var waivedCount: Int { findings.count { $0.isWaived } }

    /// The findings reporters show: those at or above ``shownSeverity``.
    public var shownFindings: [Finding] { findings.filter { $0.severity >= shownSeverity } }

    /// How many findings `--show` hides.
    public var hiddenCount: Int { findings.count { $0.severity < shownSeverity } }

    /// The rule called `id`, when the result lists it.
    public func rule(_ id: String) -> RuleSummary? { rules.first { $0.id == id } }

    /// Whether any unwaived finding is at or above `threshold`; nil threshold (`--fail-on never`) never fails.
    public func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold && !$0.isWaived }
    }
}

/// A path named for checking that could not be read.
public struct UnreadablePath: Error, Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
