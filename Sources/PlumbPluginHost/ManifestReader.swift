public import PlumbCore

/// Reads and validates a `plugin.yaml` already parsed into a ``Value`` (the facade reads the YAML): unknown
/// keys, missing keys and bad values are errors naming the manifest's line and column (STYLE.md §3).
public struct ManifestReader {
    /// Keys each part of a manifest may hold.
    enum Keys {
        static let manifest: Set<String> = [
            "id", "version", "protocolVersion", "title", "description", "disciplines", "command", "timeout",
            "maxResponseBytes", "batchSize", "checks",
        ]
        static let check: Set<String> = ["id", "summary", "description", "kinds", "disciplines", "references", "options", "examples"]
        static let option: Set<String> = ["type", "unit", "items", "values", "required", "default", "description"]
        static let reference: Set<String> = ["document", "edition", "clause"]
        static let examples: Set<String> = ["pass", "fail"]
        static let example: Set<String> = ["record", "options", "findings", "paths", "messages", "asOf", "description"]
    }

    /// Option types a manifest may declare.
    static let optionTypes = ["text", "number", "integer", "boolean", "date", "quantity", "list", "any"]

    public let file: String
    public let folder: String
    public private(set) var errors: [PluginLoadError] = []

    public init(file: String, folder: String) {
        self.file = file
        self.folder = folder
    }

    /// The manifest, or nil with ``errors`` saying why.
    public mutating func read(_ root: Value) -> PluginManifest? {
        guard let map = root.mappingValue else {
            fail(.badValue, "a plugin manifest must be a mapping with id, version, protocolVersion, command and checks", at: root.position)
            return nil
        }
        checkKeys(map, Keys.manifest, in: "a plugin manifest")
        let id = requiredText(map, "id", at: root.position, in: "a plugin manifest")
        if let id, !Self.isIdentifier(id) {
            fail(.badValue, "plugin id '\(id)' should be lower-case letters, digits and hyphens", at: map["id"]!.position)
        }
        let what = "plugin \(id ?? "?")"
        let version = requiredText(map, "version", at: root.position, in: what)
        var protocolVersion = 1
        if let value = map["protocolVersion"] {
            if let number = value.numberValue, number == number.rounded() {
                protocolVersion = Int(number)
                if !PluginManifest.supportedProtocolVersions.contains(protocolVersion) {
                    fail(.unsupportedProtocol, "\(what) speaks protocol version \(protocolVersion); this plumb speaks \(PluginManifest.supportedProtocolVersions.map(String.init).joined(separator: ", "))", at: value.position)
                }
            } else {
                fail(.badValue, "'protocolVersion' should be a whole number, not \(value.typeName) '\(value.displayText)'", at: value.position)
            }
        } else {
            fail(.missingKey, "\(what) needs 'protocolVersion' (1)", at: root.position)
        }
        let command = readCommand(map["command"], at: root.position, in: what)
        let disciplines = readDisciplines(map["disciplines"])
        let timeout = readTimeout(map["timeout"])
        let maxBytes = positiveInteger(map["maxResponseBytes"], "maxResponseBytes") ?? PluginManifest.defaultMaxResponseBytes
        let batchSize = positiveInteger(map["batchSize"], "batchSize") ?? PluginManifest.defaultBatchSize
        var checks: [CheckDeclaration] = []
        if let list = map["checks"] {
            if let items = list.listValue, !items.isEmpty {
                for item in items {
                    if let check = readCheck(item, pluginID: id ?? "", disciplines: disciplines) {
                        if checks.contains(where: { $0.id == check.id }) {
                            fail(.duplicate, "check '\(check.id)' is declared twice", at: item.position)
                        } else {
                            checks.append(check)
                        }
                    }
                }
            } else {
                fail(.badValue, "'checks' should be a non-empty list of checks", at: list.position)
            }
        } else {
            fail(.missingKey, "\(what) needs 'checks' (the checks it offers)", at: root.position)
        }
        guard errors.isEmpty, let id, let version, let command else { return nil }
        return PluginManifest(id: id, version: version, protocolVersion: protocolVersion, title: optionalText(map["title"], "title") ?? id,
                              description: optionalText(map["description"], "description"), disciplines: disciplines, command: command,
                              timeout: timeout, maxResponseBytes: maxBytes, batchSize: batchSize, checks: checks, file: file, folder: folder)
    }

    // MARK: - Parts

    private mutating func readCommand(_ value: Value?, at position: SourcePosition, in what: String) -> [String]? {
        guard let value else {
            fail(.missingKey, "\(what) needs 'command' (the program to run and its arguments, e.g. [python3, plugin.py])", at: position)
            return nil
        }
        if let text = value.stringValue, !text.trimmingWhitespace.isEmpty { return [text] }
        if let items = value.listValue, !items.isEmpty {
            let words = items.compactMap(\.stringValue)
            if words.count == items.count, !words.contains(where: \.isEmpty) { return words }
        }
        fail(.badValue, "'command' should be a program or a list of a program and its arguments, e.g. [python3, plugin.py]", at: value.position)
        return nil
    }

    private mutating func readDisciplines(_ value: Value?) -> [String] {
        var tokens: [String] = []
        for item in value.map({ $0.listValue ?? [$0] }) ?? [] {
            if let text = item.stringValue, let token = EnumerationDomain.discipline.token(for: text) {
                tokens.append(token)
            } else {
                fail(.badValue, "'\(item.displayText)' is not a discipline (\(EnumerationDomain.discipline.tokens.joined(separator: ", ")))", at: item.position)
            }
        }
        return tokens
    }

    private mutating func readTimeout(_ value: Value?) -> Double {
        guard let value else { return PluginManifest.defaultTimeout }
        var seconds: Double?
        switch value.node {
        case .integer, .number: seconds = value.numberValue
        case .string(let text):
            if case .success(let quantity) = Quantity.parse(text, defaultUnit: .second) { seconds = quantity.amount(in: .second) }
        default: break
        }
        guard let seconds, seconds > 0, seconds <= 600 else {
            fail(.badValue, "'timeout' should be seconds between 0 and 600 (e.g. 10, or \"500 ms\"), not '\(value.displayText)'", at: value.position)
            return PluginManifest.defaultTimeout
        }
        return seconds
    }

    private mutating func readCheck(_ value: Value, pluginID: String, disciplines: [String]) -> CheckDeclaration? {
        guard let map = value.mappingValue else {
            fail(.badValue, "a check should be a mapping with id, summary and options", at: value.position)
            return nil
        }
        checkKeys(map, Keys.check, in: "a check")
        guard let id = requiredText(map, "id", at: value.position, in: "a check") else { return nil }
        if !pluginID.isEmpty, !id.hasPrefix(pluginID + ".") {
            fail(.badValue, "check id '\(id)' should start with the plugin id: '\(pluginID).…'", at: map["id"]!.position)
        }
        let summary = requiredText(map, "summary", at: value.position, in: "check \(id)") ?? id
        var kinds: [RecordKind] = []
        for item in map["kinds"].map({ $0.listValue ?? [$0] }) ?? [] {
            if let kind = item.stringValue.flatMap(RecordKind.init(rawValue:)) {
                kinds.append(kind)
            } else {
                fail(.badValue, "'\(item.displayText)' is not a record kind\(Suggestion.hint(for: item.displayText, among: RecordKind.allCases.map(\.rawValue)))", at: item.position)
            }
        }
        let own = map["disciplines"].map { readDisciplines($0) } ?? disciplines
        var fields: [ObjectSchema.Field] = []
        var defaults: [String: Value] = [:]
        if let options = map["options"] {
            if let entries = options.mappingValue?.entries {
                for entry in entries {
                    if let (field, fallback) = readOption(entry.key, entry.value) {
                        fields.append(field)
                        if let fallback { defaults[entry.key] = fallback }
                    }
                }
            } else if !options.isNull {
                fail(.badValue, "'options' should map each option name to {type, default, description}", at: options.position)
            }
        }
        var references: [RuleReference] = []
        for item in map["references"].map({ $0.listValue ?? [$0] }) ?? [] {
            if let reference = readReference(item) { references.append(reference) }
        }
        let examples = readExamples(map["examples"])
        return CheckDeclaration(id: id, summary: summary, details: optionalText(map["description"], "description"), kinds: kinds,
                                disciplines: own, optionsSchema: ObjectSchema(fields), optionDefaults: defaults,
                                references: references, examples: examples)
    }

    private mutating func readOption(_ name: String, _ value: Value) -> (ObjectSchema.Field, Value?)? {
        guard let map = value.mappingValue else {
            fail(.badValue, "option '\(name)' should be a mapping with 'type'", at: value.position)
            return nil
        }
        checkKeys(map, Keys.option, in: "option '\(name)'")
        guard let typeName = requiredText(map, "type", at: value.position, in: "option '\(name)'") else { return nil }
        guard let type = fieldType(typeName, map: map, option: name, at: map["type"]!.position) else { return nil }
        let required = map["required"]?.boolValue ?? false
        var fallback: Value?
        if let raw = map["default"] {
            fallback = typedDefault(raw, type: type, option: name)
        }
        return (ObjectSchema.Field(name, type, required: required, optionalText(map["description"], "description") ?? ""), fallback)
    }

    private mutating func fieldType(_ name: String, map: Mapping, option: String, at position: SourcePosition) -> FieldType? {
        switch name {
        case "text":
            if let values = map["values"]?.listValue {
                let tokens = values.compactMap(\.stringValue)
                return .enumeration(EnumerationDomain(option, tokens.map { EnumerationDomain.Case($0) }))
            }
            return .string
        case "number": return .number
        case "integer": return .integer
        case "boolean": return .boolean
        case "date": return .date
        case "any": return .any
        case "quantity":
            guard let symbol = optionalText(map["unit"], "unit"), let unit = UnitCatalog.unit(symbol) else {
                fail(.badValue, "quantity option '\(option)' needs a known 'unit' (\(UnitCatalog.all.map(\.symbol).joined(separator: ", ")))", at: map["unit"]?.position ?? position)
                return nil
            }
            return .quantity(unit)
        case "list":
            let itemName = optionalText(map["items"], "items") ?? "any"
            guard itemName != "list", let item = fieldType(itemName, map: Mapping(), option: option, at: map["items"]?.position ?? position) else {
                fail(.badValue, "list option '\(option)' has items of type '\(itemName)'; use text, number, integer, boolean, date or any", at: map["items"]?.position ?? position)
                return nil
            }
            return .list(item)
        default:
            fail(.badValue, "option type '\(name)' is not one of \(Self.optionTypes.joined(separator: ", "))\(Suggestion.hint(for: name, among: Self.optionTypes))", at: position)
            return nil
        }
    }

    /// A default converted to its option's type, or nil with an error.
    private mutating func typedDefault(_ raw: Value, type: FieldType, option: String) -> Value? {
        let bad = { (reader: inout ManifestReader) -> Value? in
            reader.fail(.badValue, "default of option '\(option)' is '\(raw.displayText)', not \(type.expectation)", at: raw.position)
            return nil
        }
        switch (type, raw.node) {
        case (.any, _), (.string, .string), (.number, .integer), (.number, .number), (.boolean, .bool), (.integer, .integer):
            return raw
        case (.enumeration(let domain), .string(let text)):
            return domain.token(for: text).map { Value(.string($0), at: raw.position) } ?? bad(&self)
        case (.date, .string(let text)):
            return CalendarDate(iso: text).map { Value(.date($0), at: raw.position) } ?? bad(&self)
        case (.quantity(let unit), .integer), (.quantity(let unit), .number):
            return Value(.quantity(Quantity(raw.numberValue!, unit)), at: raw.position)
        case (.quantity(let unit), .string(let text)):
            if case .success(let quantity) = Quantity.parse(text, defaultUnit: unit), quantity.dimension == unit.dimension {
                return Value(.quantity(quantity), at: raw.position)
            }
            return bad(&self)
        case (.list(let item), .list(let items)):
            var typed: [Value] = []
            for element in items {
                guard let value = typedDefault(element, type: item, option: option) else { return nil }
                typed.append(value)
            }
            return Value(.list(ValueList(typed)), at: raw.position)
        default:
            return bad(&self)
        }
    }

    private mutating func readReference(_ value: Value) -> RuleReference? {
        if let text = value.stringValue { return RuleReference(document: text) }
        guard let map = value.mappingValue else {
            fail(.badValue, "a reference should be text or {document, edition, clause}", at: value.position)
            return nil
        }
        checkKeys(map, Keys.reference, in: "a reference")
        guard let document = requiredText(map, "document", at: value.position, in: "a reference") else { return nil }
        return RuleReference(document: document, edition: optionalText(map["edition"], "edition"), clause: optionalText(map["clause"], "clause"))
    }

    private mutating func readExamples(_ value: Value?) -> [CheckerExample] {
        guard let value, !value.isNull else { return [] }
        guard let map = value.mappingValue else {
            fail(.badValue, "'examples' should be a mapping with 'pass' and 'fail' lists", at: value.position)
            return []
        }
        checkKeys(map, Keys.examples, in: "examples")
        var examples: [CheckerExample] = []
        for (key, expectation) in [("pass", CheckerExample.Expectation.pass), ("fail", .fail)] {
            for item in map[key].map({ $0.listValue ?? [$0] }) ?? [] {
                guard let entry = item.mappingValue else {
                    fail(.badValue, "an example should be a mapping with 'record'", at: item.position)
                    continue
                }
                checkKeys(entry, Keys.example, in: "an example")
                guard let record = entry["record"] else {
                    fail(.missingKey, "an example needs 'record'", at: item.position)
                    continue
                }
                var count: Int?
                if let findings = entry["findings"] {
                    if let number = findings.numberValue, number >= 1, number == number.rounded() { count = Int(number) } else {
                        fail(.badValue, "'findings' should be the number of findings expected (1 or more)", at: findings.position)
                    }
                }
                var asOf: CalendarDate?
                if let date = entry["asOf"] {
                    asOf = date.stringValue.flatMap { CalendarDate(iso: $0) }
                    if asOf == nil { fail(.badValue, "example asOf '\(date.displayText)' is not a date", at: date.position) }
                }
                examples.append(CheckerExample(
                    expectation: expectation, record: .value(record), options: entry["options"].map { .value($0) }, findingCount: count,
                    paths: texts(entry["paths"], "paths"), messages: texts(entry["messages"], "messages"), asOf: asOf, recordFile: file,
                    location: SourceLocation(file: file, position: item.position), note: optionalText(entry["description"], "description")))
            }
        }
        return examples
    }

    // MARK: - Helpers

    private mutating func fail(_ problem: PluginProblem, _ message: String, at position: SourcePosition) {
        errors.append(PluginLoadError(problem, message, at: SourceLocation(file: file, position: position)))
    }

    private mutating func checkKeys(_ map: Mapping, _ allowed: Set<String>, in what: String) {
        for entry in map.entries where !allowed.contains(entry.key) {
            fail(.unknownKey, "unknown key '\(entry.key)' in \(what)\(Suggestion.hint(for: entry.key, among: allowed.sorted()))", at: entry.keyPosition)
        }
    }

    private mutating func requiredText(_ map: Mapping, _ key: String, at position: SourcePosition, in what: String) -> String? {
        guard let value = map[key] else {
            fail(.missingKey, "\(what) needs '\(key)'", at: position)
            return nil
        }
        guard let text = optionalText(value, key), !text.isEmpty else {
            if value.isNull { fail(.missingKey, "\(what) needs '\(key)'", at: value.position) }
            return nil
        }
        return text
    }

    private mutating func optionalText(_ value: Value?, _ key: String) -> String? {
        guard let value, !value.isNull else { return nil }
        switch value.node {
        case .string(let text): return text
        case .integer, .number: return value.displayText
        default:
            fail(.badValue, "'\(key)' should be text, not a \(value.typeName)", at: value.position)
            return nil
        }
    }

    private mutating func texts(_ value: Value?, _ key: String) -> [String] {
        (value.map { $0.listValue ?? [$0] } ?? []).compactMap { optionalText($0, key) }
    }

    private mutating func positiveInteger(_ value: Value?, _ key: String) -> Int? {
        guard let value else { return nil }
        guard let number = value.numberValue, number >= 1, number == number.rounded(), number < 1e12 else {
            fail(.badValue, "'\(key)' should be a whole number of at least 1, not '\(value.displayText)'", at: value.position)
            return nil
        }
        return Int(number)
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
