public import PlumbCore

/// The waivers of a run's waivers file, and the problems found reading it.
public struct WaiverSet: Sendable {
    /// Valid waivers, in file order.
    public var waivers: [Waiver]
    /// `waiver/invalid` findings for malformed entries (those entries waive nothing).
    public var findings: [Finding]
    /// The folder `path` globs are relative to (the project root).
    public var root: String

    public init(waivers: [Waiver] = [], findings: [Finding] = [], root: String = ".") {
        self.waivers = waivers
        self.findings = findings
        self.root = root
    }

    /// No waivers file.
    public static let none = WaiverSet()
}
