public import PlumbCore

/// 配电箱与开关箱距离: a switch box at most 30 m from its distribution box and at most 3 m from the fixed
/// equipment it controls (JGJ 46 8.1.2).
public struct BoxLayoutChecker: Checker {
    public let id = "electrical.box-distances"
    public let disciplines = ["electrical"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Switch boxes within 30 m of their distribution box and 3 m of their fixed equipment",
            details: "Reads `electrical.switchBoxes[].distanceFromDistributionBox` and `distanceToEquipment`.",
            references: [RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "8.1.2")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements: {electrical: {switchBoxes: [{id: K-01, distanceFromDistributionBox: 25 m, distanceToEquipment: 2 m}]}}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements: {electrical: {switchBoxes: [{id: K-03, distanceFromDistributionBox: 42 m, distanceToEquipment: 5 m}]}}
                """, findings: 2, paths: ["spec.measurements.electrical.switchBoxes[0].distanceFromDistributionBox",
                                          "spec.measurements.electrical.switchBoxes[0].distanceToEquipment"],
                      messages: ["42 m", "5 m"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("electrical") else { return [] }
        var findings: [CheckerFinding] = []
        for (box, path) in data.value.items(at: "switchBoxes", base: data.path) {
            let name = box["id"]?.stringValue.map { "开关箱 \($0)" } ?? "开关箱"
            if let distance = box["distanceFromDistributionBox"]?.amount(in: .metre), distance > 30 {
                findings.append(CheckerFinding(message: "\(name)与分配电箱的距离 \(distance.tidy) m，不应超过 30 m", path: "\(path).distanceFromDistributionBox"))
            }
            if let distance = box["distanceToEquipment"]?.amount(in: .metre), distance > 3 {
                findings.append(CheckerFinding(message: "\(name)与其控制的固定式用电设备的水平距离 \(distance.tidy) m，不宜超过 3 m", path: "\(path).distanceToEquipment"))
            }
        }
        return findings
    }
}
