public import PlumbCore

/// `plumb review --format json`: the check contract plus, per statement, `classification` and `verdict`.
public struct ReviewJSONReporter: Sendable {
    public init() {}

    struct Document: Encodable {
        struct Statement: Encodable {
            var recordId: String
            var title: String?
            var location: SourceLocation
            var classification: String
            var reasons: [Classification.Reason]
            var verdict: String
            var rejection: String?
            var findings: [Finding]
        }

        struct Summary: Encodable {
            var statements: Int
            var approve: Int
            var revise: Int
            var reject: Int
        }

        var tool = "plumb"
        var version = PlumbVersion.current
        var asOf: String
        var statements: [Statement]
        var summary: Summary
    }

    public func report(_ result: ReviewResult) -> String {
        let statements = result.reviews.map { review in
            Document.Statement(recordId: review.recordID, title: review.title, location: review.location,
                               classification: review.classification.level.rawValue, reasons: review.classification.reasons,
                               verdict: review.verdict.rawValue, rejection: review.rejection, findings: review.findings)
        }
        let count = { (verdict: ReviewVerdict) in result.reviews.filter { $0.verdict == verdict }.count }
        let document = Document(asOf: result.check.asOf.description, statements: statements,
                                summary: .init(statements: statements.count, approve: count(.approve), revise: count(.revise), reject: count(.reject)))
        return JSONText.encode(document)
    }
}
