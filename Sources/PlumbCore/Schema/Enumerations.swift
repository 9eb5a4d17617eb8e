/// The enumerations of the record format (spec/records.md), with their Chinese terms.
public extension EnumerationDomain {
    /// 专业 — `metadata.discipline`; each is served by a discipline checker.
    static let discipline = EnumerationDomain("Discipline", [
        .init("excavation", "基坑", "基坑工程", "土方开挖"),
        .init("formwork", "模板", "模板工程", "模板支架", "模板及支撑体系"),
        .init("lifting", "起重吊装", "起重机械", "吊装"),
        .init("scaffolding", "脚手架", "脚手架工程"),
        .init("electrical", "施工用电", "临时用电", "电气"),
        .init("work-at-height", "高处作业"),
        .init("demolition", "拆除", "拆除工程"),
        .init("tunnelling", "暗挖", "暗挖工程", "隧道"),
        .init("curtain-wall", "幕墙", "幕墙安装"),
        .init("steel-structure", "钢结构", "钢结构安装"),
        .init("manual-pile", "人工挖孔桩"),
        .init("concrete", "混凝土", "混凝土工程"),
        .init("confined-space", "有限空间"),
        .init("general", "综合", "通用"),
    ])

    /// 方案类别 — MethodStatement `spec.category`.
    static let planCategory = EnumerationDomain("PlanCategory", [
        .init("special-plan", "专项施工方案", "专项方案"),
        .init("construction-organisation", "施工组织设计"),
        .init("technical-disclosure", "技术交底"),
    ])

    /// 脚手架类型 — `spec.parameters.scaffoldType`.
    static let scaffoldType = EnumerationDomain("ScaffoldType", [
        .init("ground-standing", "落地式"),
        .init("attached-lifting", "附着式升降"),
        .init("cantilevered", "悬挑式"),
        .init("suspended-platform", "吊篮", "高处作业吊篮"),
        .init("other", "其他"),
    ])

    /// 附件类型 — `spec.attachments[].type`.
    static let attachmentType = EnumerationDomain("AttachmentType", [
        .init("calculation", "计算书"),
        .init("drawing", "图纸", "施工图", "图"),
        .init("report", "报告"),
        .init("photo", "照片"),
        .init("other", "其他"),
    ])

    /// 签字角色 — `spec.approvals[].role`.
    static let approvalRole = EnumerationDomain("ApprovalRole", [
        .init("contractor-technical-lead", "施工单位技术负责人"),
        .init("chief-supervising-engineer", "总监理工程师"),
        .init("subcontractor-technical-lead", "分包单位技术负责人"),
        .init("project-technical-lead", "项目技术负责人"),
        .init("project-manager", "项目经理"),
        .init("supervising-engineer", "专业监理工程师"),
        .init("owner-representative", "建设单位项目负责人"),
    ])

    /// 专家论证结论 — `spec.expertReview.conclusion`.
    static let expertConclusion = EnumerationDomain("ExpertConclusion", [
        .init("pass", "通过"),
        .init("pass-with-revisions", "修改后通过"),
        .init("fail", "不通过"),
    ])

    /// 检查项类别 — Checklist `items[].group`.
    static let checklistGroup = EnumerationDomain("ChecklistItemGroup", [
        .init("guarantee", "保证项目", "保证项"),
        .init("general", "一般项目", "一般项"),
    ])

    /// 检查结果 — InspectionRecord `items[].result`.
    static let itemResult = EnumerationDomain("ItemResult", [
        .init("pass", "合格"),
        .init("fail", "不合格"),
        .init("na", "不适用", "n/a"),
    ])

    /// 复查结论 — HazardTicket `verification.result`.
    static let verificationResult = EnumerationDomain("VerificationResult", [
        .init("pass", "合格", "通过"),
        .init("fail", "不合格", "不通过"),
    ])

    /// 隐患等级 — HazardTicket `level`, Checklist `onFail.hazardLevel`.
    static let hazardLevel = EnumerationDomain("HazardLevel", [
        .init("general", "一般", "一般隐患"),
        .init("major", "重大", "重大隐患", "重大事故隐患"),
    ])

    /// 整改状态 — HazardTicket `status`.
    static let ticketStatus = EnumerationDomain("TicketStatus", [
        .init("open", "待整改"),
        .init("rectifying", "整改中"),
        .init("rectified", "已整改"),
        .init("verified", "已复查"),
        .init("closed", "已销号"),
    ])

    /// 评价方法 — RiskAssessment `method`.
    static let riskMethod = EnumerationDomain("RiskMethod", [
        .init("LEC", "作业条件危险性分析法"),
        .init("LS", "风险矩阵法"),
    ])

    /// 风险等级 — RiskAssessment `risks[].level`.
    static let riskLevel = EnumerationDomain("RiskLevel", [
        .init("major", "重大", "重大风险"),
        .init("significant", "较大", "较大风险"),
        .init("general", "一般", "一般风险"),
        .init("low", "低", "低风险"),
    ])

    /// 管控层级 — RiskAssessment `risks[].controlLevel`.
    static let controlLevel = EnumerationDomain("ControlLevel", [
        .init("company", "公司"),
        .init("project", "项目部", "项目"),
        .init("team", "班组"),
        .init("post", "岗位"),
    ])


    /// 外加剂类别 — ConcretePour `spec.admixtures[]`.
    static let admixtureType = EnumerationDomain("AdmixtureType", [
        .init("retarding", "缓凝型外加剂", "缓凝剂", "缓凝型减水剂", "缓凝高性能减水剂"),
        .init("water-reducing", "减水剂", "高性能减水剂", "普通减水剂"),
        .init("early-strength", "早强剂", "早强型外加剂"),
        .init("air-entraining", "引气剂"),
        .init("expansive", "膨胀剂"),
        .init("antifreeze", "防冻剂"),
        .init("pumping", "泵送剂"),
        .init("other", "其他"),
    ])


    /// 保护层检验构件类别 — CoverTest `spec.memberClass` (GB 50204-2015 附录E).
    static let coverMemberClass = EnumerationDomain("CoverMemberClass", [
        .init("beam", "梁类", "梁类构件", "梁"),
        .init("slab", "板类", "板类构件", "板"),
    ])
}
