public import PlumbCore

/// A hazard ticket (隐患整改单) a finished run raised for a failed item.
public struct RaisedTicket: Sendable, Hashable {
    public var id: String
    public var itemID: String
    public var itemTitle: String
    public var level: HazardLevel
    public var majorCriterion: String?
    /// 整改期限: the inspection date plus the checklist's `rectifyWithinDays`.
    public var deadline: CalendarDate
}
