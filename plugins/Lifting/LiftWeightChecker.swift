public import PlumbCore

/// 单件起吊重量: the lifts of a plan, their masses turned into weights at g = 9.8 m/s² (the one place in
/// Plumbline where mass becomes force), against the declared single-piece weight and the rated load.
public struct LiftWeightChecker: Checker {
    public let id = "lifting.lift-weight"
    public let disciplines = ["lifting"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    /// Standard gravity used to turn tonnes into kilonewtons: 1 t × 9.8 m/s² = 9.8 kN.
    public static let gravity = 9.8

    /// The weight of `tonnes` in kilonewtons.
    public static func weight(ofTonnes tonnes: Double) -> Double { tonnes * gravity }

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("hazardousWeight", .quantity(.kilonewton), "Single-piece weight from which a lift is 危大 and must be declared (default 10 kN)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Each lift within the rated load; a plan declares its heaviest piece's weight (t × 9.8 = kN)",
            details: """
            Reads `crane.lifts[]` (mass and rigging mass in t, rated load at the radius in t). The mass plus rigging must not \
            exceed the rated load. A plan's spec.parameters.liftWeight (kN) must not be less than its heaviest piece at \
            g = 9.8 m/s²; a plan whose heaviest piece reaches `hazardousWeight` must declare it, since 危大 classification reads it.
            """,
            references: [RuleReference(document: "建办质〔2018〕31号", edition: "2018", clause: "附件一 四"),
                         RuleReference(document: "GB 5144-2006", edition: "2006")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {liftWeight: 45 kN}
                  design: {crane: {lifts: [{item: 钢支撑, mass: 4.5 t, riggingMass: 0.2 t, ratedLoad: 5 t}]}}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {liftWeight: 45 kN}
                  design:
                    crane:
                      lifts:
                        - {item: 钢支撑, mass: 4.8 t, riggingMass: 0.3 t, ratedLoad: 5 t}
                """, findings: 2, paths: ["spec.design.crane.lifts[0].mass", "spec.parameters.liftWeight"],
                      messages: ["5.1 t", "47.04 kN"]),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design: {crane: {lifts: [{item: 预制梁, mass: 1200 kg}]}}
                """, findings: 1, paths: ["spec.parameters.liftWeight"], messages: ["11.76 kN"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("crane") else { return [] }
        var findings: [CheckerFinding] = []
        var heaviest: (item: String, tonnes: Double)?
        for (entry, path) in data.value.items(at: "lifts", base: data.path) {
            guard let mass = entry["mass"]?.amount(in: .tonne) else { continue }
            let item = entry["item"]?.stringValue ?? "吊物"
            if mass > heaviest?.tonnes ?? -1 { heaviest = (item, mass) }
            let total = mass + (entry["riggingMass"]?.amount(in: .tonne) ?? 0)
            if let rated = entry["ratedLoad"]?.amount(in: .tonne), total > rated {
                findings.append(CheckerFinding(
                    message: "\(item)吊重 \(Self.round(total).tidy) t（含吊索具）超过工作幅度额定起重量 \(rated.tidy) t",
                    path: "\(path).mass"))
            }
        }
        guard record.kind == .methodStatement, let heaviest else { return findings }
        let weight = Self.round(Self.weight(ofTonnes: heaviest.tonnes))
        let described = "\(heaviest.item) \(heaviest.tonnes.tidy) t × 9.8 m/s² = \(weight.tidy) kN"
        if let declared = record.value.value(at: "spec.parameters.liftWeight")?.amount(in: .kilonewton) {
            if weight > declared {
                findings.append(CheckerFinding(message: "方案申报单件起吊重量 \(declared.tidy) kN，小于吊装清单最重构件 \(described)",
                                               path: "spec.parameters.liftWeight"))
            }
        } else if weight >= CheckerOptions(options).quantity("hazardousWeight", in: .kilonewton, default: 10) {
            findings.append(CheckerFinding(message: "吊装清单最重构件 \(described)，属危大工程，应在 spec.parameters.liftWeight 申报单件起吊重量",
                                           path: "spec.parameters.liftWeight"))
        }
        return findings
    }

    private static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
