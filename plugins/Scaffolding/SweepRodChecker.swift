public import PlumbCore

/// 扫地杆: the longitudinal sweep rod at most 200 mm above the base (JGJ 130).
public struct SweepRodChecker: Checker {
    public let id = "scaffolding.sweep-rod"
    public let disciplines = ["scaffolding"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([.init("maxHeight", .quantity(.millimetre), "Highest the sweep rod may be above the base (default 200 mm)")])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "The sweep rod is at most 200 mm above the base",
            details: "Reads `scaffold.sweepRodHeight` of spec.design or spec.measurements.",
            references: [RuleReference(document: "JGJ 130-2011", edition: "2011", clause: "6.3.2")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec: {checklist: jgj59-b1-scaffold, items: [], measurements: {scaffold: {sweepRodHeight: 180 mm}}}
                """),
                .fail("""
                kind: InspectionRecord
                spec: {checklist: jgj59-b1-scaffold, items: [], measurements: {scaffold: {sweepRodHeight: 0.25 m}}}
                """, findings: 1, paths: ["spec.measurements.scaffold.sweepRodHeight"], messages: ["250 mm"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("scaffold"), let height = data.value["sweepRodHeight"]?.amount(in: .millimetre) else { return [] }
        let limit = CheckerOptions(options).quantity("maxHeight", in: .millimetre, default: 200)
        guard height > limit else { return [] }
        return [CheckerFinding(message: "纵向扫地杆距底座上皮 \(height.tidy) mm，不应大于 \(limit.tidy) mm", path: "\(data.path).sweepRodHeight")]
    }
}
