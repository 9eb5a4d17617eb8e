public import PlumbCore

/// 临时用电系统: TN-S earthing, three-level distribution, two levels of residual-current protection, and a
/// temporary-power design from 5 devices or 50 kW (JGJ 46-2005 1.0.3, 3.1.1).
public struct PowerSystemChecker: Checker {
    public let id = "electrical.power-system"
    public let disciplines = ["electrical"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Temporary power is TN-S with three-level distribution and two-level RCD protection; a design from 5 devices or 50 kW",
            details: "Reads `electrical.earthing`, `distributionLevels`, `rcdLevels`, `devices`, `totalPower` (kW) and `powerDesign`.",
            references: [RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "1.0.3"),
                         RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "3.1.1")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design: {electrical: {earthing: TN-S, distributionLevels: 3, rcdLevels: 2, devices: 24, totalPower: 380, powerDesign: true}}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements: {electrical: {earthing: TN-C, distributionLevels: 2, rcdLevels: 1, devices: 6, powerDesign: false}}
                """, findings: 4, paths: ["spec.measurements.electrical.earthing", "spec.measurements.electrical.distributionLevels",
                                          "spec.measurements.electrical.rcdLevels", "spec.measurements.electrical.powerDesign"],
                      messages: ["TN-C", "6 台"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements: {electrical: {devices: 3, totalPower: 60}}
                """, findings: 1, paths: ["spec.measurements.electrical.powerDesign"], messages: ["60 kW"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("electrical") else { return [] }
        let power = data.value
        var findings: [CheckerFinding] = []
        if let earthing = power["earthing"]?.stringValue, earthing != "TN-S" {
            findings.append(CheckerFinding(message: "临时用电采用 \(earthing) 系统，应采用 TN-S 接零保护系统", path: "\(data.path).earthing"))
        }
        if let levels = power["distributionLevels"]?.numberValue, levels != 3 {
            findings.append(CheckerFinding(message: "配电系统为 \(levels.tidy) 级配电，应采用三级配电", path: "\(data.path).distributionLevels"))
        }
        if let levels = power["rcdLevels"]?.numberValue, levels < 2 {
            findings.append(CheckerFinding(message: "漏电保护为 \(levels.tidy) 级，应采用二级漏电保护", path: "\(data.path).rcdLevels"))
        }
        let devices = power["devices"]?.numberValue
        let total = power["totalPower"]?.numberValue
        if (devices ?? 0) >= 5 || (total ?? 0) >= 50, power["powerDesign"]?.boolValue != true {
            let reason = (devices ?? 0) >= 5 ? "用电设备 \(devices!.tidy) 台（≥ 5 台）" : "用电设备总容量 \(total!.tidy) kW（≥ 50 kW）"
            findings.append(CheckerFinding(message: "\(reason)，应编制临时用电组织设计", path: "\(data.path).powerDesign"))
        }
        return findings
    }
}
