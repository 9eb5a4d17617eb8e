/// Why the facade cannot run a check as asked (exit 2). All user-facing text of the layer is here (STYLE.md §7).
public enum PlumblineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `plumb.yaml` (or `--config FILE`) has problems, each with its location.
    case configuration([ConfigurationIssue])
    /// A file the run needs (configuration, waivers, baseline) cannot be read.
    case unreadable(path: String, reason: String)
    /// The baseline file is not JSON, or not a baseline Plumbline wrote.
    case notABaseline(path: String, reason: String)
    /// `--changed-since` names a revision git does not know.
    case unknownRevision(String)
    /// git could not be run or answered with an error.
    case git(String)
    /// `plumb init` would overwrite a file.
    case alreadyExists(path: String)

    public var description: String {
        switch self {
        case .configuration(let issues):
            issues.map(\.description).joined(separator: "\n")
        case .unreadable(let path, let reason):
            "\(path): \(reason)"
        case .notABaseline(let path, let reason):
            "\(path): not a plumb baseline: \(reason); write one with --write-baseline \(path)"
        case .unknownRevision(let revision):
            "--changed-since: unknown git revision '\(revision)' (try a branch, tag or commit such as origin/main or HEAD~1)"
        case .git(let message):
            "--changed-since: \(message)"
        case .alreadyExists(let path):
            "\(path) already exists; use --force to overwrite it"
        }
    }
}
