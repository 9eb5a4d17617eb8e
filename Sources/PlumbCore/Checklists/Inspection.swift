/// 检查记录: one run of a checklist, as the scorer reads it from a validated `InspectionRecord`.
public struct Inspection: Sendable {
    /// `metadata.id`.
    public var id: String
    public var project: String?
    public var discipline: String?
    /// 检查日期.
    public var date: CalendarDate?
    /// Id (or alias) of the checklist that was run.
    public var checklistID: String
    /// 检查部位.
    public var site: String?
    /// 检查人.
    public var inspector: String?
    public var answers: [InspectionAnswer]
    public var file: String

    public init(id: String, project: String? = nil, discipline: String? = nil, date: CalendarDate? = nil, checklistID: String,
                site: String? = nil, inspector: String? = nil, answers: [InspectionAnswer], file: String = "") {
        self.id = id
        self.project = project
        self.discipline = discipline
        self.date = date
        self.checklistID = checklistID
        self.site = site
        self.inspector = inspector
        self.answers = answers
        self.file = file
    }

    /// The inspection a validated `InspectionRecord` describes; nil for another kind or without a checklist.
    public init?(record: Record) {
        guard record.kind == .inspectionRecord, let checklist = record.value.value(at: "spec.checklist")?.stringValue else { return nil }
        let value = record.value
        let answers = (value.value(at: "spec.items")?.listValue ?? []).compactMap { item -> InspectionAnswer? in
            guard let id = item["id"]?.stringValue, let result = item["result"]?.stringValue.flatMap(ItemResult.init(rawValue:)) else {
                return nil
            }
            return InspectionAnswer(
                id: id, result: result, deduction: item["deduction"]?.numberValue, note: item["note"]?.stringValue,
                evidence: (item["evidence"]?.listValue ?? []).compactMap(\.stringValue), hazard: item["hazard"]?.stringValue)
        }
        var date: CalendarDate?
        if case .date(let day)? = value.value(at: "metadata.date")?.node { date = day }
        self.init(
            id: record.id, project: record.project, discipline: record.discipline, date: date, checklistID: checklist,
            site: value.value(at: "spec.site")?.stringValue, inspector: value.value(at: "spec.inspector")?.stringValue,
            answers: answers, file: record.file)
    }

    /// The answer to item `id`, or nil when the item was not answered.
    public func answer(_ id: String) -> InspectionAnswer? { answers.first { $0.id == id } }
}
