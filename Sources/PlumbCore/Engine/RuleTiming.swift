/// How long one rule took over a run (`plumb check --profile`): which rules make a check slow.
public struct RuleTiming: Sendable, Equatable {
    public let ruleId: String
    /// `pack@version` the rule comes from.
    public let pack: String
    /// Records the rule was evaluated on (its `match` selected them).
    public var evaluations: Int
    /// Time spent in its `when`, `assert` and message, in nanoseconds, summed over worker threads.
    /// Checker rules count only their `when`: a checker answers whole batches, timed as the checker.
    public var nanoseconds: UInt64

    public init(ruleId: String, pack: String, evaluations: Int = 0, nanoseconds: UInt64 = 0) {
        self.ruleId = ruleId
        self.pack = pack
        self.evaluations = evaluations
        self.nanoseconds = nanoseconds
    }

    /// Adds another batch's figures for the same rule.
    public mutating func add(_ other: RuleTiming) {
        evaluations += other.evaluations
        nanoseconds += other.nanoseconds
    }

    /// Merges batches' timings into one per rule, slowest first (ties by rule id, so output is stable).
    public static func merged(_ batches: [[RuleTiming]]) -> [RuleTiming] {
        var byRule: [String: RuleTiming] = [:]
        for timing in batches.joined() {
            byRule[timing.ruleId, default: RuleTiming(ruleId: timing.ruleId, pack: timing.pack)].add(timing)
        }
        return byRule.values.sorted { ($1.nanoseconds, $0.ruleId) < ($0.nanoseconds, $1.ruleId) }
    }
}
