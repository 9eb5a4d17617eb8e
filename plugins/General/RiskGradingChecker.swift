public import PlumbCore

/// 风险分级: each risk's factors within the tables, its stated level the one its value falls in, and every
/// 重大 risk with named control measures and an owner (domain.md §3).
public struct RiskGradingChecker: Checker {
    public let id = "general.risk-grading"
    public let disciplines = ["general"]
    public let kinds: [RecordKind] = [.riskAssessment]

    public init() {}

    public var functions: [ExpressionFunction] { RiskFunctions.all }

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("lecBands", .list(.number), "Inclusive lower bounds of major, significant, general for D (default 320, 160, 70)"),
            .init("lsBands", .list(.number), "Inclusive lower bounds of major, significant, general for R (default 20, 10, 4; UNCONFIRMED)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Risk factors within the LEC/LS tables, stated levels matching the computed value, 重大 risks with measures and owner",
            details: """
            LEC: L ∈ {10, 6, 3, 1, 0.5, 0.2, 0.1}, E ∈ {10, 6, 3, 2, 1, 0.5}, C ∈ {100, 40, 15, 7, 3, 1}; D = L × E × C. LS: \
            L and S whole numbers 1–5, R = L × S. Bands are options (the LS bands conflict between sources).
            """,
            references: [RuleReference(document: "GB/T 13861-2022"), RuleReference(document: "双重预防机制 风险分级管控")],
            examples: [
                .pass("""
                kind: RiskAssessment
                spec:
                  method: LEC
                  risks:
                    - {id: R-01, L: 3, E: 6, C: 40, level: major, measures: [第三方监测], owner: 王志华}
                    - {id: R-02, L: 1, E: 3, C: 100, level: 较大}
                    - {id: R-05, L: 1, E: 6, C: 7, level: 低}
                """),
                .fail("""
                kind: RiskAssessment
                spec:
                  method: LEC
                  risks:
                    - {id: R-01, L: 3, E: 6, C: 40, level: significant, measures: [第三方监测], owner: 王志华}
                    - {id: R-02, L: 4, E: 3, C: 100, level: significant}
                    - {id: R-03, L: 6, E: 6, C: 15, level: major}
                """, findings: 4, paths: ["spec.risks[0].level", "spec.risks[1].L", "spec.risks[2].measures", "spec.risks[2].owner"],
                      messages: ["D = 3 × 6 × 40 = 720", "L = 4"]),
                .fail("""
                kind: RiskAssessment
                spec:
                  method: LS
                  risks:
                    - {id: R-01, L: 3, S: 3, level: general}
                    - {id: R-02, L: 2, S: 5, level: general}
                    - {id: R-03, L: 6, S: 1, level: low}
                """, findings: 2, paths: ["spec.risks[1].level", "spec.risks[2].L"]),
                .pass("""
                kind: RiskAssessment
                spec:
                  method: LS
                  risks: [{id: R-02, L: 2, S: 5, level: general}]
                """, options: "lsBands: [16, 12, 4]", note: "a company using other LS bands sets them"),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        let settings = CheckerOptions(options)
        let method = record.value.value(at: "spec.method")?.stringValue ?? "LEC"
        let bands = method == "LS" ? settings.numbers("lsBands", default: RiskMatrix.defaultLSBands)
                                   : settings.numbers("lecBands", default: RiskMatrix.defaultLECBands)
        var findings: [CheckerFinding] = []
        for (risk, path) in record.value.items(at: "spec.risks", base: "") {
            let name = risk["id"]?.stringValue ?? path
            var computed: (value: Double, formula: String)?
            let factors: [(name: String, table: [Double]?)] = method == "LS"
                ? [("L", nil), ("S", nil)]
                : [("L", RiskMatrix.likelihood), ("E", RiskMatrix.exposure), ("C", RiskMatrix.consequence)]
            var values: [Double] = []
            for (factor, table) in factors {
                guard let value = risk[factor]?.numberValue else { continue }
                if let table, !table.contains(value) {
                    findings.append(CheckerFinding(message: "风险 \(name)：\(factor) = \(value.tidy) 不在 LEC 取值表（\(table.map(\.tidy).joined(separator: "、"))）中",
                                                   path: "\(path).\(factor)"))
                } else if table == nil, !(1...5).contains(value) || value != value.rounded() {
                    findings.append(CheckerFinding(message: "风险 \(name)：\(factor) = \(value.tidy) 不是 1～5 的整数（LS 矩阵）", path: "\(path).\(factor)"))
                } else {
                    values.append(value)
                }
            }
            if values.count == factors.count {
                let product = values.reduce(1, *)
                let letters = method == "LS" ? "R" : "D"
                computed = (product, "\(letters) = \(values.map(\.tidy).joined(separator: " × "))")
            }
            let stated = risk["level"]?.stringValue
            var level = stated
            if let computed {
                let expected = try RiskMatrix.level(computed.value, bands: bands)
                level = expected
                if let stated, stated != expected {
                    findings.append(CheckerFinding(
                        message: "风险 \(name)：\(computed.formula) = \(computed.value.tidy)，属\(RiskMatrix.chineseName(expected))风险，记录为\(RiskMatrix.chineseName(stated))",
                        path: "\(path).level"))
                }
            }
            if level == "major" || stated == "major" {
                if (risk["measures"]?.listValue ?? []).isEmpty {
                    findings.append(CheckerFinding(message: "重大风险 \(name) 未列管控措施", path: "\(path).measures"))
                }
                if risk["owner"]?.stringValue?.isEmpty ?? true {
                    findings.append(CheckerFinding(message: "重大风险 \(name) 未明确责任人", path: "\(path).owner"))
                }
            }
        }
        return findings
    }
}
