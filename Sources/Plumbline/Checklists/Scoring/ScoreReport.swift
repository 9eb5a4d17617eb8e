public import PlumbCore
public import PlumbKPI

/// What `plumb checklist score` found: each table, the summary per project, and what could not be scored.
public struct ScoreReport: Sendable {
    public var tables: [TableScore]
    public var unscored: [UnscoredInspection]
    /// One summary (汇总表) per project, in the order projects first appear.
    public var assessments: [JGJ59Assessment]
    /// Record-format errors in the files read (those records are not scored).
    public var recordErrors: [Finding]
    public var unreadable: [UnreadablePath]

    /// Whether anything makes the scores doubtful: scoring problems, unknown checklists, broken records.
    public var hasProblems: Bool {
        tables.contains { !$0.problems.isEmpty } || unscored.contains(where: \.isProblem) || !recordErrors.isEmpty
    }
}
