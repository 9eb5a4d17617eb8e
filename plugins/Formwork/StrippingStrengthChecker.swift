public import PlumbCore

/// 底模拆除时的混凝土强度: the strength reached (or specified) before bottom formwork is stripped, by member
/// and span (GB 50666-2011 表 4.5.2).
public struct StrippingStrengthChecker: Checker {
    public let id = "formwork.stripping-strength"
    public let disciplines = ["formwork", "concrete"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Bottom formwork is stripped only at the concrete strength GB 50666 4.5.2 requires for the member and span",
            details: """
            Slabs: span ≤ 2 m 50 %, 2–8 m 75 %, > 8 m 100 %; beams, arches, shells: ≤ 8 m 75 %, > 8 m 100 %; cantilevers 100 % \
            of the design strength. Reads `formwork.stripping[]` (member, span, strength). A slab, beam, arch or shell without \
            a span is reported, since the requirement depends on it.
            """,
            references: [RuleReference(document: "GB 50666-2011", edition: "2011", clause: "4.5.2"),
                         RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第六条")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design:
                    formwork:
                      stripping:
                        - {member: 板, span: 2 m, strength: 50%}
                        - {member: slab, span: 6 m, strength: 75%}
                        - {member: beam, span: 9 m, strength: 100%}
                        - {member: cantilever, strength: 100%}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design:
                    formwork:
                      stripping:
                        - {element: 站厅层中板, member: slab, span: 9 m, strength: 75%}
                        - {member: 梁, span: 6 m, strength: 70%}
                        - {member: cantilever, span: 1.5 m, strength: 90%}
                        - {member: slab, strength: 80%}
                """, findings: 4, paths: ["spec.design.formwork.stripping[0].strength", "spec.design.formwork.stripping[1].strength",
                                          "spec.design.formwork.stripping[2].strength", "spec.design.formwork.stripping[3].span"],
                      messages: ["站厅层中板", "100%", "75%"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("formwork") else { return [] }
        var findings: [CheckerFinding] = []
        for (entry, path) in data.value.items(at: "stripping", base: data.path) {
            guard let member = entry["member"]?.stringValue, let strength = entry["strength"]?.amount(in: .percent) else { continue }
            let span = entry["span"]?.amount(in: .metre)
            let name = entry["element"]?.stringValue ?? Self.chineseName(member)
            guard let required = Self.requiredStrength(member: member, span: span) else {
                findings.append(CheckerFinding(message: "\(name)未注明跨度，无法确定底模拆除所需强度", path: "\(path).span"))
                continue
            }
            if strength < required {
                let spanText = span.map { "跨度 \($0.tidy) m 的" } ?? ""
                findings.append(CheckerFinding(
                    message: "\(name)（\(spanText)\(Self.chineseName(member))）拆除底模时混凝土强度 \(strength.tidy)%，应达到设计强度的 \(required.tidy)%",
                    path: "\(path).strength"))
            }
        }
        return findings
    }

    /// Percent of the design strength required (GB 50666 表 4.5.2), or nil when the span is needed and missing.
    static func requiredStrength(member: String, span: Double?) -> Double? {
        switch member {
        case "cantilever": return 100
        case "slab":
            guard let span else { return nil }
            return span <= 2 ? 50 : (span <= 8 ? 75 : 100)
        default:
            guard let span else { return nil }
            return span <= 8 ? 75 : 100
        }
    }

    static func chineseName(_ member: String) -> String {
        ["slab": "板", "beam": "梁", "arch": "拱", "shell": "壳", "cantilever": "悬臂构件"][member] ?? member
    }
}
