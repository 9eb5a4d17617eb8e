/// Which rule packs a run uses.
public struct RuleSelection: Sendable {
    /// The shipped packs folder (`rules/`), when found.
    public var shippedRules: String?
    /// `--rules PATH`: packs added to the shipped ones.
    public var additional: [String]
    /// `--only-rules PATH`: packs used instead of the shipped ones.
    public var only: [String]
    /// `--set pack.parameter=value`, and `parameters:` of plumb.yaml.
    public var overrides: [String: String]
    /// Where overrides from plumb.yaml are written, so pack errors about them name the line.
    public var overrideLocations: [String: SourceLocation]
    /// `--plugins PATH`: where external plugins are loaded from (the only places they are loaded from).
    public var pluginPaths: [String]

    public init(shippedRules: String?, additional: [String] = [], only: [String] = [], overrides: [String: String] = [:],
                overrideLocations: [String: SourceLocation] = [:], pluginPaths: [String] = []) {
        self.shippedRules = shippedRules
        self.additional = additional
        self.only = only
        self.overrides = overrides
        self.overrideLocations = overrideLocations
        self.pluginPaths = pluginPaths
    }

    /// No packs at all: records are only validated.
    public static let none = RuleSelection(shippedRules: nil)

    /// The paths to load packs from.
    public var paths: [String] {
        if !only.isEmpty { return only }
        return (shippedRules.map { [$0] } ?? []) + additional
    }
}
