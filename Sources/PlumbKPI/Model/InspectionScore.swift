/// The JGJ 59 summary score of one inspection round (or of one inspection record), for the KPI trend.
public struct InspectionScore: Sendable, Codable, Hashable {
    public var inspectionID: String
    public var project: String?
    /// `YYYY-MM` of the inspection date.
    public var month: String?
    public var score: Double
    /// 优良 / 合格 / 不合格.
    public var grade: String

    public init(inspectionID: String, project: String?, month: String?, score: Double, grade: String) {
        self.inspectionID = inspectionID
        self.project = project
        self.month = month
        self.score = score
        self.grade = grade
    }
}
