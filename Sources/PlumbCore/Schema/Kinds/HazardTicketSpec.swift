/// HazardTicket (隐患整改单) `spec`.
public extension ObjectSchema {
    static let hazardTicketSpec = ObjectSchema([
        .init("level", .enumeration(.hazardLevel), required: true, "一般 / 重大"),
        .init("majorCriterion", .string, "article.item of 建质规〔2024〕5号 that makes it major, e.g. 2024-8.4"),
        .init("description", .string, required: true, "The hazard (隐患描述)"),
        .init("location", .string, "Where (部位)"),
        .init("source", .string, "Id of the inspection that found it"),
        .init("rectification", .object(ObjectSchema([
            .init("measures", .string, "Measures (整改措施)"),
            .init("owner", .string, "Responsible person (责任人)"),
            .init("funds", .number, "Funds, CNY (整改资金)"),
            .init("deadline", .date, "Deadline (整改时限)"),
            .init("contingency", .string, "Contingency plan (应急预案)"),
            .init("plan", .string, "Remediation plan reference, for major hazards (治理方案)"),
        ])), "The five fixes (五定)"),
        .init("status", .enumeration(.ticketStatus), required: true, "待整改 / 整改中 / 已整改 / 已复查 / 已销号"),
        .init("rectifiedAt", .date, "Date rectified"),
        .init("rectifiedBy", .string, "Who rectified"),
        .init("verification", .object(ObjectSchema([
            .init("by", .string, "Verifier (复查人), not the rectifier"),
            .init("at", .date, "Date verified"),
            .init("result", .enumeration(.verificationResult), "合格 / 不合格"),
            .init("evidence", .list(.string), "Photo or file paths"),
        ])), "Re-inspection (复查)"),
        .init("closedAt", .date, "Date closed (销号日期)"),
    ])
}
