public import PlumbCore

/// 漏电保护器参数: switch boxes ≤ 30 mA and ≤ 0.1 s, in damp or corrosive places ≤ 15 mA and ≤ 0.1 s
/// (JGJ 46 8.2.10); the main box > 30 mA and > 0.1 s with I·t ≤ 30 mA·s (JGJ 46 8.2.11).
public struct ResidualCurrentChecker: Checker {
    public let id = "electrical.rcd"
    public let disciplines = ["electrical"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "RCD ratings by location: switch boxes ≤ 30 mA/0.1 s (damp ≤ 15 mA/0.1 s); main box > 30 mA, > 0.1 s, I·t ≤ 30 mA·s",
            details: """
            Reads `electrical.switchBoxes[]` (environment, rcdCurrent, rcdTime) and `electrical.mainBox`. A switch box listed \
            without an RCD rating is reported: every switch box needs one (一机一闸一漏一箱).
            """,
            references: [RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "8.2.10"),
                         RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "8.2.11")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements:
                    electrical:
                      mainBox: {rcdCurrent: 100 mA, rcdTime: 0.2 s}
                      switchBoxes:
                        - {id: K-01, rcdCurrent: 30 mA, rcdTime: 0.1 s}
                        - {id: K-07, environment: 潮湿, rcdCurrent: 15 mA, rcdTime: 0.1 s}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements:
                    electrical:
                      mainBox: {rcdCurrent: 300 mA, rcdTime: 0.2 s}
                      switchBoxes:
                        - {id: K-01, rcdCurrent: 50 mA, rcdTime: 0.1 s}
                        - {id: K-07, environment: damp, rcdCurrent: 30 mA, rcdTime: 100 ms}
                        - {id: K-09, rcdCurrent: 30 mA, rcdTime: 0.2 s}
                        - {id: K-12}
                """, findings: 5, paths: ["spec.measurements.electrical.mainBox", "spec.measurements.electrical.switchBoxes[0].rcdCurrent",
                                          "spec.measurements.electrical.switchBoxes[1].rcdCurrent", "spec.measurements.electrical.switchBoxes[2].rcdTime",
                                          "spec.measurements.electrical.switchBoxes[3]"],
                      messages: ["60 mA·s", "K-07", "15 mA"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("electrical") else { return [] }
        var findings: [CheckerFinding] = []
        for (box, path) in data.value.items(at: "switchBoxes", base: data.path) {
            let name = box["id"]?.stringValue.map { "开关箱 \($0)" } ?? "开关箱"
            let environment = box["environment"]?.stringValue ?? "normal"
            let harsh = environment == "damp" || environment == "corrosive"
            let maxCurrent = harsh ? 15.0 : 30.0
            let place = harsh ? (environment == "damp" ? "潮湿场所" : "有腐蚀介质场所") : "一般场所"
            guard let current = box["rcdCurrent"]?.amount(in: .milliampere) else {
                findings.append(CheckerFinding(message: "\(name)未注明漏电保护器额定漏电动作电流；每个开关箱均应装设漏电保护器", path: path))
                continue
            }
            if current > maxCurrent {
                findings.append(CheckerFinding(message: "\(name)（\(place)）漏电保护器额定漏电动作电流 \(current.tidy) mA，不应大于 \(maxCurrent.tidy) mA",
                                               path: "\(path).rcdCurrent"))
            }
            if let time = box["rcdTime"]?.amount(in: .second), time > 0.1 {
                findings.append(CheckerFinding(message: "\(name)漏电保护器额定漏电动作时间 \(time.tidy) s，不应大于 0.1 s", path: "\(path).rcdTime"))
            }
        }
        if let main = data.value["mainBox"], let current = main["rcdCurrent"]?.amount(in: .milliampere),
           let time = main["rcdTime"]?.amount(in: .second) {
            let path = "\(data.path).mainBox"
            if current <= 30 || time <= 0.1 {
                findings.append(CheckerFinding(
                    message: "总配电箱漏电保护器 \(current.tidy) mA / \(time.tidy) s：额定漏电动作电流应大于 30 mA、动作时间应大于 0.1 s（与开关箱形成分级保护）",
                    path: path))
            } else if current * time > 30 + 1e-9 {
                findings.append(CheckerFinding(
                    message: "总配电箱漏电保护器 \(current.tidy) mA × \(time.tidy) s = \((current * time).tidy) mA·s，不应大于 30 mA·s", path: path))
            }
        }
        return findings
    }
}
