public import PlumbCore

/// 连墙件间距: at most 3 steps × 3 bays (≤ 40 m²); above 50 m at most 2 steps × 3 bays (≤ 27 m²)
/// (JGJ 130 表 6.4.2 — UNCONFIRMED, so every limit is an option).
public struct WallTieChecker: Checker {
    public let id = "scaffolding.wall-ties"
    public let disciplines = ["scaffolding"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("maxSteps", .integer, "Most steps between ties vertically (default 3; UNCONFIRMED)"),
            .init("maxBays", .integer, "Most bays between ties horizontally (default 3; UNCONFIRMED)"),
            .init("maxArea", .number, "Most façade area per tie, m² (default 40; UNCONFIRMED)"),
            .init("tallFrom", .quantity(.metre), "Height above which the tall limits apply (default 50 m)"),
            .init("tallMaxSteps", .integer, "Most steps between ties on a tall scaffold (default 2; UNCONFIRMED)"),
            .init("tallMaxBays", .integer, "Most bays between ties on a tall scaffold (default 3; UNCONFIRMED)"),
            .init("tallMaxArea", .number, "Most façade area per tie on a tall scaffold, m² (default 27; UNCONFIRMED)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Wall ties at most 3 steps × 3 bays (40 m²), above 50 m at most 2 steps × 3 bays (27 m²)",
            details: """
            Reads `scaffold.tieSteps`, `tieBays`, and when given `stepHeight` and `bayLength` (for the area per tie), with \
            the height from `scaffold.height` or spec.parameters.scaffoldHeight. The limits come from secondary sources \
            (domain.md marks them UNCONFIRMED): each is an option with the default shown.
            """,
            references: [RuleReference(document: "JGJ 130-2011", edition: "2011", clause: "表 6.4.2")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {scaffoldType: ground-standing, scaffoldHeight: 52 m}
                  design: {scaffold: {tieSteps: 2, tieBays: 3, stepHeight: 1.8 m, bayLength: 1.5 m}}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {scaffoldType: ground-standing, scaffoldHeight: 52 m}
                  design: {scaffold: {tieSteps: 3, tieBays: 3, stepHeight: 1.8 m, bayLength: 1.8 m}}
                """, findings: 2, paths: ["spec.design.scaffold.tieSteps"], messages: ["2 步", "29.16 m²", "27 m²"]),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b1-scaffold
                  items: []
                  measurements: {scaffold: {height: 30 m, tieSteps: 3, tieBays: 4}}
                """, findings: 1, paths: ["spec.measurements.scaffold.tieBays"]),
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b1-scaffold
                  items: []
                  measurements: {scaffold: {height: 30 m, tieSteps: 3, tieBays: 4}}
                """, options: "maxBays: 4\nmaxArea: 50", note: "a project that adopts other limits sets them as options"),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("scaffold"), let steps = data.value["tieSteps"]?.numberValue,
              let bays = data.value["tieBays"]?.numberValue
        else { return [] }
        let settings = CheckerOptions(options)
        let height = record.scaffoldHeight(data.value)
        let tall = height.map { $0 > settings.quantity("tallFrom", in: .metre, default: 50) } ?? false
        let maxSteps = Double(tall ? settings.integer("tallMaxSteps", default: 2) : settings.integer("maxSteps", default: 3))
        let maxBays = Double(tall ? settings.integer("tallMaxBays", default: 3) : settings.integer("maxBays", default: 3))
        let maxArea = tall ? settings.number("tallMaxArea", default: 27) : settings.number("maxArea", default: 40)
        let context = tall ? "搭设高度 \(height!.tidy) m（超过 \(settings.quantity("tallFrom", in: .metre, default: 50).tidy) m）" : "脚手架"
        var findings: [CheckerFinding] = []
        if steps > maxSteps {
            findings.append(CheckerFinding(message: "\(context)连墙件竖向间距 \(steps.tidy) 步，不应大于 \(maxSteps.tidy) 步", path: "\(data.path).tieSteps"))
        }
        if bays > maxBays {
            findings.append(CheckerFinding(message: "\(context)连墙件水平间距 \(bays.tidy) 跨，不应大于 \(maxBays.tidy) 跨", path: "\(data.path).tieBays"))
        }
        if let step = data.value["stepHeight"]?.amount(in: .metre), let bay = data.value["bayLength"]?.amount(in: .metre) {
            let area = (steps * step * bays * bay * 100).rounded() / 100
            if area > maxArea {
                findings.append(CheckerFinding(
                    message: "每根连墙件覆盖面积 \(area.tidy) m²（\(steps.tidy) 步 × \(step.tidy) m × \(bays.tidy) 跨 × \(bay.tidy) m）超过 \(maxArea.tidy) m²",
                    path: "\(data.path).tieSteps"))
            }
        }
        return findings
    }
}
