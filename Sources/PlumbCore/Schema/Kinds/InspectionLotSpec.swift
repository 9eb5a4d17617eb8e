/// InspectionLot (检验批质量验收记录) `spec`: the acceptance of one inspection lot (GB 50300-2013 5.0.1).
public extension ObjectSchema {
    static let inspectionLotSpec = ObjectSchema([
        .init("standard", .string, "Specialist acceptance code (专业验收规范), e.g. GB 50204-2015"),
        .init("subPart", .string, "Sub-part work (分部工程), e.g. 主体结构"),
        .init("subItem", .string, required: true, "Sub-item work (分项工程), e.g. 钢筋"),
        .init("location", .string, "Where (验收部位)"),
        .init("lotSize", .integer, "Lot size (检验批容量), in the unit the specialist code counts"),
        .init("sampleSize", .integer, "Samples actually checked (抽样数量), at least the GB 50300 表3.0.9 minimum"),
        .init("mainItems", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Item id, usually the clause of the specialist code, e.g. 5.2.1"),
            .init("title", .string, "Item (检查项目)"),
            .init("samples", .integer, "Samples checked for this item"),
            .init("result", .enumeration(.itemResult), required: true, "合格 / 不合格 / 不适用"),
            .init("note", .string, "What was found (检查记录)"),
        ]))), required: true, "Main-control items (主控项目): every one must pass"),
        .init("generalItems", .list(.object(ObjectSchema([
            .init("id", .string, required: true, "Item id, usually the clause of the specialist code"),
            .init("title", .string, "Item (检查项目)"),
            .init("checked", .integer, "Points checked (检查点数)"),
            .init("passed", .integer, "Points within tolerance (合格点数)"),
            .init("seriousDefect", .boolean, "A serious defect was found (严重缺陷)"),
            .init("note", .string, "What was found (检查记录)"),
        ]))), "General items (一般项目): pass rate at least the specialist code's rate"),
        .init("recordsComplete", .boolean, "The quality records are complete (质量检查记录完整)"),
        .init("conclusion", .enumeration(.verificationResult), "Acceptance conclusion (验收结论): 合格 / 不合格"),
        .init("inspector", .string, "Contractor's quality inspector (专业质量检查员)"),
        .init("supervisor", .string, "Supervising engineer (专业监理工程师)"),
        .init("acceptedAt", .date, "Date accepted (验收日期)"),
    ])
}
