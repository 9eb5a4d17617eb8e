/// Hidden-hazard closure figures of a set of tickets (隐患整改闭环).
public struct HazardSummary: Sendable, Codable {
    /// Closed (销号) / found.
    public var closure: Rate
    /// The same for major hazards (重大隐患).
    public var majorClosure: Rate
    /// Closed on or before the deadline / tickets due by the as-of date (整改及时率).
    public var timeliness: Rate
    /// Tickets not closed whose deadline has passed, most overdue first.
    public var overdue: [OverdueHazard]
    /// Mean days from found to closed, over closed tickets with both dates; nil when there are none.
    public var meanDaysToClose: Double?
}

/// A ticket past its deadline and not closed.
public struct OverdueHazard: Sendable, Codable, Hashable {
    public var ticketID: String
    public var project: String?
    public var level: String
    public var description: String?
    public var owner: String?
    public var deadline: String
    public var daysOverdue: Int
    public var status: String
    public var file: String
    public var line: Int
}
