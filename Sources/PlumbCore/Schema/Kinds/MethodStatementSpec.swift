/// MethodStatement (专项施工方案) `spec`.
public extension ObjectSchema {
    static let methodStatementSpec = ObjectSchema([
        .init("category", .enumeration(.planCategory), required: true, "专项施工方案 / 施工组织设计 / 技术交底"),
        .init("parameters", .object(methodStatementParameters), "The numbers that decide 危大 / 超危大"),
        .init("sections", .list(.object(ObjectSchema([
            .init("title", .string, required: true, "Chapter title (章节标题)"),
            .init("content", .string, "Chapter text"),
        ]))), "Chapters in document order"),
        .init("attachments", .list(.object(ObjectSchema([
            .init("type", .enumeration(.attachmentType), required: true, "计算书 / 图纸 / 报告 ..."),
            .init("title", .string, "Attachment title"),
            .init("file", .string, "Path of the attached file"),
        ]))), "Calculations, drawings, reports"),
        .init("monitoring", .object(ObjectSchema([
            .init("thirdParty", .boolean, "Third-party monitoring (第三方监测)"),
            .init("items", .list(.string), "Monitored items (监测项目)"),
            .init("frequency", .string, "How often, e.g. 1/d"),
        ])), "Monitoring (监测)"),
        .init("approvals", .list(.object(ObjectSchema([
            .init("role", .enumeration(.approvalRole), required: true, "Who signs"),
            .init("name", .string, "Signer's name"),
            .init("date", .date, "Date signed"),
            .init("sealed", .boolean, "Seal applied (盖章)"),
        ]))), "Signatures (审批签字)"),
        .init("expertReview", .object(ObjectSchema([
            .init("date", .date, "Date of the expert panel (专家论证会)"),
            .init("conclusion", .enumeration(.expertConclusion), "通过 / 修改后通过 / 不通过"),
            .init("experts", .list(.object(ObjectSchema([
                .init("name", .string, required: true, "Expert's name"),
                .init("title", .string, "Professional title (职称)"),
                .init("years", .integer, "Years in the field (从业年限)"),
                .init("conflictOfInterest", .boolean, "Has a conflict of interest with the project (利害关系)"),
            ]))), "Panel members"),
            .init("revisedAt", .date, "When revised after pass-with-revisions"),
        ])), "Expert review (专家论证), required for 超危大"),
        .init("optimization", .object(ObjectSchema([
            .init("baselineCost", .number, "Cost before optimisation, CNY"),
            .init("optimizedCost", .number, "Cost after optimisation, CNY"),
        ])), "Plan optimisation (方案优化), feeds the saving-rate KPI"),
        .init("design", .object(.siteData), "Discipline design data the discipline checkers read (设计参数)"),
    ])

    /// `spec.parameters` of a MethodStatement, each in its canonical unit.
    static let methodStatementParameters = ObjectSchema([
        .init("excavationDepth", .quantity(.metre), "Excavation depth (开挖深度), m"),
        .init("formworkHeight", .quantity(.metre), "Formwork support height (搭设高度), m"),
        .init("formworkSpan", .quantity(.metre), "Formwork span (搭设跨度), m"),
        .init("formworkTotalLoad", .quantity(.kilonewtonPerSquareMetre), "Total construction load, design value (施工总荷载), kN/m²"),
        .init("formworkLineLoad", .quantity(.kilonewtonPerMetre), "Concentrated line load (集中线荷载), kN/m"),
        .init("pointLoad", .quantity(.kilonewton), "Single-point load of a load-bearing support (单点集中荷载), kN"),
        .init("liftWeight", .quantity(.kilonewton), "Single-piece weight of a non-standard lift (单件起吊重量), kN"),
        .init("craneCapacity", .quantity(.kilonewton), "Rated capacity for erection/dismantling (额定起重量), kN"),
        .init("craneHeight", .quantity(.metre), "Crane total height (搭设总高度), m"),
        .init("scaffoldType", .enumeration(.scaffoldType), "落地式 / 附着式升降 / 悬挑式 / 吊篮 / other"),
        .init("scaffoldHeight", .quantity(.metre), "Scaffold height; for cantilevered, segment height, m"),
        .init("liftingHeight", .quantity(.metre), "Lift height of an attached lifting scaffold (提升高度), m"),
        .init("curtainWallHeight", .quantity(.metre), "Curtain wall height (幕墙高度), m"),
        .init("steelSpan", .quantity(.metre), "Steel structure span (跨度), m"),
        .init("pileDepth", .quantity(.metre), "Manual-dug pile depth (开挖深度), m"),
        .init("complexConditions", .boolean, "Complex geology, surroundings or pipelines near the pit"),
    ])
}
