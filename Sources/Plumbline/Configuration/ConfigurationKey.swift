/// Every key `plumb.yaml` may hold; any other key is an error (STYLE.md §3).
public enum ConfigurationKey: String, Sendable, CaseIterable {
    case paths
    case packs
    case parameters
    case severity
    case disable
    case include
    case exclude
    case plugins
    case waivers
    case baseline
    case formats
    case failOn
    case show

    /// One line for docs and `plumb init`.
    public var summary: String {
        switch self {
        case .paths: "Files and folders `plumb check` checks when none are named on the command line."
        case .packs: "Rule packs (files or folders) added to the shipped ones."
        case .parameters: "Pack parameter overrides, `pack-id.parameter: value` (`--set` wins)."
        case .severity: "Severity overrides per rule id: error, warning, info, or off."
        case .disable: "Rule ids whose findings are not reported."
        case .include: "Globs a record file must match to be checked (found by walking folders)."
        case .exclude: "Globs of record files never checked (found by walking folders)."
        case .plugins: "Folders of out-of-process plugins."
        case .waivers: "The waivers file (YAML)."
        case .baseline: "The baseline file: only findings not in it are reported."
        case .formats: "Default outputs, FORMAT or FORMAT:FILE (`--format` wins)."
        case .failOn: "Exit 1 at or above this severity: error, warning, info, never (`--fail-on` wins)."
        case .show: "The least severe finding shown: error, warning, info (`--show` wins)."
        }
    }
}
