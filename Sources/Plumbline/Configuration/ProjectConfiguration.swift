import Foundation
public import PlumbCore

/// A project's `plumb.yaml`: which records, which packs and parameters, severity overrides, waivers,
/// baseline and default outputs. Paths in it are relative to its folder (the project root).
/// Command-line options win over it.
public struct ProjectConfiguration: Sendable {
    /// A `pack-id.parameter` override and where it is written.
    public struct ParameterSetting: Sendable, Hashable {
        public var key: String
        /// The value as text, parsed against the parameter's type when packs load.
        public var value: String
        public var location: SourceLocation
    }

    /// A rule id named in `severity` or `disable`, and where.
    public struct RuleSetting: Sendable, Hashable {
        public var ruleId: String
        /// The new severity; nil disables the rule (`off`, or listed under `disable`).
        public var severity: Severity?
        public var location: SourceLocation
    }

    /// The file read (as found or named); nil when the project has none.
    public var file: String?
    /// The project root: the folder of ``file``, or `.`.
    public var folder: String
    /// Default paths to check (resolved against ``folder``).
    public var paths: [String] = []
    /// Rule packs added to the shipped ones (resolved).
    public var packs: [String] = []
    /// `parameters:`, in file order.
    public var parameters: [ParameterSetting] = []
    /// `severity:` and `disable:` entries, in file order.
    public var ruleSettings: [RuleSetting] = []
    /// `include:` globs, relative to ``folder``.
    public var include: [Glob] = []
    /// `exclude:` globs, relative to ``folder``.
    public var exclude: [Glob] = []
    /// Plugin folders (resolved); plugin loading reads them.
    public var pluginPaths: [String] = []
    /// The waivers file (resolved).
    public var waiversFile: String?
    /// The baseline file (resolved).
    public var baselineFile: String?
    /// Default outputs, `FORMAT` or `FORMAT:FILE` with FILE resolved.
    public var formats: [String] = []
    /// `error`, `warning`, `info` or `never`.
    public var failOn: String?
    /// The least severe finding shown.
    public var show: Severity?

    public init(file: String? = nil, folder: String = ".") {
        self.file = file
        self.folder = folder
    }

    /// No configuration file: every default.
    public static let none = ProjectConfiguration()

    /// `path` as written in the file, made usable from the current folder.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || folder == "." || folder.isEmpty { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// Parameter overrides as the rule loader takes them.
    public var parameterOverrides: [String: String] {
        Dictionary(parameters.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// Where each parameter override is written, for pack errors that name it.
    public var parameterLocations: [String: SourceLocation] {
        Dictionary(parameters.map { ($0.key, $0.location) }, uniquingKeysWith: { _, last in last })
    }

    /// Severity overrides and disabled rules, applied to findings.
    public var adjustments: RuleAdjustments {
        var adjustments = RuleAdjustments()
        for setting in ruleSettings {
            if let severity = setting.severity {
                adjustments.severities[setting.ruleId] = severity
            } else {
                adjustments.disabled.insert(setting.ruleId)
            }
        }
        return adjustments
    }

    /// Which walked files are checked.
    public var fileSelection: FileSelection { FileSelection(root: folder, include: include, exclude: exclude) }

    /// Rule ids in `severity` and `disable` that no loaded pack or built-in check defines.
    public func unknownRules(known: Set<String>) -> [ConfigurationIssue] {
        ruleSettings.filter { !known.contains($0.ruleId) }.map { setting in
            ConfigurationIssue(.unknownRule, "no rule '\(setting.ruleId)'\(Suggestion.hint(for: setting.ruleId, among: known.sorted()))", at: setting.location)
        }
    }
}
