/// Everything a run knows: saved after every answer, so an interrupted run resumes with nothing lost.
public struct RunState: Sendable, Hashable {
    public var settings: RunSettings
    /// Answers by checklist item id (complete or with details still to give).
    public var answers: [String: DraftAnswer]
    /// Index of the item being asked.
    public var position: Int

    public init(settings: RunSettings, answers: [String: DraftAnswer] = [:], position: Int = 0) {
        self.settings = settings
        self.answers = answers
        self.position = position
    }
}
