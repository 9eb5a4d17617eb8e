public import PlumbCore

/// A plugin's manifest, `plugin.yaml` (插件清单): who it is, how to start it, and the checks it offers.
public struct PluginManifest: Sendable {
    /// The protocol versions this host speaks.
    public static let supportedProtocolVersions = [1]
    /// Seconds a plugin may take to answer one message, unless its manifest says otherwise.
    public static let defaultTimeout = 10.0
    /// The largest response line accepted, unless the manifest says otherwise (1 MiB).
    public static let defaultMaxResponseBytes = 1 << 20
    /// Requests sent in one `check` message, unless the manifest says otherwise.
    public static let defaultBatchSize = 64

    /// e.g. `evidence-check`; every check id starts with it and a dot.
    public var id: String
    public var version: String
    public var protocolVersion: Int
    public var title: String
    public var description: String?
    /// Discipline tokens it serves.
    public var disciplines: [String]
    /// The program and its arguments, run in the plugin's folder.
    public var command: [String]
    /// Seconds allowed for the handshake and for each response.
    public var timeout: Double
    /// The largest response line accepted, in bytes.
    public var maxResponseBytes: Int
    /// Requests per `check` message.
    public var batchSize: Int
    public var checks: [CheckDeclaration]
    /// The manifest file.
    public var file: String
    /// The plugin's folder (the command's working directory).
    public var folder: String

    public init(id: String, version: String, protocolVersion: Int, title: String, description: String?, disciplines: [String],
                command: [String], timeout: Double, maxResponseBytes: Int, batchSize: Int, checks: [CheckDeclaration],
                file: String, folder: String) {
        self.id = id
        self.version = version
        self.protocolVersion = protocolVersion
        self.title = title
        self.description = description
        self.disciplines = disciplines
        self.command = command
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.batchSize = batchSize
        self.checks = checks
        self.file = file
        self.folder = folder
    }
}

/// One check a plugin offers: what rules call with `check: {id: ...}`.
public struct CheckDeclaration: Sendable {
    public var id: String
    public var summary: String
    public var details: String?
    /// Record kinds it reads (empty: any).
    public var kinds: [RecordKind]
    /// Discipline tokens; the plugin's when not given.
    public var disciplines: [String]
    public var optionsSchema: ObjectSchema
    /// Defaults the host adds to the options a rule passes, typed.
    public var optionDefaults: [String: Value]
    public var references: [RuleReference]
    public var examples: [CheckerExample]

    public init(id: String, summary: String, details: String?, kinds: [RecordKind], disciplines: [String], optionsSchema: ObjectSchema,
                optionDefaults: [String: Value], references: [RuleReference], examples: [CheckerExample]) {
        self.id = id
        self.summary = summary
        self.details = details
        self.kinds = kinds
        self.disciplines = disciplines
        self.optionsSchema = optionsSchema
        self.optionDefaults = optionDefaults
        self.references = references
        self.examples = examples
    }
}
