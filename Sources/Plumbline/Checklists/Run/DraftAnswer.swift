public import PlumbCore

/// An answer being given: the result, then the details a 不合格 or 不适用 answer asks for, one prompt each.
public struct DraftAnswer: Sendable, Hashable {
    /// The next detail to ask for, or done.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        case deduction, note, evidence, done
    }

    public var result: ItemResult
    public var deduction: Double?
    public var note: String?
    public var evidence: [String]
    public var stage: Stage

    public init(result: ItemResult, deduction: Double? = nil, note: String? = nil, evidence: [String] = [], stage: Stage) {
        self.result = result
        self.deduction = deduction
        self.note = note
        self.evidence = evidence
        self.stage = stage
    }

    public var isComplete: Bool { stage == .done }
}
