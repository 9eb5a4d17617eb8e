import Dispatch

/// The `--profile` bookkeeping of one batch: time per rule on the monotonic clock, and the 危大
/// classification of method statements as a row of its own. Off (no clock read at all) unless asked for.
///
/// Times are plain nanosecond counts (`DispatchTime.uptimeNanoseconds`): the engine asks `start()` for
/// every rule on every record, and an optional `ContinuousClock.Instant`, a type of opaque layout, cost a
/// hundred instructions to destroy each time even with the timer off.
struct RuleTimer {
    let isOn: Bool
    private var timings: [RuleTiming] = []
    private var slots: [ObjectIdentifier: Int] = [:]
    private var classification = RuleTiming(ruleId: RuleEngine.classificationTimingID, pack: "classification cases")

    init(isOn: Bool) {
        self.isOn = isOn
    }

    /// Now, when timing; nil otherwise (so callers skip the bookkeeping).
    func start() -> UInt64? {
        isOn ? DispatchTime.now().uptimeNanoseconds : nil
    }

    /// Adds the time since `start` to `rule`.
    mutating func add(_ rule: RuleEngine.IndexedRule, since start: UInt64) {
        let spent = nanoseconds(since: start)
        let slot = slots[ObjectIdentifier(rule)] ?? {
            timings.append(RuleTiming(ruleId: rule.rule.id, pack: rule.pack))
            slots[ObjectIdentifier(rule)] = timings.count - 1
            return timings.count - 1
        }()
        timings[slot].evaluations += 1
        timings[slot].nanoseconds += spent
    }

    /// Adds the time since `start` to the classification row.
    mutating func addClassification(since start: UInt64) {
        classification.evaluations += 1
        classification.nanoseconds += nanoseconds(since: start)
    }

    /// The batch's timings, rules in the order first met, classification last.
    var results: [RuleTiming] {
        classification.evaluations > 0 ? timings + [classification] : timings
    }

    private func nanoseconds(since start: UInt64) -> UInt64 {
        let now = DispatchTime.now().uptimeNanoseconds
        return now > start ? now - start : 0
    }
}
