import PlumbCore

/// One run's result that exercises every reporter: several files, a CJK file name and source line,
/// a waived finding, an info, a finding outside any record, text that needs escaping in every format,
/// `--explain` readings and a baseline comparison.
enum ReportFixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 26)!

    static let waiver = WaiverNote(
        reason: "整改期限经监理书面同意延期", approvedBy: "赵敏", expires: "2027-01-31", ticket: "TM-2026-118",
        location: SourceLocation(file: "plumb-waivers.yaml", line: 3, column: 5)
    )

    static let findings: [Finding] = [
        Finding(ruleId: "record/invalid-yaml", severity: .error, message: "while scanning a quoted scalar (at 1:4): found unexpected end of stream",
                location: SourceLocation(file: "records/broken.yaml", line: 2, column: 1)),
        Finding(ruleId: "MS-EXC-002", severity: .error, message: "开挖深度 6.5 m 达到 5 m，应组织专家论证",
                location: SourceLocation(file: "records/ms-0417.yaml", line: 12, column: 22, path: "spec.parameters.excavationDepth"),
                recordId: "MS-2026-0417", pack: "method-statement@1.0.0", reference: "建办质〔2018〕31号 附件二 一",
                remediation: "组织专家论证并附论证报告。",
                explain: [FieldReading(path: "spec.parameters.excavationDepth", value: "6.5 m")]),
        Finding(ruleId: "RH-DATE-004", severity: .warning, message: "整改期限 2026-11-04 早于发现日期",
                location: SourceLocation(file: "records/tickets/南湖站 tickets.yaml", line: 9, column: 15, path: "spec.rectification.deadline"),
                recordId: "HZ-2026-0091", pack: "record-hygiene@1.0.0", reference: "住房和城乡建设部令第37号 第十二条", waiver: waiver),
        Finding(ruleId: "RH-NOTE-001", severity: .info, message: "note <script>alert(\"x\")</script> & | 50% , a:b\nsecond line",
                location: SourceLocation(file: "records/tickets/南湖站 tickets.yaml", line: 10, column: 3, path: "spec.description"),
                recordId: "HZ-2026-0091"),
        Finding(ruleId: "record/unknown-field", severity: .warning, message: "unknown field 'spec.statuss' (did you mean 'status'?)",
                location: SourceLocation(file: "records/tickets/南湖站 tickets.yaml", line: 11, column: 3, path: "spec.statuss"),
                recordId: "HZ-2026-0091"),
        Finding(ruleId: "waiver/unused", severity: .info, message: "the waiver of RH-REF-002 for record HZ-9 matched no finding; remove it",
                location: SourceLocation(file: "plumb-waivers.yaml", line: 9, column: 11),
                remediation: "Delete the waiver, or correct its rule id, record id or path."),
    ]

    static let rules: [RuleSummary] = [
        RuleSummary(id: "MS-EXC-002", title: "超过一定规模的深基坑应组织专家论证", severity: .error, help: "开挖深度达到 5 m 的基坑工程属于超危大工程。\n\n组织专家论证并附论证报告。",
                    reference: "建办质〔2018〕31号 附件二 一", pack: "method-statement@1.0.0", tags: ["excavation", "expert-review"]),
        RuleSummary(id: "RH-DATE-004", title: "整改期限不得早于发现日期", severity: .warning, reference: "住房和城乡建设部令第37号 第十二条",
                    pack: "record-hygiene@1.0.0", tags: ["dates"]),
        RuleSummary(id: "RH-NOTE-001", title: "Notes <b>escaped</b> & \"quoted\"", severity: .info, pack: "record-hygiene@1.0.0"),
        RuleSummary(id: "record/invalid-yaml", title: "The file is not well-formed YAML or JSON.", severity: .error, tags: ["record-format"]),
        RuleSummary(id: "record/unknown-field", title: "A field the format does not define.", severity: .warning, tags: ["record-format"]),
        RuleSummary(id: "waiver/unused", title: "A waiver matched no finding.", severity: .info, help: "Delete the waiver, or correct its rule id, record id or path.",
                    tags: ["waivers"]),
    ]

    static let records: [CheckedRecord] = [
        CheckedRecord(id: "MS-2026-0417", kind: .methodStatement, location: SourceLocation(file: "records/ms-0417.yaml", line: 1, column: 1)),
        CheckedRecord(id: "HZ-2026-0091", kind: .hazardTicket, location: SourceLocation(file: "records/tickets/南湖站 tickets.yaml", line: 1, column: 1)),
        CheckedRecord(id: "HZ-2026-0092", kind: .hazardTicket, location: SourceLocation(file: "records/tickets/南湖站 tickets.yaml", line: 14, column: 1)),
    ]

    static var sourceLines: SourceExcerpts {
        var lines = SourceExcerpts()
        lines.set("", line: 2, in: "records/broken.yaml")
        lines.set("    excavationDepth: 6.5", line: 12, in: "records/ms-0417.yaml")
        lines.set("  rectification: {deadline: 2026-11-04}", line: 9, in: "records/tickets/南湖站 tickets.yaml")
        lines.set("\tdescription: 临边防护缺失 <b>", line: 10, in: "records/tickets/南湖站 tickets.yaml")
        lines.set("  statuss: 待整改", line: 11, in: "records/tickets/南湖站 tickets.yaml")
        lines.set("    rule: RH-REF-002", line: 9, in: "plumb-waivers.yaml")
        return lines
    }

    /// The whole result, every finding shown.
    static var result: CheckResult {
        CheckResult(
            findings: findings.sorted(), recordCount: 3, fileCount: 3, asOf: asOf, rules: rules, records: records,
            sourceLines: sourceLines, baseline: BaselineComparison(file: "plumb-baseline.json", new: 5, unchanged: 2, fixed: 1)
        )
    }

    /// A run with nothing to report.
    static var clean: CheckResult {
        CheckResult(findings: [], recordCount: 1, fileCount: 1, asOf: asOf, rules: rules, records: [records[0]])
    }
}
