public import PlumbCore

/// 起重量/力矩限制器: the limiter must cut hoisting before 110 % of the rating (GB 5144 6.1.2).
public struct LimiterChecker: Checker {
    public let id = "lifting.limiters"
    public let disciplines = ["lifting"]
    public let kinds: [RecordKind] = [.inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([.init("cutoffBelow", .quantity(.percent), "Hoisting must be cut below this share of the rating (default 110%)")])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Load and moment limiters cut hoisting before 110 % of the rated load",
            details: "Reads `crane.limiters[]` (device, cutoff %) of spec.measurements; a cut-off at 110 % or above is reported.",
            references: [RuleReference(document: "GB 5144-2006", edition: "2006", clause: "6.1.2"),
                         RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第八条")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b16-tower-crane
                  items: []
                  measurements: {crane: {limiters: [{device: load, cutoff: 105%}, {device: 力矩限制器, cutoff: 108%}]}}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b16-tower-crane
                  items: []
                  measurements: {crane: {limiters: [{crane: 3#塔吊, device: moment, cutoff: 112%}, {device: load, cutoff: 110%}]}}
                """, findings: 2, paths: ["spec.measurements.crane.limiters[0].cutoff", "spec.measurements.crane.limiters[1].cutoff"],
                      messages: ["3#塔吊力矩限制器", "112%"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("crane") else { return [] }
        let limit = CheckerOptions(options).quantity("cutoffBelow", in: .percent, default: 110)
        var findings: [CheckerFinding] = []
        for (entry, path) in data.value.items(at: "limiters", base: data.path) {
            guard let cutoff = entry["cutoff"]?.amount(in: .percent) else { continue }
            if cutoff >= limit {
                let device = entry["device"]?.stringValue == "moment" ? "力矩限制器" : "起重量限制器"
                findings.append(CheckerFinding(
                    message: "\(entry["crane"]?.stringValue ?? "")\(device)在额定值的 \(cutoff.tidy)% 才切断起升，应在 \(limit.tidy)% 之前切断",
                    path: "\(path).cutoff"))
            }
        }
        return findings
    }
}
