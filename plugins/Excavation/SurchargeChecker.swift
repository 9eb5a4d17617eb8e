public import PlumbCore

/// 坑边堆载: loads beside a pit against its design surcharge, and no load on an unsupported edge within a
/// distance equal to the depth (建质规〔2024〕5号 第十四条).
public struct SurchargeChecker: Checker {
    public let id = "excavation.surcharge"
    public let disciplines = ["excavation"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("distanceFactor", .number, "Keep loads off an unsupported edge within this many times the depth (default 1)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Loads beside a pit within its design surcharge; none on an unsupported edge within the depth",
            details: """
            Reads `excavation.surcharges` of spec.design (a plan) or spec.measurements (an inspection), the depth from \
            `excavation.depth` or spec.parameters.excavationDepth, `edgeSupported` and `designSurcharge`. A load at a \
            distance equal to the depth counts as within it.
            """,
            references: [RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第十四条")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {excavationDepth: 4.5 m}
                  design:
                    excavation:
                      edgeSupported: false
                      designSurcharge: 20 kN/m²
                      surcharges: [{description: 钢筋堆场, distance: 6 m, load: 15 kN/m²}]
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {excavationDepth: 4.5 m}
                  design:
                    excavation:
                      edgeSupported: false
                      designSurcharge: 20 kN/m²
                      surcharges:
                        - {description: 土方临时堆放, distance: 3 m, load: 18 kN/m²}
                        - {description: 钢板桩, distance: 8 m, load: 25 kN/m²}
                """, findings: 2, paths: ["spec.design.excavation.surcharges[0].distance", "spec.design.excavation.surcharges[1].load"],
                      messages: ["3 m", "4.5 m", "25 kN/m²"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b8-excavation
                  items: []
                  measurements:
                    excavation:
                      depth: 3 m
                      edgeSupported: false
                      surcharges: [{description: 挖机停放, distance: 3 m}]
                """, findings: 1, note: "a distance equal to the depth is within it"),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("excavation") else { return [] }
        let depth = data.value["depth"]?.amount(in: .metre)
            ?? record.value.value(at: "spec.parameters.excavationDepth")?.amount(in: .metre)
        let unsupported = data.value["edgeSupported"]?.boolValue == false
        let designSurcharge = data.value["designSurcharge"]?.amount(in: .kilonewtonPerSquareMetre)
        let factor = CheckerOptions(options).number("distanceFactor", default: 1)
        var findings: [CheckerFinding] = []
        for (load, path) in data.value.items(at: "surcharges", base: data.path) {
            let what = load["description"]?.stringValue ?? "堆载"
            if unsupported, let depth, let distance = load["distance"]?.amount(in: .metre), distance <= depth * factor {
                findings.append(CheckerFinding(
                    message: "\(what)距无支护基坑边 \(distance.tidy) m，在开挖深度 \(depth.tidy) m\(factor == 1 ? "" : " 的 \(factor.tidy) 倍")范围内，此范围内不得堆载",
                    path: "\(path).distance"))
            }
            if let designSurcharge, let amount = load["load"]?.amount(in: .kilonewtonPerSquareMetre), amount > designSurcharge {
                findings.append(CheckerFinding(
                    message: "\(what)荷载 \(amount.tidy) kN/m² 超过基坑支护设计允许超载 \(designSurcharge.tidy) kN/m²",
                    path: "\(path).load"))
            }
        }
        return findings
    }
}
