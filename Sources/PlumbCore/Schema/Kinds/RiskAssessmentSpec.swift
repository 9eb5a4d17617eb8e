/// RiskAssessment (风险辨识与评价) `spec`.
public extension ObjectSchema {
    static let riskAssessmentSpec = ObjectSchema([
        .init("method", .enumeration(.riskMethod), required: true, "LEC or LS"),
        .init("risks", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Risk id, e.g. R-07"),
            .init("hazard", .string, "Hazard (危险源)"),
            .init("activity", .string, "Activity (作业活动)"),
            .init("L", .number, "Likelihood (可能性)"),
            .init("E", .number, "Exposure, LEC only (暴露频率)"),
            .init("C", .number, "Consequence, LEC only (后果)"),
            .init("S", .number, "Severity, LS only (严重程度)"),
            .init("level", .enumeration(.riskLevel), "重大 / 较大 / 一般 / 低"),
            .init("controlLevel", .enumeration(.controlLevel), "公司 / 项目部 / 班组 / 岗位"),
            .init("measures", .list(.string), "Control measures (管控措施)"),
            .init("owner", .string, "Responsible person (责任人)"),
        ]))), required: true, "Identified risks"),
    ])
}
