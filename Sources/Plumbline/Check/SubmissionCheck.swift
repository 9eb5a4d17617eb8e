import Foundation
public import PlumbCore
import PlumbLoad

/// The `plumb check` pipeline: walk paths, read and validate every file, check the run as a whole.
///
/// The one entry point the CLI and tests call; it never prints and never exits.
public struct SubmissionCheck: Sendable {
    public var options: CheckOptions

    public init(options: CheckOptions) {
        self.options = options
    }

    /// Runs the check. Unreadable paths are reported in the result, not thrown: the rest is still checked.
    public func run() -> CheckResult {
        let walk = FileWalker().files(under: options.paths)
        var unreadable = walk.failures.map { UnreadablePath(path: $0.path, reason: $0.reason) }
        let reader = SubmissionReader()
        let outcomes = walk.files.parallelMap(jobs: options.jobs) { file -> Result<SubmissionReader.FileOutcome, UnreadablePath> in
            do {
                return .success(try reader.read(path: file))
            } catch {
                return .failure(UnreadablePath(path: file, reason: "cannot be read (\(error.localizedDescription))"))
            }
        }
        var findings: [Finding] = []
        var records: [Record] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let file):
                findings += file.findings
                records += file.records
            case .failure(let failure):
                unreadable.append(failure)
            }
        }
        findings += RunIndexCheck.duplicateIDs(in: records)
        return CheckResult(
            findings: findings.sorted(),
            recordCount: records.count,
            fileCount: walk.files.count,
            asOf: options.asOf,
            unreadablePaths: unreadable
        )
    }
}
