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

    public init(paths: [String], asOf: CalendarDate, jobs: Int = CheckOptions.defaultJobs) {
        self.paths = paths
        self.asOf = asOf
        self.jobs = jobs
    }

    /// All active processor cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
