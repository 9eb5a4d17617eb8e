public import PlumbCore

/// 标准养护试件取样: at least once per 100 batches and per 100 m³; once per shift; for a continuous pour
/// over 1000 m³ once per 200 m³; once per floor (GB 50204-2015 7.4.1).
public struct SpecimenSamplingChecker: Checker {
    public let id = "concrete.specimen-sampling"
    public let disciplines = ["concrete"]
    public let kinds: [RecordKind] = [.inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Strength specimens sampled per 100 batches / 100 m³ (200 m³ over 1000 m³ continuous), per shift and per floor",
            details: """
            Reads `concrete.pours[]` of spec.measurements: volume (m³), batches, shifts, floors, continuous (default true) \
            and specimens (samplings taken). The least number of samplings is the largest of the counts each clause asks for.
            """,
            references: [RuleReference(document: "GB 50204-2015", edition: "2015", clause: "7.4.1")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: concrete-pour
                  items: []
                  measurements:
                    concrete:
                      pours:
                        - {element: 中板, volume: 420, batches: 180, shifts: 2, floors: 1, specimens: 5}
                        - {element: 底板, volume: 1600, shifts: 3, specimens: 8}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: concrete-pour
                  items: []
                  measurements:
                    concrete:
                      pours:
                        - {element: 中板, volume: 420, batches: 180, specimens: 4}
                        - {element: 底板, volume: 1600, shifts: 3, specimens: 7}
                        - {element: 构造柱, volume: 12, floors: 3, specimens: 1}
                """, findings: 3, paths: ["spec.measurements.concrete.pours[0].specimens", "spec.measurements.concrete.pours[1].specimens",
                                          "spec.measurements.concrete.pours[2].specimens"],
                      messages: ["至少 5 次", "至少 8 次", "至少 3 次"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("concrete") else { return [] }
        var findings: [CheckerFinding] = []
        for (pour, path) in data.value.items(at: "pours", base: data.path) {
            guard let taken = pour["specimens"]?.numberValue else { continue }
            let (required, reason) = Self.requiredSamplings(pour)
            if taken < Double(required) {
                let element = pour["element"]?.stringValue ?? "本次浇筑"
                findings.append(CheckerFinding(message: "\(element)标准养护试件取样 \(taken.tidy) 次，按\(reason)应至少 \(required) 次",
                                               path: "\(path).specimens"))
            }
        }
        return findings
    }

    /// The least samplings for a pour, and the clause that asks for the most.
    static func requiredSamplings(_ pour: Value) -> (count: Int, reason: String) {
        var best = (count: 1, reason: "每次浇筑")
        func consider(_ count: Int, _ reason: String) { if count > best.count { best = (count, reason) } }
        let volume = pour["volume"]?.numberValue ?? 0
        let continuous = pour["continuous"]?.boolValue ?? true
        if continuous, volume > 1000 {
            consider(Int((volume / 200).rounded(.up)), "一次连续浇筑超过 1000 m³ 时每 200 m³ 一次（\(volume.tidy) m³）")
        } else {
            consider(Int((volume / 100).rounded(.up)), "每 100 m³ 一次（\(volume.tidy) m³）")
            if let batches = pour["batches"]?.numberValue {
                consider(Int((batches / 100).rounded(.up)), "每拌制 100 盘一次（\(batches.tidy) 盘）")
            }
        }
        if let shifts = pour["shifts"]?.numberValue { consider(Int(shifts), "每工作班一次（\(shifts.tidy) 个工作班）") }
        if let floors = pour["floors"]?.numberValue { consider(Int(floors), "每一楼层一次（\(floors.tidy) 层）") }
        return best
    }
}
