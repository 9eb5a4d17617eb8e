public import PlumbCore

/// 剪刀撑: from 24 m continuous over the whole façade; below 24 m at both ends and at most 15 m apart;
/// braces at 45–60° (JGJ 130).
public struct ScissorBracingChecker: Checker {
    public let id = "scaffolding.scissor-bracing"
    public let disciplines = ["scaffolding"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("continuousFrom", .quantity(.metre), "Height from which bracing must be continuous (default 24 m)"),
            .init("maxSpacing", .quantity(.metre), "Most clear distance between braces below that height (default 15 m)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Scissor bracing continuous from 24 m, otherwise at the ends and ≤ 15 m apart, at 45–60°",
            details: "Reads `scaffold.scissorBracing`, `scissorSpacing` and `scissorAngle`, with the height from `scaffold.height` or spec.parameters.scaffoldHeight.",
            references: [RuleReference(document: "JGJ 130-2011", edition: "2011", clause: "6.6")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {scaffoldType: ground-standing, scaffoldHeight: 52 m}
                  design: {scaffold: {scissorBracing: continuous, scissorAngle: 50}}
                """),
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b1-scaffold
                  items: []
                  measurements: {scaffold: {height: 18 m, scissorBracing: ends-and-intervals, scissorSpacing: 12 m}}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {scaffoldType: ground-standing, scaffoldHeight: 30 m}
                  design: {scaffold: {scissorBracing: 间隔设置, scissorSpacing: 18 m, scissorAngle: 65}}
                """, findings: 2, paths: ["spec.design.scaffold.scissorBracing", "spec.design.scaffold.scissorAngle"], messages: ["30 m", "65°"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b1-scaffold
                  items: []
                  measurements: {scaffold: {height: 18 m, scissorBracing: ends-and-intervals, scissorSpacing: 18 m}}
                """, findings: 1, paths: ["spec.measurements.scaffold.scissorSpacing"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b1-scaffold
                  items: []
                  measurements: {scaffold: {height: 12 m, scissorBracing: none}}
                """, findings: 1, paths: ["spec.measurements.scaffold.scissorBracing"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("scaffold") else { return [] }
        let settings = CheckerOptions(options)
        let continuousFrom = settings.quantity("continuousFrom", in: .metre, default: 24)
        let maxSpacing = settings.quantity("maxSpacing", in: .metre, default: 15)
        var findings: [CheckerFinding] = []
        if let bracing = data.value["scissorBracing"]?.stringValue {
            let height = record.scaffoldHeight(data.value)
            if bracing == "none" {
                findings.append(CheckerFinding(message: "脚手架未设置剪刀撑", path: "\(data.path).scissorBracing"))
            } else if let height, height >= continuousFrom, bracing != "continuous" {
                findings.append(CheckerFinding(
                    message: "搭设高度 \(height.tidy) m 的脚手架应在外侧全立面连续设置剪刀撑（\(continuousFrom.tidy) m 及以上）",
                    path: "\(data.path).scissorBracing"))
            } else if bracing == "ends-and-intervals", let spacing = data.value["scissorSpacing"]?.amount(in: .metre), spacing > maxSpacing {
                findings.append(CheckerFinding(message: "剪刀撑净距 \(spacing.tidy) m，不应大于 \(maxSpacing.tidy) m",
                                               path: "\(data.path).scissorSpacing"))
            }
        }
        if let angle = data.value["scissorAngle"]?.numberValue, !(45...60).contains(angle) {
            findings.append(CheckerFinding(message: "剪刀撑斜杆与地面倾角 \(angle.tidy)°，应在 45°～60° 之间", path: "\(data.path).scissorAngle"))
        }
        return findings
    }
}
