/// The keys each part of a pack may hold: every other key is an error (STYLE.md §3).
enum PackKeys {
    static let pack: Set<String> = ["pack", "version", "title", "description", "basis", "parameters", "extends", "definitions", "rules", "classifications"]
    /// A rule file inside a pack folder holds only rules and classification cases.
    static let ruleFile: Set<String> = ["rules", "classifications"]
    static let classification: Set<String> = ["id", "discipline", "level", "when", "reason", "reference", "description"]
    static let rule: Set<String> = [
        "id", "title", "severity", "match", "when", "assert", "check", "message", "reference", "remediation",
        "tags", "examples", "description",
    ]
    static let definition: Set<String> = ["kind", "expression", "description"]
    static let match: Set<String> = ["kind", "discipline", "where"]
    static let parameter: Set<String> = ["type", "unit", "default", "description", "unconfirmed"]
    static let reference: Set<String> = ["document", "edition", "clause"]
    static let check: Set<String> = ["id", "options"]
    static let examples: Set<String> = ["pass", "fail"]
    static let exampleWrapper: Set<String> = ["record", "file", "expect", "paths", "context", "description", "asOf"]
}
