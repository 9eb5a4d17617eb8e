public import PlumbCore

/// 养护时间: Portland, ordinary Portland and slag cement ≥ 7 d; retarding admixture, large mineral admixture,
/// impermeable, C60 and above, and post-cast strips ≥ 14 d (GB 50666-2011 8.5.2).
public struct CuringChecker: Checker {
    public let id = "concrete.curing"
    public let disciplines = ["concrete"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Curing lasts at least 7 days, or 14 days for retarded, high-mineral, impermeable, ≥ C60 or post-cast-strip concrete",
            details: """
            Reads `concrete.curing[]`. A strength class with an impermeability grade (C35P8) counts as impermeable. For \
            other cements with none of the 14-day conditions GB 50666 leaves the time to the cement's properties, so \
            nothing is reported.
            """,
            references: [RuleReference(document: "GB 50666-2011", edition: "2011", clause: "8.5.2")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design:
                    concrete:
                      curing:
                        - {element: 中板, cement: ordinary-portland, strengthClass: C35, days: 7 d}
                        - {element: 底板, cement: 普通硅酸盐水泥, strengthClass: C35P8, days: 14 d}
                        - {element: 后浇带, postCastStrip: true, days: 14 d}
                """),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  design:
                    concrete:
                      curing:
                        - {element: 中板, cement: slag, days: 5 d}
                        - {element: 侧墙, cement: ordinary-portland, strengthClass: C35P10, days: 7 d}
                        - {element: 转换梁, cement: ordinary-portland, strengthClass: C60, days: 10 d}
                        - {element: 顶板, cement: portland, retarding: true, days: 168 h}
                """, findings: 4, paths: ["spec.design.concrete.curing[0].days", "spec.design.concrete.curing[1].days",
                                          "spec.design.concrete.curing[2].days", "spec.design.concrete.curing[3].days"],
                      messages: ["抗渗", "C60", "缓凝", "5 d"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("concrete") else { return [] }
        var findings: [CheckerFinding] = []
        for (entry, path) in data.value.items(at: "curing", base: data.path) {
            guard let seconds = entry["days"]?.amount(in: .second) else { continue }
            let days = seconds / 86_400
            let element = entry["element"]?.stringValue ?? "混凝土"
            guard let (required, reason) = Self.requirement(entry) else { continue }
            if days < required {
                findings.append(CheckerFinding(message: "\(element)养护 \(days.tidy) d，\(reason)应不少于 \(required.tidy) d", path: "\(path).days"))
            }
        }
        return findings
    }

    /// The least curing days for an entry and why, or nil when GB 50666 sets no number for it.
    static func requirement(_ entry: Value) -> (days: Double, reason: String)? {
        let strengthClass = entry["strengthClass"]?.stringValue?.uppercased() ?? ""
        let grade = Double(strengthClass.dropFirst().prefix { $0.isNumber }) ?? 0
        if entry["postCastStrip"]?.boolValue == true { return (14, "后浇带") }
        if entry["impermeable"]?.boolValue == true || strengthClass.contains("P") { return (14, "抗渗混凝土") }
        if strengthClass.hasPrefix("C"), grade >= 60 { return (14, "强度等级 \(strengthClass)（C60 及以上）") }
        if entry["retarding"]?.boolValue == true { return (14, "掺缓凝型外加剂的混凝土") }
        if entry["mineralAdmixture"]?.boolValue == true { return (14, "大掺量矿物掺合料混凝土") }
        switch entry["cement"]?.stringValue {
        case "portland", "ordinary-portland", "slag": return (7, "硅酸盐水泥、普通硅酸盐水泥或矿渣硅酸盐水泥配制的混凝土")
        default: return nil
        }
    }
}
