/// An inspection record `plumb checklist score` could not score, and why.
public struct UnscoredInspection: Sendable, Hashable {
    public var inspectionID: String
    public var file: String
    public var checklist: String
    public var reason: String
    /// Whether this is a problem (an unknown checklist) rather than expected (an unscored hidden-hazard list).
    public var isProblem: Bool
}
