/// The review of one method statement (专项施工方案审查): its classification, findings by group, verdict.
public struct StatementReview: Sendable {
    public var recordID: String
    public var title: String?
    public var project: String?
    public var discipline: String?
    /// Where the statement starts.
    public var location: SourceLocation
    public var classification: Classification
    public var verdict: ReviewVerdict
    /// Why the verdict is `reject`, when it is.
    public var rejection: String?
    /// Findings on the statement, grouped in review-opinion order; empty groups left out.
    public var groups: [(group: ReviewGroup, findings: [Finding])]

    public init(recordID: String, title: String?, project: String?, discipline: String?, location: SourceLocation,
                classification: Classification, verdict: ReviewVerdict, rejection: String?, groups: [(group: ReviewGroup, findings: [Finding])]) {
        self.recordID = recordID
        self.title = title
        self.project = project
        self.discipline = discipline
        self.location = location
        self.classification = classification
        self.verdict = verdict
        self.rejection = rejection
        self.groups = groups
    }

    /// Every finding, in group order.
    public var findings: [Finding] { groups.flatMap(\.findings) }
}

/// The result of `plumb review`: one review per method statement, plus what could not be read.
public struct ReviewResult: Sendable {
    public var reviews: [StatementReview]
    /// The underlying check (findings of files that held no method statement stay here too).
    public var check: CheckResult

    public init(reviews: [StatementReview], check: CheckResult) {
        self.reviews = reviews
        self.check = check
    }
}
