import PlumbCore

/// The functions the general plugin adds to expressions; arguments that are null (a missing field) give null.
enum RiskFunctions {
    static let all: [ExpressionFunction] = [lec, lsRisk, riskLevel]

    /// `lec(L, E, C)`: D = L × E × C; a factor outside the LEC table is an evaluation error (a finding).
    static let lec = ExpressionFunction(
        name: "lec", summary: "LEC risk value D = L × E × C; a factor outside the LEC tables is an error",
        parameters: [.number, .number, .number], result: .number
    ) { arguments, _ in
        let numbers = arguments.map(\.numberValue)
        guard let l = numbers[0], let e = numbers[1], let c = numbers[2] else { return .null }
        return .number(try RiskMatrix.lec(l, e, c))
    }

    /// `lsRisk(L, S)`: R = L × S, each 1–5.
    static let lsRisk = ExpressionFunction(
        name: "lsRisk", summary: "LS risk value R = L × S, each a whole number from 1 to 5",
        parameters: [.number, .number], result: .number
    ) { arguments, _ in
        guard let l = arguments[0].numberValue, let s = arguments[1].numberValue else { return .null }
        return .number(try RiskMatrix.ls(l, s))
    }

    /// `riskLevel(method, value, bands)`: `major`, `significant`, `general` or `low`.
    static let riskLevel = ExpressionFunction(
        name: "riskLevel",
        summary: "Risk level token (major, significant, general, low) of a value; bands are three descending inclusive lower bounds, e.g. params.lecBands",
        parameters: [.string, .number, .list(.number)], result: .string
    ) { arguments, _ in
        guard let method = arguments[0].stringValue, let value = arguments[1].numberValue else { return .null }
        guard let bands = arguments[2].listValue?.map(\.numberValue), !bands.contains(where: { $0 == nil }) else {
            throw EvaluationError("riskLevel() needs its bands as a list of three numbers")
        }
        switch method.uppercased() {
        case "LEC":
            guard value > 0 else { throw EvaluationError("an LEC value must be positive, not \(value.tidy)") }
        case "LS":
            guard (1...25).contains(value) else { throw EvaluationError("an LS value must be from 1 to 25, not \(value.tidy)") }
        default:
            throw EvaluationError("riskLevel() method must be 'LEC' or 'LS', not '\(method)'")
        }
        return .string(try RiskMatrix.level(value, bands: bands.compactMap { $0 }))
    }
}
