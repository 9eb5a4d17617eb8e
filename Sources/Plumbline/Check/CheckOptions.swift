import Foundation
public import PlumbCore

/// What `plumb check` is asked to do.
public struct CheckOptions: Sendable {
    /// Files and folders to check.
    public var paths: [String]
    /// The date rules treat as today.
    public var asOf: CalendarDate
    /// Worker threads; results are identical for any value.
    public var jobs: Int
    /// Add to findings the value of every field each rule read (`--explain`).
    public var explain: Bool
    /// Time every rule (`--profile`): ``CheckResult/ruleTimings``.
    public var profile = false
    /// Which files found by walking folders are checked (`include` / `exclude` of plumb.yaml).
    public var fileSelection: FileSelection = .all
    /// Severity overrides and disabled rules.
    public var adjustments = RuleAdjustments()
    /// The waivers file's waivers (records' own `metadata.waivers` are read during the run).
    public var waivers: WaiverSet = .none
    /// Report only findings this baseline does not hold (`--baseline`).
    public var baseline: Baseline?
    /// Report only on records changed since a revision, and those they reference (`--changed-since`).
    public var changes: ChangeSet?
    /// The least severe finding reporters show (`--show`).
    public var shownSeverity: Severity = .info
    /// Files and folders of reference checklists (the shipped `rules/checklists/`, `--checklists`):
    /// visible to rules (`lookup`, `records`) but neither reported on nor counted as submitted.
    public var referencePaths: [String]

    public init(paths: [String], asOf: CalendarDate, jobs: Int = CheckOptions.defaultJobs, explain: Bool = false,
                referencePaths: [String] = []) {
        self.paths = paths
        self.asOf = asOf
        self.jobs = jobs
        self.explain = explain
        self.referencePaths = referencePaths
    }

    /// All active processor cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
