public import PlumbCore

/// Turns a run's result into text. Reporters are pure: no printing, no files, no clock.
public protocol Reporter: Sendable {
    /// The name used with `--format`, e.g. `json`.
    static var identifier: String { get }
    /// The whole output for `result`.
    func report(_ result: CheckResult) -> String
}
