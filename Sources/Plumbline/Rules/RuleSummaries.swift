public import PlumbCore
import PlumbLoad

/// The rule list reporters need: every loaded pack rule, then the built-in checks (`record/...`,
/// `rule/evaluation-error`, `waiver/...`).
public enum RuleSummaries {
    /// Summaries of every rule of `packs`, then of the built-in checks, in that order.
    public static func all(packs: [RulePack]) -> [RuleSummary] {
        var summaries: [RuleSummary] = []
        for pack in packs {
            for rule in pack.rules {
                let help = [rule.description, rule.remediation].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
                summaries.append(RuleSummary(id: rule.id, title: rule.title, severity: rule.severity, help: help.isEmpty ? nil : help,
                                             reference: rule.reference?.text, pack: pack.reference, tags: rule.tags))
            }
        }
        summaries += RecordProblem.allCases.map {
            RuleSummary(id: $0.rawValue, title: $0.summary, severity: $0.severity, tags: ["record-format"])
        }
        summaries.append(RuleSummary(
            id: RuleEngine.evaluationErrorRuleID, title: "A rule could not be evaluated on a record.", severity: .error,
            help: "A field holds a value of a type the rule does not expect; the message names the rule and the value.", tags: ["rules"]))
        summaries += WaiverProblem.allCases.map {
            RuleSummary(id: $0.rawValue, title: $0.summary, severity: $0.severity, help: $0.help, tags: ["waivers"])
        }
        return summaries
    }
}
