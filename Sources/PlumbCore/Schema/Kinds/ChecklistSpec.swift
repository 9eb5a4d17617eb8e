/// Checklist (检查表) `spec`: a template that safety officers run.
public extension ObjectSchema {
    static let checklistSpec = ObjectSchema([
        .init("standard", .string, "The standard and table, e.g. JGJ 59-2011 表B.17"),
        .init("summaryItem", .string, "JGJ 59 summary-table item this table feeds (汇总表项目)"),
        .init("aliases", .list(.string), "Other ids this checklist answers to, e.g. an id used before a renumbering (别名)"),
        .init("notes", .string, "What could not be confirmed against the standard, and other remarks (说明)"),
        .init("items", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Item id, e.g. TC-01"),
            .init("group", .enumeration(.checklistGroup), "保证项目 / 一般项目"),
            .init("title", .string, required: true, "Item (检查项目)"),
            .init("points", .number, "Full points (应得分)"),
            .init("criteria", .string, "What is checked (扣分标准)"),
            .init("notes", .string, "Remarks on this item, e.g. a figure that could not be confirmed (说明)"),
            .init("onFail", .object(ObjectSchema([
                .init("hazardLevel", .enumeration(.hazardLevel), "Level of the ticket a failure raises"),
                .init("rectifyWithinDays", .integer, "Days allowed to rectify"),
                .init("majorCriterion", .string, "article.item of 建质规〔2024〕5号 a failure cites"),
            ])), "What a failed item raises"),
        ]))), required: true, "Check items in order"),
    ])
}
