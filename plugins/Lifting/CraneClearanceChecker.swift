public import PlumbCore

/// 安全距离: between two tower cranes ≥ 2 m horizontally and ≥ 2 m vertically; a crane's tail ≥ 0.6 m from
/// buildings (GB 5144).
public struct CraneClearanceChecker: Checker {
    public let id = "lifting.clearances"
    public let disciplines = ["lifting"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("craneHorizontal", .quantity(.metre), "Least horizontal distance between cranes (default 2 m)"),
            .init("craneVertical", .quantity(.metre), "Least vertical distance between cranes (default 2 m)"),
            .init("tailToBuilding", .quantity(.metre), "Least distance from a crane's tail to a building (default 0.6 m)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Tower-crane clearances: 2 m between cranes horizontally and vertically, 0.6 m from the tail to buildings",
            details: "Reads `crane.clearances[]` (kind, distance) of spec.design or spec.measurements.",
            references: [RuleReference(document: "GB 5144-2006", edition: "2006"),
                         RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第八条")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design:
                    crane:
                      clearances:
                        - {between: 1#与2#塔吊, kind: crane-vertical, distance: 2 m}
                        - {between: 1#塔吊平衡臂与综合楼, kind: tail-to-building, distance: 0.8 m}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b16-tower-crane
                  items: []
                  measurements:
                    crane:
                      clearances:
                        - {between: 1#与2#塔吊, kind: 塔机间水平距离, distance: 1.5 m}
                        - {between: 3#塔吊尾部与综合楼, kind: tail-to-building, distance: 50 cm}
                """, findings: 2, paths: ["spec.measurements.crane.clearances[0].distance", "spec.measurements.crane.clearances[1].distance"],
                      messages: ["1.5 m", "0.5 m"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("crane") else { return [] }
        let settings = CheckerOptions(options)
        let limits: [String: (least: Double, name: String)] = [
            "crane-horizontal": (settings.quantity("craneHorizontal", in: .metre, default: 2), "塔机之间的水平距离"),
            "crane-vertical": (settings.quantity("craneVertical", in: .metre, default: 2), "塔机之间的垂直距离"),
            "tail-to-building": (settings.quantity("tailToBuilding", in: .metre, default: 0.6), "塔机尾部与建筑物的距离"),
        ]
        var findings: [CheckerFinding] = []
        for (entry, path) in data.value.items(at: "clearances", base: data.path) {
            guard let kind = entry["kind"]?.stringValue, let limit = limits[kind], let distance = entry["distance"]?.amount(in: .metre) else { continue }
            if distance < limit.least {
                let between = entry["between"]?.stringValue.map { "\($0)：" } ?? ""
                findings.append(CheckerFinding(
                    message: "\(between)\(limit.name) \(distance.tidy) m，小于 \(limit.least.tidy) m",
                    path: "\(path).distance"))
            }
        }
        return findings
    }
}
