/// What a failed checklist item raises (`onFail`): a hazard ticket (隐患整改单) of a level, with a deadline.
public struct FailureConsequence: Sendable, Hashable {
    /// 隐患等级 of the ticket; nil when the checklist does not say.
    public var hazardLevel: HazardLevel?
    /// 整改期限 in days from the inspection date.
    public var rectifyWithinDays: Int?
    /// The article.item of 建质规〔2024〕5号 that makes the hazard major, e.g. `2024-8.4`.
    public var majorCriterion: String?

    public init(hazardLevel: HazardLevel? = nil, rectifyWithinDays: Int? = nil, majorCriterion: String? = nil) {
        self.hazardLevel = hazardLevel
        self.rectifyWithinDays = rectifyWithinDays
        self.majorCriterion = majorCriterion
    }
}
