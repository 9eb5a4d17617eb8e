public import PlumbCore

/// 塔身垂直度: free-standing (and above the top tie) ≤ 4/1000, below the top tie ≤ 2/1000 (GB 5144).
public struct CraneVerticalityChecker: Checker {
    public let id = "lifting.crane-verticality"
    public let disciplines = ["lifting"]
    public let kinds: [RecordKind] = [.inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("freeStandingLimit", .number, "Per-mille limit free-standing and above the top tie (default 4)"),
            .init("belowTopTieLimit", .number, "Per-mille limit below the top tie (default 2)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Tower-crane verticality within 4/1000 free-standing and 2/1000 below the top tie",
            details: "Reads `crane.verticality[]` of spec.measurements: the section, the lateral deviation (mm) and the height it was measured over (m).",
            references: [RuleReference(document: "GB 5144-2006", edition: "2006"),
                         RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第八条")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b16-tower-crane
                  items: []
                  measurements:
                    crane:
                      verticality:
                        - {crane: 1#塔吊, section: free-standing, deviation: 150 mm, height: 46 m}
                        - {crane: 2#塔吊, section: 最高附着点以下, deviation: 80 mm, height: 45 m}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b16-tower-crane
                  items: []
                  measurements:
                    crane:
                      verticality:
                        - {crane: 1#塔吊, section: free-standing, deviation: 200 mm, height: 46 m}
                        - {crane: 2#塔吊, section: below-top-tie, deviation: 10 cm, height: 40 m}
                """, findings: 2, paths: ["spec.measurements.crane.verticality[0].deviation", "spec.measurements.crane.verticality[1].deviation"],
                      messages: ["4.35/1000", "2.5/1000"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("crane") else { return [] }
        let settings = CheckerOptions(options)
        var findings: [CheckerFinding] = []
        for (entry, path) in data.value.items(at: "verticality", base: data.path) {
            guard let section = entry["section"]?.stringValue, let deviation = entry["deviation"]?.amount(in: .millimetre),
                  let height = entry["height"]?.amount(in: .metre)
            else { continue }
            let crane = entry["crane"]?.stringValue ?? "塔机"
            guard height > 0 else {
                findings.append(CheckerFinding(message: "\(crane)垂直度的测量高度应大于 0", path: "\(path).height"))
                continue
            }
            let perMille = abs(deviation) / height
            let belowTie = section == "below-top-tie"
            let limit = belowTie ? settings.number("belowTopTieLimit", default: 2) : settings.number("freeStandingLimit", default: 4)
            if perMille > limit {
                let rounded = (perMille * 100).rounded() / 100
                let where_ = belowTie ? "最高附着点以下" : (section == "above-top-tie" ? "最高附着点以上" : "独立状态")
                findings.append(CheckerFinding(
                    message: "\(crane)\(where_)塔身垂直度 \(rounded.tidy)/1000（偏差 \(deviation.tidy) mm / 高度 \(height.tidy) m）超过 \(limit.tidy)/1000",
                    path: "\(path).deviation"))
            }
        }
        return findings
    }
}
