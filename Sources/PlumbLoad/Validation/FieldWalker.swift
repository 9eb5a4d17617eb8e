import PlumbCore

/// Walks a document alongside its schema, collecting issues and building the normalised value.
struct FieldWalker {
    let acceptsTextForScalars: Bool
    var issues: [LoadIssue] = []

    init(acceptsTextForScalars: Bool) {
        self.acceptsTextForScalars = acceptsTextForScalars
    }

    /// Checks `value` against `type` and normalises it where it lies: mappings and lists are walked in place,
    /// so a record's tree is never copied. A value with a problem becomes null (rules read it as missing).
    mutating func check(_ value: inout Value, as type: FieldType, path: () -> String) {
        // Containers are taken out of `value` first, so theirs is the only reference and they change in place.
        switch type {
        case .object(let schema):
            if var map = value.takeMapping() {
                object(&map, schema: schema, at: value.position, path: path)
                value.node = .mapping(map)
                return
            }
        case .list(let itemType):
            if var items = value.takeList() {
                for index in items.indices {
                    check(&items[index], as: itemType, path: { FieldPath.appending(index: index, to: path()) })
                }
                value.node = .list(items)
                return
            }
        default:
            break
        }
        if let replacement = checked(value, as: type, path: path) { value = replacement }
    }

    /// The normalised scalar when it differs from `value` (nil: keep it as it is).
    private mutating func checked(_ value: Value, as type: FieldType, path: () -> String) -> Value? {
        var name: String { let path = path(); return path.isEmpty ? "the document" : "'\(path)'" }
        switch (type, value.node) {
        case (_, .null), (.any, _), (.string, .string):
            return nil
        case (.string, _):
            report(.badType, "\(name) should be text, not \(value.typeName) \(value.displayText); quote it (\"\(value.displayText)\") so it is read as written", value, path())
        case (.date, .string(let text)):
            if let date = CalendarDate(iso: text) { return Value(.date(date), at: value.position) }
            report(.badDate, "\(name) is '\(text)', not an ISO 8601 date (YYYY-MM-DD) or a day that exists", value, path())
        case (.date, _):
            report(.badDate, "\(name) should be an ISO 8601 date such as 2026-11-02, not \(value.typeName) \(value.displayText)", value, path())
        case (.integer, .integer):
            return nil
        case (.integer, .number(let real)) where real == real.rounded() && abs(real) < 1e15:
            return Value(.integer(Int(real)), at: value.position)
        case (.integer, .string(let text)) where acceptsTextForScalars && Int(text.trimmingWhitespace) != nil:
            return Value(.integer(Int(text.trimmingWhitespace)!), at: value.position)
        case (.number, .integer), (.number, .number):
            return nil
        case (.number, .string(let text)) where acceptsTextForScalars && Double(text.trimmingWhitespace) != nil:
            return Value(.number(Double(text.trimmingWhitespace)!), at: value.position)
        case (.integer, _), (.number, _):
            report(.badType, "\(name) should be \(type.expectation), not \(value.typeName) '\(value.displayText)'", value, path())
        case (.boolean, .bool):
            return nil
        case (.boolean, .string(let text)) where acceptsTextForScalars && ["true", "false"].contains(text.lowercased()):
            return Value(.bool(text.lowercased() == "true"), at: value.position)
        case (.boolean, _):
            report(.badType, "\(name) should be true or false, not '\(value.displayText)' (YAML 1.2 reads yes/no/on/off as text)", value, path())
        case (.quantity(let unit), _):
            return quantity(value, unit: unit, name: name, path: path)
        case (.enumeration(let domain), .string(let text)):
            if let token = domain.token(for: text) { return Value(.string(token), at: value.position) }
            report(.badEnum, "\(name) is '\(text)', not one of \(domain.tokens.joined(separator: ", "))\(Suggestion.hint(for: text, among: domain.tokens))", value, path())
        case (.enumeration(let domain), _):
            report(.badEnum, "\(name) is \(value.typeName) '\(value.displayText)', not one of \(domain.tokens.joined(separator: ", "))", value, path())
        case (.list(let itemType), .string(let text)) where acceptsTextForScalars:
            let parts = text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { String($0).trimmingWhitespace }
            var items = parts.map { Value(.string($0), at: value.position) }
            for index in items.indices {
                check(&items[index], as: itemType, path: { FieldPath.appending(index: index, to: path()) })
            }
            return Value(.list(items), at: value.position)
        case (.list, _):
            report(.badType, "\(name) should be a list, not \(value.typeName) '\(value.displayText)'", value, path())
        case (.object, _):
            report(.badType, "\(name) should be a mapping of fields, not \(value.typeName) '\(value.displayText)'", value, path())
        }
        // Only reached after a problem was reported: rules read the field as missing, the finding above says why.
        return Value(.null, at: value.position)
    }

    /// Paths are built only when a problem is reported: `path` is called, never stored.
    private mutating func object(_ map: inout Mapping, schema: ObjectSchema, at position: SourcePosition, path: () -> String) {
        // Required fields first, on the values as written (a field that fails its type below is not also 'empty').
        for field in schema.requiredFields {
            var childPath: String { FieldPath.appending(field.name, to: path()) }
            guard let entry = map.entry(field.name) else {
                // Top-level fields are checked with the header, before the walk.
                if !path().isEmpty || !["apiVersion", "kind"].contains(field.name) {
                    issues.append(LoadIssue(.missingField, "required field '\(childPath)' is missing", at: position, path: childPath))
                }
                continue
            }
            if entry.value.isNull || entry.value.stringValue?.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }) == true {
                issues.append(LoadIssue(.missingField, "required field '\(childPath)' is empty", at: entry.value.position, path: childPath))
            }
        }
        for index in map.entries.indices {
            let key = map.entries[index].key
            if let field = schema.field(key) {
                check(&map.entries[index].value, as: field.type, path: { FieldPath.appending(key, to: path()) })
            } else if !ObjectSchema.isExtensionField(key) {
                let childPath = FieldPath.appending(key, to: path())
                issues.append(LoadIssue(
                    .unknownField,
                    "unknown field '\(childPath)'\(Suggestion.hint(for: key, among: schema.fields.map(\.name)))",
                    at: map.entries[index].keyPosition, path: childPath))
            }
        }
    }

    private mutating func quantity(_ value: Value, unit: PhysicalUnit, name: @autoclosure () -> String, path: () -> String) -> Value {
        switch value.node {
        case .integer, .number:
            return Value(.quantity(Quantity(value.numberValue!, unit)), at: value.position)
        case .quantity(let quantity) where quantity.dimension == unit.dimension:
            return value
        case .string(let text):
            switch Quantity.parse(text, defaultUnit: unit) {
            case .success(let quantity) where quantity.dimension == unit.dimension:
                return Value(.quantity(quantity), at: value.position)
            case .success(let quantity):
                report(.badUnit, "\(name()) is '\(text)': \(quantity.unit.symbol) is a unit of \(quantity.dimension.rawValue) (\(quantity.dimension.chineseName)), but this field is a \(unit.dimension.rawValue) (\(unit.dimension.chineseName)) in \(unit.symbol)", value, path())
            case .failure(.unknownUnit(let symbol)):
                let symbols = UnitCatalog.all.filter { $0.dimension == unit.dimension }.map(\.symbol)
                report(.badUnit, "\(name()) is '\(text)': unknown unit '\(symbol)'; use \(symbols.joined(separator: ", "))\(Suggestion.hint(for: symbol, among: symbols))", value, path())
            case .failure(.notANumber):
                report(.badType, "\(name()) is '\(text)', not \(FieldType.quantity(unit).expectation)", value, path())
            }
        default:
            report(.badType, "\(name()) should be \(FieldType.quantity(unit).expectation), not \(value.typeName)", value, path())
        }
        return Value(.null, at: value.position)
    }

    private mutating func report(_ problem: RecordProblem, _ message: String, _ value: Value, _ path: String) {
        issues.append(LoadIssue(problem, message, at: value.position, path: path))
    }
}
