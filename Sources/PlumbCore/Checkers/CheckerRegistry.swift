/// The checkers and expression functions available to packs: an explicit list handed in at start-up.
public struct CheckerRegistry: Sendable {
    public let checkers: [String: any Checker]
    /// Functions of all checkers, by name.
    public let functions: [String: ExpressionFunction]

    public init(_ checkers: [any Checker]) {
        var byID: [String: any Checker] = [:]
        var functions: [String: ExpressionFunction] = [:]
        for checker in checkers {
            byID[checker.id] = checker
            for function in checker.functions { functions[function.name] = function }
        }
        self.checkers = byID
        self.functions = functions
    }

    public static let empty = CheckerRegistry([])
}
