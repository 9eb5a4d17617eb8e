import PlumbCore

/// Reading helpers over a pack's YAML mapping that report problems with locations instead of throwing.
struct PackDocument {
    let file: String
    var errors: [PackLoadError] = []

    init(file: String) {
        self.file = file
    }

    func location(_ position: SourcePosition) -> SourceLocation { SourceLocation(file: file, position: position) }

    mutating func fail(_ problem: PackProblem, _ message: String, at position: SourcePosition) {
        errors.append(PackLoadError(problem, message, at: location(position)))
    }

    /// Reports keys outside `allowed`, with a suggestion.
    mutating func checkKeys(_ map: Mapping, allowed: Set<String>, in what: String) {
        for entry in map.entries where !allowed.contains(entry.key) {
            fail(.unknownKey, "unknown key '\(entry.key)' in \(what)\(Suggestion.hint(for: entry.key, among: allowed.sorted()))", at: entry.keyPosition)
        }
    }

    /// A required text value.
    mutating func text(_ map: Mapping, _ key: String, at position: SourcePosition, in what: String) -> String? {
        guard let value = map[key] else {
            fail(.missingKey, "\(what) needs '\(key)'", at: position)
            return nil
        }
        return optionalText(value, key)
    }

    /// A text value, or nil with an error when it is not text (numbers are accepted as their text).
    mutating func optionalText(_ value: Value?, _ key: String) -> String? {
        guard let value, !value.isNull else { return nil }
        switch value.node {
        case .string(let text): return text
        case .integer, .number: return value.displayText
        default:
            fail(.badValue, "'\(key)' should be text, not a \(value.typeName)", at: value.position)
            return nil
        }
    }

    /// One text or a list of texts.
    mutating func texts(_ value: Value?, _ key: String) -> [String] {
        guard let value, !value.isNull else { return [] }
        if let items = value.listValue { return items.compactMap { optionalText($0, key) } }
        return optionalText(value, key).map { [$0] } ?? []
    }

    /// The record kinds named by one text or a list of texts; each unknown name is an error with a suggestion.
    mutating func kinds(_ value: Value?, in what: String) -> [RecordKind] {
        var kinds: [RecordKind] = []
        for name in texts(value, "kind") {
            if let kind = RecordKind(rawValue: name) {
                kinds.append(kind)
            } else if let value {
                fail(.badValue, "\(what): '\(name)' is not a record kind\(Suggestion.hint(for: name, among: RecordKind.allCases.map(\.rawValue)))",
                     at: value.position)
            }
        }
        return kinds
    }

    /// A mapping value, or nil with an error.
    mutating func mapping(_ value: Value?, _ key: String) -> Mapping? {
        guard let value, !value.isNull else { return nil }
        guard let map = value.mappingValue else {
            fail(.badValue, "'\(key)' should be a mapping, not a \(value.typeName)", at: value.position)
            return nil
        }
        return map
    }

    /// `reference:` as text or `{document, edition, clause}`.
    mutating func reference(_ value: Value?) -> RuleReference? {
        guard let value, !value.isNull else { return nil }
        if let text = value.stringValue { return RuleReference(document: text) }
        guard let map = mapping(value, "reference") else { return nil }
        checkKeys(map, allowed: PackKeys.reference, in: "reference")
        guard let name = text(map, "document", at: value.position, in: "reference") else { return nil }
        return RuleReference(document: name, edition: optionalText(map["edition"], "edition"), clause: optionalText(map["clause"], "clause"))
    }
}
