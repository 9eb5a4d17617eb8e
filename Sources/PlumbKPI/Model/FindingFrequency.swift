/// How often a rule fired across the records: raw material of a common-problems guide (常见问题指南).
public struct FindingFrequency: Sendable, Codable, Hashable {
    public var ruleID: String
    public var count: Int
    /// Projects it fired in, sorted.
    public var projects: [String]
    /// One message as an example.
    public var example: String
}
