public import PlumbCore

/// 照明电压: tunnels, hot or dusty places ≤ 36 V; damp places or where live parts are easily touched ≤ 24 V;
/// conductive floors and metal vessels ≤ 12 V (JGJ 46 10.2.2; 建质规〔2024〕5号 第十条).
public struct LightingVoltageChecker: Checker {
    public let id = "electrical.lighting-voltage"
    public let disciplines = ["electrical"]
    public let kinds: [RecordKind] = [.methodStatement, .inspectionRecord]

    /// The highest supply voltage of lighting by environment, in volts; other environments have no limit here.
    public static let limits: [String: (volts: Double, place: String)] = [
        "tunnel": (36, "隧道、人防工程"), "hot": (36, "高温场所"), "dusty": (36, "有导电灰尘的场所"),
        "damp": (24, "潮湿场所"), "easily-touched": (24, "易触及带电体的场所"),
        "conductive": (12, "特别潮湿或导电良好的地面"), "metal-vessel": (12, "锅炉或金属容器内"),
    ]

    public init() {}

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "Lighting uses safety voltage by environment: 36 V, 24 V or 12 V",
            details: "Reads `electrical.lighting[]` (environment, voltage).",
            references: [RuleReference(document: "JGJ 46-2005", edition: "2005", clause: "10.2.2"),
                         RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第十条")],
            examples: [
                .pass("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements:
                    electrical:
                      lighting:
                        - {location: 站台层, environment: normal, voltage: 220 V}
                        - {location: 暗挖通道, environment: tunnel, voltage: 36 V}
                        - {location: 集水井, environment: metal-vessel, voltage: 12 V}
                """),
                .fail("""
                kind: InspectionRecord
                spec:
                  checklist: jgj59-b14-power
                  items: []
                  measurements:
                    electrical:
                      lighting:
                        - {location: 降水井旁, environment: 潮湿场所, voltage: 36 V}
                        - {location: 钢箱梁内, environment: metal-vessel, voltage: 24 V}
                """, findings: 2, paths: ["spec.measurements.electrical.lighting[0].voltage", "spec.measurements.electrical.lighting[1].voltage"],
                      messages: ["降水井旁", "24 V", "12 V"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        guard let data = record.siteData("electrical") else { return [] }
        var findings: [CheckerFinding] = []
        for (circuit, path) in data.value.items(at: "lighting", base: data.path) {
            guard let environment = circuit["environment"]?.stringValue, let limit = Self.limits[environment],
                  let voltage = circuit["voltage"]?.amount(in: .volt), voltage > limit.volts
            else { continue }
            let location = circuit["location"]?.stringValue.map { "\($0)（\(limit.place)）" } ?? limit.place
            findings.append(CheckerFinding(message: "\(location)照明电源电压 \(voltage.tidy) V，不应大于 \(limit.volts.tidy) V", path: "\(path).voltage"))
        }
        return findings
    }
}
