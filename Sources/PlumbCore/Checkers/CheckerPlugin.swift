/// A plugin (插件): a named, versioned set of checkers for one or more disciplines, either compiled in
/// (a Swift target under `plugins/`) or external (a program speaking the JSON-lines protocol).
public struct CheckerPlugin: Sendable {
    /// How the plugin runs.
    public enum Kind: String, Sendable {
        case inProcess = "in-process"
        case external
    }

    /// e.g. `excavation`, `evidence-check`.
    public var id: String
    public var version: String
    public var kind: Kind
    public var title: String
    /// Discipline tokens it serves.
    public var disciplines: [String]
    public var checkers: [any Checker]
    /// For external plugins: the manifest (`plugin.yaml`) it was loaded from.
    public var manifest: String?

    public init(id: String, version: String, kind: Kind, title: String, disciplines: [String], checkers: [any Checker], manifest: String? = nil) {
        self.id = id
        self.version = version
        self.kind = kind
        self.title = title
        self.disciplines = disciplines
        self.checkers = checkers
        self.manifest = manifest
    }

    /// Functions its checkers add to expressions.
    public var functions: [ExpressionFunction] { checkers.flatMap(\.functions) }
}
