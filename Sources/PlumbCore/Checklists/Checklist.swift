/// 检查表: a checklist as the interactive run and the JGJ 59 scorer use it.
///
/// Built from a validated `Checklist` record, so every field already has its type; fields the
/// record leaves out are nil.
public struct Checklist: Sendable {
    /// `metadata.id`.
    public var id: String
    public var title: String?
    /// `metadata.discipline` token.
    public var discipline: String?
    /// e.g. `JGJ 59-2011 表B.17`.
    public var standard: String?
    /// JGJ 59 汇总表 item this table feeds, as written.
    public var summaryItem: String?
    public var aliases: [String]
    public var notes: String?
    public var items: [ChecklistItem]
    /// The file the checklist came from.
    public var file: String

    public init(id: String, title: String? = nil, discipline: String? = nil, standard: String? = nil, summaryItem: String? = nil,
                aliases: [String] = [], notes: String? = nil, items: [ChecklistItem], file: String = "") {
        self.id = id
        self.title = title
        self.discipline = discipline
        self.standard = standard
        self.summaryItem = summaryItem
        self.aliases = aliases
        self.notes = notes
        self.items = items
        self.file = file
    }

    /// The checklist a validated `Checklist` record describes; nil for a record of another kind.
    public init?(record: Record) {
        guard record.kind == .checklist else { return nil }
        let value = record.value
        let text: (String) -> String? = { value.value(at: $0)?.stringValue }
        let items = (value.value(at: "spec.items")?.listValue ?? []).compactMap { item -> ChecklistItem? in
            guard let id = item["id"]?.stringValue else { return nil }
            let onFail = item["onFail"]?.mappingValue.map { map in
                FailureConsequence(
                    hazardLevel: map["hazardLevel"]?.stringValue.flatMap(HazardLevel.init(rawValue:)),
                    rectifyWithinDays: Self.wholeDays(map["rectifyWithinDays"]),
                    majorCriterion: map["majorCriterion"]?.stringValue)
            }
            return ChecklistItem(
                id: id,
                group: item["group"]?.stringValue.flatMap(ChecklistItemGroup.init(rawValue:)),
                title: item["title"]?.stringValue ?? id,
                points: item["points"]?.numberValue,
                criteria: item["criteria"]?.stringValue,
                notes: item["notes"]?.stringValue,
                onFail: onFail)
        }
        self.init(
            id: record.id, title: text("metadata.title"), discipline: text("metadata.discipline"),
            standard: text("spec.standard"), summaryItem: text("spec.summaryItem"),
            aliases: (value.value(at: "spec.aliases")?.listValue ?? []).compactMap(\.stringValue),
            notes: text("spec.notes"), items: items, file: record.file)
    }

    /// Whether any item carries points (a JGJ 59 table), so an inspection can be scored.
    public var isScored: Bool { items.contains { $0.points != nil } }

    /// The item with `id`, or nil.
    public func item(_ id: String) -> ChecklistItem? { items.first { $0.id == id } }

    /// Whether `name` is this checklist's id or one of its aliases.
    public func answers(to name: String) -> Bool { id == name || aliases.contains(name) }

    /// Works around a Swift 6.3.1 -O crash (CopyPropagation ownership verifier) on the inline closure form.
    private static func wholeDays(_ value: Value?) -> Int? {
        guard let days = value?.numberValue else { return nil }
        return Int(days)
    }
}
