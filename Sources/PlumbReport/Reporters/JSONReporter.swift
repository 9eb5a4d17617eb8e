public import PlumbCore

/// The stable JSON contract of DESIGN.md: `tool`, `version`, `asOf`, `findings`, `summary`.
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
    }

    public func report(_ result: CheckResult) -> String {
        let document = Document(
            asOf: result.asOf.description,
            findings: result.findings,
            summary: .init(records: result.recordCount, errors: result.count(.error), warnings: result.count(.warning),
                           infos: result.count(.info), waived: 0)
        )
        return JSONText.encode(document)
    }
}
