/// Everything a run found, handed to reporters and to the caller that decides the exit code.
public struct CheckResult: Sendable {
    /// Findings in output order (file, line, column, rule id).
    public var findings: [Finding]
    /// How many records were read and validated.
    public var recordCount: Int
    /// How many files were read.
    public var fileCount: Int
    /// The date rules treat as "today" (`--as-of`).
    public var asOf: CalendarDate
    /// Paths that could not be read at all (the run is incomplete: exit 2).
    public var unreadablePaths: [UnreadablePath]
    /// Checkers (plugins) that failed during the run; each left `plugin/failure` findings on the records it
    /// could not check. Non-empty means the run is incomplete (exit 2).
    public var pluginFailures: [CheckerFailure]

    public init(findings: [Finding], recordCount: Int, fileCount: Int, asOf: CalendarDate, unreadablePaths: [UnreadablePath] = [],
                pluginFailures: [CheckerFailure] = []) {
        self.findings = findings
        self.recordCount = recordCount
        self.fileCount = fileCount
        self.asOf = asOf
        self.unreadablePaths = unreadablePaths
        self.pluginFailures = pluginFailures
    }

    /// Whether some of the run could not be done as asked (unreadable paths, failed plugins): exit 2.
    public var isIncomplete: Bool { !unreadablePaths.isEmpty || !pluginFailures.isEmpty }

    /// Number of findings of a severity.
    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// Whether any finding is at or above `threshold`; nil threshold (`--fail-on never`) never fails.
    public func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.severity >= threshold }
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
