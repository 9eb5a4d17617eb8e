public import PlumbCore

/// 基坑监测: a deep pit's plan must provide third-party monitoring of the required items at a sufficient
/// frequency (建质规〔2024〕5号 第五条; items and frequency per GB 50497, configurable).
public struct MonitoringChecker: Checker {
    public let id = "excavation.monitoring"
    public let disciplines = ["excavation"]
    public let kinds: [RecordKind] = [.methodStatement]

    /// Items every deep-pit plan monitors by default; an item is present when some written item contains its text.
    public static let defaultItems = ["水平位移", "竖向位移", "地下水位"]

    public init() {}

    public var optionsSchema: ObjectSchema {
        ObjectSchema([
            .init("deepPitDepth", .quantity(.metre), "Depth from which a pit is deep (default 5 m, 超危大 threshold)"),
            .init("requiredItems", .list(.string), "Texts that must each appear in some monitored item (default 水平位移, 竖向位移, 地下水位)"),
            .init("minimumPerDay", .number, "Least readings a day during excavation (default 1)"),
        ])
    }

    public var description: CheckerDescription {
        CheckerDescription(
            summary: "A deep pit's plan has third-party monitoring of the required items, at least the minimum frequency",
            details: """
            Applies when spec.parameters.excavationDepth (or spec.design.excavation.depth) is at least `deepPitDepth`. \
            Frequencies are read from texts such as 1/d, 2/d, 1/2d, 1次/天, 每天2次, 每2天1次.
            """,
            references: [RuleReference(document: "建质规〔2024〕5号", edition: "2024", clause: "第五条"),
                         RuleReference(document: "GB 50497-2019", edition: "2019")],
            examples: [
                .pass("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {excavationDepth: 6.5 m}
                  monitoring: {thirdParty: true, items: [围护桩顶水平位移, 围护桩顶竖向位移, 地下水位, 支撑轴力], frequency: 每天2次}
                """),
                .pass("""
                kind: MethodStatement
                spec: {category: special-plan, parameters: {excavationDepth: 4 m}}
                """, note: "a pit under 5 m is not deep"),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {excavationDepth: 6.5 m}
                  monitoring: {thirdParty: false, items: [围护桩顶水平位移], frequency: 1/2d}
                """, findings: 4, paths: ["spec.monitoring.thirdParty", "spec.monitoring.items", "spec.monitoring.frequency"],
                      messages: ["竖向位移", "地下水位", "0.5"]),
                .fail("""
                kind: MethodStatement
                spec: {category: special-plan, parameters: {excavationDepth: 8 m}}
                """, findings: 1, paths: ["spec.monitoring"]),
                .fail("""
                kind: MethodStatement
                spec:
                  category: special-plan
                  parameters: {excavationDepth: 6 m}
                  monitoring: {thirdParty: true, items: [水平位移, 竖向位移, 地下水位], frequency: 视情况}
                """, options: "requiredItems: [水平位移]", findings: 1, messages: ["视情况"]),
            ]
        )
    }

    public func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
        let settings = CheckerOptions(options)
        let threshold = settings.quantity("deepPitDepth", in: .metre, default: 5)
        guard let depth = record.value.value(at: "spec.parameters.excavationDepth")?.amount(in: .metre)
                ?? record.value.value(at: "spec.design.excavation.depth")?.amount(in: .metre),
              depth >= threshold
        else { return [] }
        guard let monitoring = record.value.value(at: "spec.monitoring"), !monitoring.isNull else {
            return [CheckerFinding(message: "开挖深度 \(depth.tidy) m 的深基坑方案未写明监测（第三方监测、监测项目与频率）", path: "spec.monitoring")]
        }
        var findings: [CheckerFinding] = []
        if monitoring["thirdParty"]?.boolValue != true {
            findings.append(CheckerFinding(message: "开挖深度 \(depth.tidy) m 的深基坑未委托第三方监测", path: "spec.monitoring.thirdParty"))
        }
        let items = monitoring["items"]?.listValue?.compactMap(\.stringValue) ?? []
        for required in settings.strings("requiredItems", default: Self.defaultItems) where !items.contains(where: { $0.contains(required) }) {
            findings.append(CheckerFinding(message: "监测项目缺少“\(required)”", path: "spec.monitoring.items"))
        }
        let minimum = settings.number("minimumPerDay", default: 1)
        if let text = monitoring["frequency"]?.stringValue {
            if let perDay = MonitoringFrequency.readingsPerDay(text) {
                if perDay < minimum {
                    findings.append(CheckerFinding(message: "监测频率 \(text)（每天 \(perDay.tidy) 次）低于开挖期间每天 \(minimum.tidy) 次",
                                                   path: "spec.monitoring.frequency"))
                }
            } else {
                findings.append(CheckerFinding(message: "监测频率“\(text)”无法识别；请写作 1/d、2/d、1/2d 或 每天1次", path: "spec.monitoring.frequency"))
            }
        } else {
            findings.append(CheckerFinding(message: "未写明监测频率", path: "spec.monitoring.frequency"))
        }
        return findings
    }
}
