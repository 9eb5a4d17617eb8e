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
        ExampleCompletion.complete(record, kind: match.kinds.count == 1 ? match.kinds[0] : nil,
                                   discipline: match.disciplines?.sorted().first ?? "general", id: "EX-\(ruleID)-\(number)")
    }
}
