public import PlumbCore

/// The most frequent findings across the records (rule, count, projects).
public enum FindingMetrics {
    public static func top(_ findings: [Finding], projectOf: [String: String], limit: Int) -> [FindingFrequency] {
        var byRule: [String: (count: Int, projects: Set<String>, example: String)] = [:]
        for finding in findings {
            var entry = byRule[finding.ruleId] ?? (0, [], finding.message)
            entry.count += 1
            if let id = finding.recordId, let project = projectOf[id] { entry.projects.insert(project) }
            byRule[finding.ruleId] = entry
        }
        return byRule.map { FindingFrequency(ruleID: $0.key, count: $0.value.count, projects: $0.value.projects.sorted(), example: $0.value.example) }
            .sorted { ($0.count, $1.ruleID) > ($1.count, $0.ruleID) }
            .prefix(limit).map { $0 }
    }
}
