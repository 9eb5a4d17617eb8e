/// The checkers and expression functions available to packs: an explicit list handed in at start-up
/// (the built-in plugins, then external plugins from configured paths).
public struct CheckerRegistry: Sendable {
    public let checkers: [String: any Checker]
    /// Functions of all checkers, by name.
    public let functions: [String: ExpressionFunction]
    /// The plugins the checkers come from, in registration order (for `plumb plugins list`).
    public let plugins: [CheckerPlugin]

    /// A registry of plugins; a checker id or function name given twice keeps the first.
    public init(plugins: [CheckerPlugin]) {
        var byID: [String: any Checker] = [:]
        var functions: [String: ExpressionFunction] = [:]
        for checker in plugins.flatMap(\.checkers) {
            if byID[checker.id] == nil { byID[checker.id] = checker }
            for function in checker.functions where functions[function.name] == nil { functions[function.name] = function }
        }
        self.checkers = byID
        self.functions = functions
        self.plugins = plugins
    }

    /// A registry of loose checkers (tests), as one unnamed in-process plugin.
    public init(_ checkers: [any Checker]) {
        self.init(plugins: checkers.isEmpty ? [] : [CheckerPlugin(id: "local", version: PlumbVersion.current, kind: .inProcess,
                                                                  title: "checkers", disciplines: [], checkers: checkers)])
    }

    /// Every checker in plugin order.
    public var allCheckers: [any Checker] { plugins.flatMap(\.checkers) }

    public static let empty = CheckerRegistry(plugins: [])
}
