import PlumbCore

/// Walks a document's storage alongside its schema, collecting issues and normalising nodes where they lie:
/// dates and quantities typed, enumerations as their token. A value with a problem becomes null (rules read
/// it as missing; the issue says why).
struct FieldWalker {
    let acceptsTextForScalars: Bool
    let storage: RecordStorage
    var issues: [LoadIssue] = []

    init(acceptsTextForScalars: Bool, storage: RecordStorage) {
        self.acceptsTextForScalars = acceptsTextForScalars
        self.storage = storage
    }

    /// Checks the node `index` against `type`, normalising it in place.
    mutating func check(_ index: Int, as type: FieldType, path: () -> String) {
        let node = storage[index]
        switch (type, node.kind) {
        case (.object(let schema), .mapping):
            object(index, schema: schema, path: path)
        case (.list(let itemType), .list):
            for (offset, child) in node.children.enumerated() {
                check(child, as: itemType, path: { FieldPath.appending(index: offset, to: path()) })
            }
        case (.list(let itemType), .string) where acceptsTextForScalars:
            // A CSV cell `a; b` is the list [a, b].
            let parts = storage.string(at: index).split(whereSeparator: { $0 == ";" || $0 == "；" }).map { String($0).trimmingWhitespace }
            storage.replace(index, withContainer: .list, of: parts.map { storage.scalarNode(.string($0), at: node.position)! })
            for (offset, child) in storage[index].children.enumerated() {
                check(child, as: itemType, path: { FieldPath.appending(index: offset, to: path()) })
            }
        case (_, .null), (.any, _), (.string, .string), (.integer, .integer), (.number, .integer), (.number, .number),
             (.boolean, .bool):
            // Already what the schema asks for: nothing is read out.
            break
        case (.date, .string):
            // Read on the bytes; a text that is no date goes the generic way, which reports it.
            guard let date = CalendarDate(isoUTF8: storage.bytes(of: index)) else { return normalise(index, as: type, path: path) }
            storage.replace(index, with: .date(date))
        case (.enumeration(let domain), .string):
            // A token or a Chinese term as written is found on the bytes; other spellings go the generic way.
            let written = storage.bytes(of: index)
            guard let token = domain.token(forUTF8: written) else { return normalise(index, as: type, path: path) }
            let isAsWritten = token.utf8.withContiguousStorageIfAvailable { UTF8Bytes.equal($0, written) } ?? false
            if !isAsWritten { storage.replace(index, with: .string(token)) }
        default:
            normalise(index, as: type, path: path)
        }
    }

    /// The node `index` read out as a value and checked against `type`: replaced by its normalised form, or
    /// by null after a reported problem.
    private mutating func normalise(_ index: Int, as type: FieldType, path: () -> String) {
        let value = storage.value(at: index)
        guard let replacement = checked(value, as: type, path: path) else { return }
        if case .string(let token) = replacement, value.stringValue == token { return }
        storage.replace(index, with: replacement)
    }

    /// The normalised scalar when it differs from `value` (nil: keep it as it is).
    private mutating func checked(_ value: Value, as type: FieldType, path: () -> String) -> Value.Node? {
        var name: String { let path = path(); return path.isEmpty ? "the document" : "'\(path)'" }
        switch (type, value.node) {
        case (_, .null), (.any, _), (.string, .string):
            return nil
        case (.string, _):
            report(.badType, "\(name) should be text, not \(value.typeName) \(value.displayText); quote it (\"\(value.displayText)\") so it is read as written", value, path())
        case (.date, .string(let text)):
            if let date = CalendarDate(iso: text) { return .date(date) }
            report(.badDate, "\(name) is '\(text)', not an ISO 8601 date (YYYY-MM-DD) or a day that exists", value, path())
        case (.date, _):
            report(.badDate, "\(name) should be an ISO 8601 date such as 2026-11-02, not \(value.typeName) \(value.displayText)", value, path())
        case (.integer, .integer):
            return nil
        case (.integer, .number(let real)) where real == real.rounded() && abs(real) < 1e15:
            return .integer(Int(real))
        case (.integer, .string(let text)) where acceptsTextForScalars && Int(text.trimmingWhitespace) != nil:
            return .integer(Int(text.trimmingWhitespace)!)
        case (.number, .integer), (.number, .number):
            return nil
        case (.number, .string(let text)) where acceptsTextForScalars && Double(text.trimmingWhitespace) != nil:
            return .number(Double(text.trimmingWhitespace)!)
        case (.integer, _), (.number, _):
            report(.badType, "\(name) should be \(type.expectation), not \(value.typeName) '\(value.displayText)'", value, path())
        case (.boolean, .bool):
            return nil
        case (.boolean, .string(let text)) where acceptsTextForScalars && ["true", "false"].contains(text.lowercased()):
            return .bool(text.lowercased() == "true")
        case (.boolean, _):
            report(.badType, "\(name) should be true or false, not '\(value.displayText)' (YAML 1.2 reads yes/no/on/off as text)", value, path())
        case (.quantity(let unit), _):
            return quantity(value, unit: unit, name: name, path: path)
        case (.enumeration(let domain), .string(let text)):
            if let token = domain.token(for: text) { return .string(token) }
            report(.badEnum, "\(name) is '\(text)', not one of \(domain.tokens.joined(separator: ", "))\(Suggestion.hint(for: text, among: domain.tokens))", value, path())
        case (.enumeration(let domain), _):
            report(.badEnum, "\(name) is \(value.typeName) '\(value.displayText)', not one of \(domain.tokens.joined(separator: ", "))", value, path())
        case (.list, _):
            report(.badType, "\(name) should be a list, not \(value.typeName) '\(value.displayText)'", value, path())
        case (.object, _):
            report(.badType, "\(name) should be a mapping of fields, not \(value.typeName) '\(value.displayText)'", value, path())
        }
        // Only reached after a problem was reported: rules read the field as missing, the finding above says why.
        return .null
    }

    /// Paths are built only when a problem is reported: `path` is called, never stored.
    private mutating func object(_ index: Int, schema: ObjectSchema, path: () -> String) {
        let storage = storage
        let position = storage[index].position
        // Required fields first, on the values as written (a field that fails its type below is not also 'empty').
        for field in schema.requiredFields {
            var childPath: String { FieldPath.appending(field.name, to: path()) }
            guard let child = field.nameUTF8.withUnsafeBufferPointer({ storage.child($0, ofMapping: index) }) else {
                // Top-level fields are checked with the header, before the walk.
                if !path().isEmpty || !["apiVersion", "kind"].contains(field.name) {
                    issues.append(LoadIssue(.missingField, "required field '\(childPath)' is missing", at: position, path: childPath))
                }
                continue
            }
            let node = storage[child]
            if node.kind == .null || node.kind == .string && Self.isBlank(storage.bytes(of: child)) {
                issues.append(LoadIssue(.missingField, "required field '\(childPath)' is empty", at: node.position, path: childPath))
            }
        }
        for child in storage[index].children {
            // Keys are compared as bytes; the key becomes a `String` only for a path or a message.
            if let field = schema.field(utf8: storage.keyBytes(of: child)) {
                check(child, as: field.type, path: { FieldPath.appending(storage.key(at: child), to: path()) })
                continue
            }
            let key = storage.key(at: child)
            if !ObjectSchema.isExtensionField(key) {
                let childPath = FieldPath.appending(key, to: path())
                issues.append(LoadIssue(
                    .unknownField,
                    "unknown field '\(childPath)'\(Suggestion.hint(for: key, among: schema.fields.map(\.name)))",
                    at: storage[child].keyPosition, path: childPath))
            }
        }
    }

    /// Whether UTF-8 text is empty or only spaces, tabs, line breaks and ideographic spaces (U+3000).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                index += 3
            default:
                return false
            }
        }
        return true
    }

    private mutating func quantity(_ value: Value, unit: PhysicalUnit, name: @autoclosure () -> String, path: () -> String) -> Value.Node? {
        switch value.node {
        case .integer, .number:
            return .quantity(Quantity(value.numberValue!, unit))
        case .quantity(let quantity) where quantity.dimension == unit.dimension:
            return nil
        case .string(let text):
            switch Quantity.parse(text, defaultUnit: unit) {
            case .success(let quantity) where quantity.dimension == unit.dimension:
                return .quantity(quantity)
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
        return .null
    }

    private mutating func report(_ problem: RecordProblem, _ message: String, _ value: Value, _ path: String) {
        issues.append(LoadIssue(problem, message, at: value.position, path: path))
    }
}
