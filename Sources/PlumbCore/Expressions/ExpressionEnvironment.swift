/// What the names in an expression mean when it is compiled: the kinds of record it runs on,
/// the pack's parameters and the functions checkers registered.
public struct ExpressionEnvironment: Sendable {
    /// The record kinds the rule matches; field paths are typed by their schema.
    public var kinds: [RecordKind]
    /// `params.<name>` and its type.
    public var parameters: [String: ExpressionType]
    /// Functions beyond the built-ins, by name.
    public var functions: [String: ExpressionFunction]
    /// Parameter values known when the pack loads (defaults and overrides): `params.x` compiles to a
    /// constant, and a `matches` pattern given as a parameter is compiled once.
    public var parameterValues: [String: Value]
    /// The pack's definitions, read as `defs.<name>`.
    public var definitions: [String: CompiledDefinition]
    /// Names of the pack's definitions that did not compile (already reported where they are written).
    public var brokenDefinitions: Set<String>

    public init(kinds: [RecordKind], parameters: [String: ExpressionType] = [:], functions: [String: ExpressionFunction] = [:],
                parameterValues: [String: Value] = [:], definitions: [String: CompiledDefinition] = [:], brokenDefinitions: Set<String> = []) {
        self.kinds = kinds
        self.parameters = parameters
        self.functions = functions
        // Detached once here: compiled expressions hold these and read them for every record.
        self.parameterValues = parameterValues.mapValues(\.detached)
        self.definitions = definitions
        self.brokenDefinitions = brokenDefinitions
    }

    /// The top-level fields of a record.
    static let rootFields: Set<String> = ["apiVersion", "kind", "metadata", "spec"]

    /// Names built into the language (for "did you mean").
    static let builtinNames = ["asOf", "record", "params", "defs", "classification", "true", "false", "null"]
}
