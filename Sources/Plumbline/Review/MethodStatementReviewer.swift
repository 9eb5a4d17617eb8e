import PlumbLoad

/// `plumb review`: checks files like `plumb check`, then turns each method statement's findings into a
/// review opinion with its 危大 classification and a verdict.
public struct MethodStatementReviewer: Sendable {
    public var options: CheckOptions
    public var catalog: RuleCatalog

    public init(options: CheckOptions, catalog: RuleCatalog) {
        self.options = options
        self.catalog = catalog
    }

    public func run() -> ReviewResult {
        let check = SubmissionCheck(options: options, engine: catalog.engine)
        let (result, records) = check.runKeepingRecords()
        let index = RecordIndex(records)
        let tags = Dictionary(catalog.packs.flatMap { $0.rules.map { ($0.id, $0.tags) } }, uniquingKeysWith: { first, _ in first })
        var reviews: [StatementReview] = []
        for record in records where record.kind == .methodStatement {
            let classification = catalog.engine.classify(record, asOf: options.asOf, index: index)
                ?? Classification(level: .standard, reasons: [])
            let findings = result.findings.filter { $0.recordId == record.id && $0.location.file == record.file }
            var grouped: [ReviewGroup: [Finding]] = [:]
            for finding in findings {
                grouped[ReviewGroup.of(ruleID: finding.ruleId, tags: tags[finding.ruleId] ?? []), default: []].append(finding)
            }
            let rejection = Self.rejection(record, classification: classification.level)
            let verdict: ReviewVerdict = rejection != nil ? .reject : (findings.contains { $0.severity == .error } ? .revise : .approve)
            reviews.append(StatementReview(
                recordID: record.id,
                title: record.value.value(at: "metadata.title")?.stringValue,
                project: record.project,
                discipline: record.discipline,
                location: SourceLocation(file: record.file, position: record.position),
                classification: classification,
                verdict: verdict,
                rejection: rejection,
                groups: ReviewGroup.allCases.compactMap { group in grouped[group].map { (group, $0) } }
            ))
        }
        return ReviewResult(reviews: reviews, check: result)
    }

    /// Why a statement cannot be approved at all: the panel said 不通过, or a 超危大 plan has no expert review.
    static func rejection(_ record: Record, classification: HazardClass) -> String? {
        if record.value.value(at: "spec.expertReview.conclusion")?.stringValue == "fail" {
            return "专家论证结论为“不通过”，方案须修改后重新组织专家论证"
        }
        if classification == .highlyHazardous, record.value.value(at: "spec.expertReview").map({ $0.isNull }) ?? true {
            return "超过一定规模的危大工程专项施工方案未经专家论证"
        }
        return nil
    }
}
