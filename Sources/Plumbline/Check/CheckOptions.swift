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

    public init(paths: [String], asOf: CalendarDate, jobs: Int = CheckOptions.defaultJobs, explain: Bool = false) {
        self.paths = paths
        self.asOf = asOf
        self.jobs = jobs
        self.explain = explain
    }

    /// All active processor cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
