/// The answer to one checklist item in an inspection record (检查记录 `spec.items[]`).
public struct InspectionAnswer: Sendable, Hashable {
    /// The checklist item id.
    public var id: String
    public var result: ItemResult
    /// 扣分: points lost; nil when not written.
    public var deduction: Double?
    /// 检查情况.
    public var note: String?
    /// 影像资料: photo or file paths.
    public var evidence: [String]
    /// Id of the HazardTicket raised for this item.
    public var hazard: String?

    public init(id: String, result: ItemResult, deduction: Double? = nil, note: String? = nil, evidence: [String] = [], hazard: String? = nil) {
        self.id = id
        self.result = result
        self.deduction = deduction
        self.note = note
        self.evidence = evidence
        self.hazard = hazard
    }
}
