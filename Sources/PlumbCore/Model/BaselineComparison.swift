/// How a run compares with a baseline of earlier findings (`--baseline FILE`).
public struct BaselineComparison: Sendable, Hashable, Codable {
    /// The baseline file, as named.
    public var file: String
    /// Findings not in the baseline: these are reported.
    public var new: Int
    /// Findings already in the baseline: counted, not reported.
    public var unchanged: Int
    /// Baseline entries no finding matched any more: fixed since the baseline was written.
    public var fixed: Int

    public init(file: String, new: Int, unchanged: Int, fixed: Int) {
        self.file = file
        self.new = new
        self.unchanged = unchanged
        self.fixed = fixed
    }
}
