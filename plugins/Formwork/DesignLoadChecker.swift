public import PlumbCore

/// 施工荷载不得超过设计值: a formwork support's construction load (area and line) within its design load
/// (建质规〔2024〕5号 第六条).
public struct DesignLoadChecker: Checker {
    public let id = "formwork.design-load"
    public let disciplines = ["formwork"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "The construction load on a formwork support stays within the load it was designed for",
            details: """
            Compares `formwork.load` (a plan may give spec.parameters.formworkTotalLoad instead) with `formwork.designLoad`, \
            and `formwork.lineLoad` (or spec.parameters.formworkLineLoad) with `formwork.designLineLoad`.
            """,
            references: [RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第六条")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {formworkTotalLoad: 9.6 kN/m², formworkLineLoad: 14 kN/m}
                  design: {formwork: {designLoad: 12 kN/m², designLineLoad: 16 kN/m}}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {formworkTotalLoad: 13.5 kN/m²}
                  design: {formwork: {designLoad: 12 kN/m², lineLoad: 18 kN/m, designLineLoad: 16 kN/m}}
                """, findings: 2, paths: ["spec.parameters.formworkTotalLoad", "spec.design.formwork.lineLoad"], messages: ["13.5 kN/m²", "18 kN/m"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b12-formwork
                  items: []
                  measurements: {formwork: {load: 11 kN/m², designLoad: 10 kN/m²}}
                """, findings: 1, paths: ["spec.measurements.formwork.load"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("formwork") else { return [] }
        var findings: [CheckerFinding] = []
        let pairs: [(load: String, parameter: String, design: String, unit: PhysicalUnit, name: String)] = [
            ("load", "formworkTotalLoad", "designLoad", .kilonewtonPerSquareMetre, "施工总荷载"),
            ("lineLoad", "formworkLineLoad", "designLineLoad", .kilonewtonPerMetre, "集中线荷载"),
        ]
        for pair in pairs {
            guard let design = data.value[pair.design]?.amount(in: pair.unit) else { continue }
            var loadPath = "\(data.path).\(pair.load)"
            var load = data.value[pair.load]?.amount(in: pair.unit)
            if load == nil, record.kind == .methodStatement {
                loadPath = "spec.parameters.\(pair.parameter)"
                load = record.value.value(at: loadPath)?.amount(in: pair.unit)
            }
            if let load, load > design {
                findings.append(CheckerFinding(
                    message: "\(pair.name) \(load.tidy) \(pair.unit.symbol) 超过支撑体系设计值 \(design.tidy) \(pair.unit.symbol)",
                    path: loadPath))
            }
        }
        return findings
    }
}
