import Foundation
import PlumbLoad

/// `plumb rules test`: every rule's examples through the real validator and engine (STYLE.md §2).
///
/// A pass example must not fire its rule; a fail example must fire exactly its expected rule ids among
/// the rules of its pack (at the expected paths when given); a rule without a fail example fails.
public struct RuleExampleRunner: Sendable {
    /// The verdict for one rule.
    public struct Outcome: Sendable {
        public var ruleID: String
        public var pack: String
        public var exampleCount: Int
        /// Why the rule failed its test, each with where the example is written; empty when it passed.
        public var failures: [String]
        /// A plugin the rule calls failed (crashed, hung, answered garbage) on an example: the test is incomplete.
        public var pluginFailed = false

        public var passed: Bool { failures.isEmpty }
    }

    /// The fixed date examples are evaluated on when they name none.
    public static let defaultAsOf = CalendarDate(year: 2026, month: 12, day: 31)!

    public let catalog: RuleCatalog
    public var asOf: CalendarDate

    public init(catalog: RuleCatalog, asOf: CalendarDate) {
        self.catalog = catalog
        self.asOf = asOf
    }

    /// Outcomes for every rule (or only `ruleIDs`), in pack and rule order.
    public func run(only ruleIDs: Set<String>? = nil) -> [Outcome] {
        var outcomes: [Outcome] = []
        for pack in catalog.packs {
            let packRuleIDs = Set(pack.rules.map(\.id))
            for rule in pack.rules where ruleIDs?.contains(rule.id) ?? true {
                outcomes.append(test(rule, pack: pack, packRuleIDs: packRuleIDs))
            }
        }
        return outcomes
    }

    private func test(_ rule: Rule, pack: RulePack, packRuleIDs: Set<String>) -> Outcome {
        var failures: [String] = []
        var pluginFailed = false
        if !rule.examples.contains(where: { $0.expectation == .fail }) {
            failures.append("\(place(rule.location)): rule \(rule.id) has no fail example (a rule that never fires is a bug)")
        }
        let validator = RecordValidator()
        for example in rule.examples {
            let where_ = place(example.location)
            let file = "\(example.location.file)#example@\(example.location.line)"
            let outcome = validator.validate(example.document, file: file)
            let problems = outcome.issues.filter { $0.problem.severity == .error }
            guard let record = outcome.record, problems.isEmpty else {
                let detail = problems.map { "\($0.problem.rawValue) \($0.message)" }.joined(separator: "; ")
                failures.append("\(where_): the \(example.expectation.rawValue) example is not a valid record: \(detail.isEmpty ? "no metadata.id" : detail)")
                continue
            }
            let context = example.context.compactMap { validator.validate($0, file: file).record }
            let index = RecordIndex([record] + context)
            let findings = catalog.engine.findings(for: record, asOf: example.asOf ?? asOf, index: index)
            let broken = findings.filter { $0.ruleId == RuleEngine.evaluationErrorRuleID }
            for failure in broken where failure.message.contains("rule \(rule.id) ") {
                failures.append("\(where_): \(failure.message)")
            }
            for failure in findings where failure.ruleId == RuleEngine.pluginFailureRuleID && failure.message.contains("rule \(rule.id) ") {
                pluginFailed = true
                failures.append("\(where_): \(failure.message)")
            }
            let fired = Set(findings.map(\.ruleId).filter { packRuleIDs.contains($0) })
            switch example.expectation {
            case .pass:
                if fired.contains(rule.id) {
                    let message = findings.first { $0.ruleId == rule.id }?.message ?? ""
                    failures.append("\(where_): pass example fired \(rule.id): \(message)")
                }
            case .fail:
                let expected = Set(example.expectedRuleIDs)
                if fired != expected {
                    let missing = expected.subtracting(fired).sorted()
                    let extra = fired.subtracting(expected).sorted()
                    var parts: [String] = []
                    if !missing.isEmpty { parts.append("did not fire \(missing.joined(separator: ", "))") }
                    if !extra.isEmpty { parts.append("also fired \(extra.joined(separator: ", "))") }
                    failures.append("\(where_): fail example \(parts.joined(separator: " and "))")
                }
                let paths = Set(findings.filter { expected.contains($0.ruleId) }.compactMap(\.location.path))
                for path in example.expectedPaths where !paths.contains(path) && !paths.contains(path.replacingOccurrences(of: ".", with: "[")) {
                    failures.append("\(where_): fail example expected a finding at \(path), found \(paths.sorted().joined(separator: ", "))")
                }
            }
        }
        return Outcome(ruleID: rule.id, pack: pack.reference, exampleCount: rule.examples.count, failures: failures, pluginFailed: pluginFailed)
    }

    private func place(_ location: SourceLocation) -> String { "\(location.file):\(location.line):\(location.column)" }
}

