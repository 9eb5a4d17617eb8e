/// InspectionRecord (检查记录) `spec`: one run of a checklist.
public extension ObjectSchema {
    static let inspectionRecordSpec = ObjectSchema([
        .init("checklist", .string, required: true, "Id of the Checklist that was run"),
        .init("site", .string, "Where on site (检查部位)"),
        .init("inspector", .string, "Who inspected (检查人)"),
        .init("items", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Checklist item id"),
            .init("result", .enumeration(.itemResult), required: true, "合格 / 不合格 / 不适用"),
            .init("deduction", .number, "Points lost (扣分), 0..points"),
            .init("note", .string, "What was seen"),
            .init("evidence", .list(.string), "Photo or file paths"),
            .init("hazard", .string, "Id of the HazardTicket raised for this item"),
        ]))), required: true, "Answers, one per checklist item"),
        .init("measurements", .object(.siteData), "Discipline measurements the discipline checkers read (实测数据)"),
    ])
}
