/// One item of `metadata.waivers`: a finding of this record accepted on purpose (豁免).
public extension ObjectSchema {
    static let inlineWaiver = ObjectSchema([
        .init("rule", .string, required: true, "Rule id the waiver covers, e.g. RH-DATE-004 (a * matches any run of characters)"),
        .init("reason", .string, required: true, "Why the finding is accepted (理由)"),
        .init("approvedBy", .string, required: true, "Who approved the waiver (审批人)"),
        .init("expires", .date, "Last day the waiver holds; after it the waiver is an error and waives nothing"),
        .init("ticket", .string, "Tracking ticket, e.g. TM-2026-118"),
    ])
}
