import Foundation
import PlumbCore

/// Reads a rule's `examples:`; partial example records are completed with defaults so authors write only what matters.
struct ExampleReader {
    let folder: String
    let ruleID: String
    let match: RuleMatch

    func read(_ value: Value?, document: inout PackDocument) -> [RuleExample] {
        guard let map = document.mapping(value, "examples") else { return [] }
        document.checkKeys(map, allowed: PackKeys.examples, in: "examples")
        var examples: [RuleExample] = []
        for (key, expectation) in [("pass", RuleExample.Expectation.pass), ("fail", .fail)] {
            guard let list = map[key] else { continue }
            for (index, item) in (list.listValue ?? [list]).enumerated() {
                if let example = example(item, expectation: expectation, number: index + 1, document: &document) {
                    examples.append(example)
                }
            }
        }
        return examples
    }

    private func example(_ item: Value, expectation: RuleExample.Expectation, number: Int, document: inout PackDocument) -> RuleExample? {
        guard let map = document.mapping(item, "example") else { return nil }
        let isWrapper = map["record"] != nil || map["file"] != nil
        var record = item
        var context: [Value] = []
        var expected = expectation == .fail ? [ruleID] : []
        var paths: [String] = []
        var asOf: CalendarDate?
        if isWrapper {
            document.checkKeys(map, allowed: PackKeys.exampleWrapper, in: "an example")
            if let file = document.optionalText(map["file"], "file") {
                guard let loaded = load(file, at: map["file"]!.position, document: &document) else { return nil }
                record = loaded
            } else {
                record = map["record"]!
            }
            context = (map["context"]?.listValue ?? []).map { complete($0, number: 0) }
            if map["expect"] != nil { expected = document.texts(map["expect"], "expect") }
            paths = document.texts(map["paths"], "paths")
            if let value = map["asOf"] {
                asOf = value.stringValue.flatMap { CalendarDate(iso: $0) }
                if asOf == nil { document.fail(.badExample, "example asOf '\(value.displayText)' is not a date", at: value.position) }
            }
        }
        return RuleExample(expectation: expectation, document: complete(record, number: number), context: context,
                           expectedRuleIDs: expected, expectedPaths: paths, location: document.location(item.position), asOf: asOf)
    }

    private func load(_ file: String, at position: SourcePosition, document: inout PackDocument) -> Value? {
        let path = file.hasPrefix("/") ? file : "\(folder)/\(file)"
        guard let data = FileManager.default.contents(atPath: path) else {
            document.fail(.badExample, "example file '\(file)' cannot be read", at: position)
            return nil
        }
        let output = data.withUnsafeBytes { YAMLReader().read($0) }
        guard let first = output.documents.first, output.issues.isEmpty else {
            document.fail(.badExample, "example file '\(file)' is not one YAML record", at: position)
            return nil
        }
        return first
    }

    /// Fills in what a partial example leaves out: apiVersion, kind (when the rule matches one), metadata.id/project/discipline.
    private func complete(_ record: Value, number: Int) -> Value {
        guard var map = record.mappingValue else { return record }
        let at = record.position
        func set(_ key: String, _ value: Value.Node, in target: inout Mapping) {
            if target[key] == nil { target.entries.append(.init(key: key, keyPosition: at, value: Value(value, at: at))) }
        }
        set("apiVersion", .string(RecordKind.supportedAPIVersions[0]), in: &map)
        if map["kind"] == nil, match.kinds.count == 1 { set("kind", .string(match.kinds[0].rawValue), in: &map) }
        var metadata = map["metadata"]?.mappingValue ?? Mapping()
        set("id", .string("EX-\(ruleID)-\(number)"), in: &metadata)
        let kind = map["kind"]?.stringValue.flatMap(RecordKind.init(rawValue:))
        if kind?.requiresProject ?? true { set("project", .string("示例项目"), in: &metadata) }
        if kind?.requiresDiscipline ?? false { set("discipline", .string(match.disciplines?.sorted().first ?? "general"), in: &metadata) }
        if let index = map.entries.firstIndex(where: { $0.key == "metadata" }) {
            map.entries[index].value = Value(.mapping(metadata), at: map.entries[index].value.position)
        } else {
            map.entries.append(.init(key: "metadata", keyPosition: at, value: Value(.mapping(metadata), at: at)))
        }
        if map["spec"] == nil { set("spec", .mapping(Mapping()), in: &map) }
        return Value(.mapping(map), at: at)
    }
}
