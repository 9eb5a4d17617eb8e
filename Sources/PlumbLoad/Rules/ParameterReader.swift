import PlumbCore

/// Reads a pack's `parameters:` block and parses override values written as text (`--set`).
enum ParameterReader {
    static func read(_ map: Mapping, document: inout PackDocument) -> [PackParameter] {
        var parameters: [PackParameter] = []
        for entry in map.entries {
            guard let spec = document.mapping(entry.value, entry.key) else { continue }
            document.checkKeys(spec, allowed: PackKeys.parameter, in: "parameter '\(entry.key)'")
            guard let typeName = document.text(spec, "type", at: entry.value.position, in: "parameter '\(entry.key)'") else { continue }
            guard let kind = PackParameter.Kind(rawValue: typeName) else {
                document.fail(.badValue, "parameter type '\(typeName)' is not one of \(PackParameter.Kind.allCases.map(\.rawValue).joined(separator: ", "))",
                              at: spec["type"]!.position)
                continue
            }
            var unit: PhysicalUnit?
            if let unitText = document.optionalText(spec["unit"], "unit") {
                unit = UnitCatalog.unit(unitText)
                if unit == nil { document.fail(.badValue, "unknown unit '\(unitText)'", at: spec["unit"]!.position) }
            }
            if kind == .quantity, unit == nil, spec["unit"] == nil {
                document.fail(.missingKey, "quantity parameter '\(entry.key)' needs a 'unit'", at: entry.value.position)
                continue
            }
            guard let raw = spec["default"] else {
                document.fail(.missingKey, "parameter '\(entry.key)' needs a 'default'", at: entry.value.position)
                continue
            }
            let parameter = PackParameter(name: entry.key, kind: kind, unit: unit, defaultValue: raw,
                                          description: document.optionalText(spec["description"], "description"),
                                          unconfirmed: spec["unconfirmed"]?.boolValue ?? false)
            switch typed(raw, for: parameter) {
            case .success(let value):
                var checked = parameter
                checked.defaultValue = value
                parameters.append(checked)
            case .failure(let failure):
                document.fail(.badValue, "default of parameter '\(entry.key)': \(failure.reason)", at: raw.position)
            }
        }
        return parameters
    }

    /// `value` converted to the parameter's type, or why it cannot be.
    static func typed(_ value: Value, for parameter: PackParameter) -> Result<Value, ParameterValueError> {
        let text = value.stringValue
        switch (parameter.kind, value.node) {
        case (.number, .integer), (.number, .number), (.boolean, .bool), (.list, .list), (.text, .string), (.date, .date), (.quantity, .quantity):
            return .success(value)
        case (.number, .string):
            if let number = Double(text!.trimmingWhitespace) { return .success(Value(.number(number), at: value.position)) }
        case (.boolean, .string):
            if let flag = ["true": true, "false": false][text!.lowercased()] { return .success(Value(.bool(flag), at: value.position)) }
        case (.text, .integer), (.text, .number):
            return .success(Value(.string(value.displayText), at: value.position))
        case (.date, .string):
            if let date = CalendarDate(iso: text!) { return .success(Value(.date(date), at: value.position)) }
        case (.quantity, .integer), (.quantity, .number):
            return .success(Value(.quantity(Quantity(value.numberValue!, parameter.unit ?? .metre)), at: value.position))
        case (.quantity, .string):
            let unit = parameter.unit ?? .metre
            switch Quantity.parse(text!, defaultUnit: unit) {
            case .success(let quantity) where quantity.dimension == unit.dimension:
                return .success(Value(.quantity(quantity), at: value.position))
            case .success(let quantity):
                return .failure(ParameterValueError(reason: "\(quantity) is a \(quantity.dimension.rawValue), not a \(unit.dimension.rawValue)"))
            case .failure:
                break
            }
        case (.list, .string):
            let items = text!.split(separator: ",").map { Value(.string(String($0).trimmingWhitespace), at: value.position) }
            return .success(Value(.list(ValueList(items)), at: value.position))
        default:
            break
        }
        return .failure(ParameterValueError(reason: "'\(value.displayText)' is not a \(parameter.kind.rawValue)\(parameter.unit.map { " in \($0.symbol)" } ?? "")"))
    }
}

/// Why a parameter value does not fit its type.
struct ParameterValueError: Error {
    var reason: String
}
