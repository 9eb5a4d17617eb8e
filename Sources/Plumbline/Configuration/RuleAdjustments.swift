public import PlumbCore

/// Project decisions about rules: severity overrides and disabled rules, applied to every finding.
public struct RuleAdjustments: Sendable, Hashable {
    /// Rule id → the severity its findings get.
    public var severities: [String: Severity] = [:]
    /// Rule ids whose findings are dropped.
    public var disabled: Set<String> = []

    public init(severities: [String: Severity] = [:], disabled: Set<String> = []) {
        self.severities = severities
        self.disabled = disabled
    }

    /// `findings` without disabled rules, with overridden severities.
    public func apply(to findings: [Finding]) -> [Finding] {
        guard !severities.isEmpty || !disabled.isEmpty else { return findings }
        return findings.compactMap { finding in
            guard !disabled.contains(finding.ruleId) else { return nil }
            var adjusted = finding
            if let severity = severities[finding.ruleId] { adjusted.severity = severity }
            return adjusted
        }
    }

    /// The rule list with overridden severities, disabled rules left out.
    public func apply(to rules: [RuleSummary]) -> [RuleSummary] {
        rules.compactMap { rule in
            guard !disabled.contains(rule.id) else { return nil }
            var adjusted = rule
            if let severity = severities[rule.id] { adjusted.severity = severity }
            return adjusted
        }
    }
}
