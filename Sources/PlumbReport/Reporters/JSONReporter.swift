public import PlumbCore

/// The stable JSON contract of DESIGN.md: `tool`, `version`, `asOf`, `findings`, `summary`.
///
/// Waived findings are listed with their `waiver` and counted in `summary.waived`, not in the
/// severities. With `--baseline`, a top-level `baseline` object counts new, unchanged and fixed
/// findings; with `--changed-since`, `changedSince` names the revision.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    struct Document: Encodable {
        struct Summary: Encodable {
            var records: Int
            var errors: Int
            var warnings: Int
            var infos: Int
            var waived: Int
        }

        var tool = "plumb"
        var version = PlumbVersion.current
        var asOf: String
        var findings: [Finding]
        var summary: Summary
        var baseline: BaselineComparison?
        var changedSince: String?
    }

    public func report(_ result: CheckResult) -> String {
        let document = Document(
            asOf: result.asOf.description,
            findings: result.shownFindings,
            summary: .init(records: result.recordCount, errors: result.count(.error), warnings: result.count(.warning),
                           infos: result.count(.info), waived: result.waivedCount),
            baseline: result.baseline,
            changedSince: result.changedSince
        )
        return JSONText.encode(document)
    }
}
