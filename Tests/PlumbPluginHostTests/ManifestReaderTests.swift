import Foundation
@testable import PlumbPluginHost
import PlumbCore
import PlumbLoad
import XCTest

/// plugin.yaml validation: what a sound manifest becomes, and every bad one named at its line and column.
final class ManifestReaderTests: XCTestCase {
    private func read(_ yaml: String) -> (PluginManifest?, [String]) {
        let value = Data(yaml.utf8).withUnsafeBytes { YAMLReader().read($0) }.documents.first ?? Value(.null)
        var reader = ManifestReader(file: "plugin.yaml", folder: "/plugins/demo")
        let manifest = reader.read(value)
        return (manifest, reader.errors.map(\.description))
    }

    private let header = "id: demo\nversion: 1.2.0\nprotocolVersion: 1\ncommand: [python3, demo.py]\n"

    func testASoundManifest() throws {
        let (manifest, errors) = read("""
        id: demo
        version: 1.2.0
        protocolVersion: 1
        title: 示例插件
        disciplines: [基坑, lifting]
        command: ./demo
        timeout: 500 ms
        batchSize: 8
        checks:
          - id: demo.files
            summary: Checks files
            kinds: [InspectionRecord]
            references: [JGJ 59-2011, {document: GB 5144-2006, clause: "6.1.2"}]
            options:
              maxDays: {type: integer, default: 3}
              window: {type: quantity, unit: d, default: 2 d}
              level: {type: text, values: [low, high], default: high}
              kinds: {type: list, items: text, default: [jpeg, png]}
            examples:
              pass:
                - record: {kind: InspectionRecord, spec: {checklist: c, items: []}}
              fail:
                - record: {kind: InspectionRecord, spec: {checklist: c, items: []}}
                  options: {maxDays: 1}
                  findings: 2
                  paths: [spec.items]
        """)
        XCTAssertEqual(errors, [])
        let demo = try XCTUnwrap(manifest)
        XCTAssertEqual(demo.command, ["./demo"])
        XCTAssertEqual(demo.timeout, 0.5)
        XCTAssertEqual(demo.batchSize, 8)
        XCTAssertEqual(demo.maxResponseBytes, PluginManifest.defaultMaxResponseBytes)
        XCTAssertEqual(demo.disciplines, ["excavation", "lifting"])
        XCTAssertEqual(demo.folder, "/plugins/demo")
        let check = try XCTUnwrap(demo.checks.first)
        XCTAssertEqual(check.kinds, [.inspectionRecord])
        XCTAssertEqual(check.references.map(\.text), ["JGJ 59-2011", "GB 5144-2006 6.1.2"])
        XCTAssertEqual(check.optionsSchema.fields.map(\.name), ["maxDays", "window", "level", "kinds"])
        XCTAssertEqual(check.optionDefaults["window"]?.node, .quantity(Quantity(2, .day)))
        XCTAssertEqual(check.optionDefaults["level"]?.stringValue, "high")
        XCTAssertEqual(check.optionDefaults["kinds"]?.listValue?.compactMap(\.stringValue), ["jpeg", "png"])
        XCTAssertEqual(check.examples.map(\.expectation), [.pass, .fail])
        XCTAssertEqual(check.examples[1].findingCount, 2)
        XCTAssertEqual(check.examples[1].paths, ["spec.items"])
        XCTAssertEqual(check.examples[1].location, SourceLocation(file: "plugin.yaml", line: 23, column: 11))
        XCTAssertEqual(check.examples[1].recordFile, "plugin.yaml")
    }

    /// Each bad manifest: the errors, each with the line and column of the offending key or value.
    func testBadManifestsNameLineAndColumn() {
        let check = "checks: [{id: demo.c, summary: s}]\n"
        let cases: [(name: String, yaml: String, errors: [String])] = [
            ("not a mapping", "- a\n", ["plugin.yaml:1:1: error: [plugin/bad-value] a plugin manifest must be a mapping with id, version, protocolVersion, command and checks"]),
            ("unknown key", header + check + "timout: 5\n",
             ["plugin.yaml:6:1: error: [plugin/unknown-key] unknown key 'timout' in a plugin manifest (did you mean 'timeout'?)"]),
            ("missing command", "id: demo\nversion: 1\nprotocolVersion: 1\n" + check,
             ["plugin.yaml:1:1: error: [plugin/missing-key] plugin demo needs 'command' (the program to run and its arguments, e.g. [python3, plugin.py])"]),
            ("empty command", header.replacingOccurrences(of: "[python3, demo.py]", with: "[]") + check,
             ["plugin.yaml:4:10: error: [plugin/bad-value] 'command' should be a program or a list of a program and its arguments, e.g. [python3, plugin.py]"]),
            ("protocol 2", header.replacingOccurrences(of: "protocolVersion: 1", with: "protocolVersion: 2") + check,
             ["plugin.yaml:3:18: error: [plugin/unsupported-protocol] plugin demo speaks protocol version 2; this plumb speaks 1"]),
            ("bad id", header.replacingOccurrences(of: "id: demo", with: "id: Demo_Plugin") + "checks: [{id: Demo_Plugin.c, summary: s}]\n",
             ["plugin.yaml:1:5: error: [plugin/bad-value] plugin id 'Demo_Plugin' should be lower-case letters, digits and hyphens"]),
            ("no checks", header + "checks: []\n", ["plugin.yaml:5:9: error: [plugin/bad-value] 'checks' should be a non-empty list of checks"]),
            ("duplicate check", header + "checks: [{id: demo.c, summary: s}, {id: demo.c, summary: t}]\n",
             ["plugin.yaml:5:36: error: [plugin/duplicate] check 'demo.c' is declared twice"]),
            ("unknown kind", header + "checks: [{id: demo.c, summary: s, kinds: [HazardTiket]}]\n",
             ["plugin.yaml:5:43: error: [plugin/bad-value] 'HazardTiket' is not a record kind (did you mean 'HazardTicket'?)"]),
            ("bad default", header + "checks: [{id: demo.c, summary: s, options: {days: {type: quantity, unit: d, default: 3 kN}}}]\n",
             ["plugin.yaml:5:86: error: [plugin/bad-value] default of option 'days' is '3 kN', not a quantity in time (a number in d, or text such as \"6.5 d\")"]),
            ("quantity without unit", header + "checks: [{id: demo.c, summary: s, options: {days: {type: quantity}}}]\n",
             ["plugin.yaml:5:58: error: [plugin/bad-value] quantity option 'days' needs a known 'unit' (m, cm, mm, km, kN, N, t, kg, kN/m², MPa, kN/m, N/m, A, mA, s, ms, min, h, d, V, kV, °C, %)"]),
            ("bad example", header + "checks: [{id: demo.c, summary: s, examples: {fail: [{findings: 0, record: {}}]}}]\n",
             ["plugin.yaml:5:64: error: [plugin/bad-value] 'findings' should be the number of findings expected (1 or more)"]),
            ("bad batch size", header + check + "batchSize: 0\n",
             ["plugin.yaml:6:12: error: [plugin/bad-value] 'batchSize' should be a whole number of at least 1, not '0'"]),
        ]
        for (name, yaml, expected) in cases {
            let (manifest, errors) = read(yaml)
            XCTAssertNil(manifest, name)
            XCTAssertEqual(errors, expected, name)
        }
    }
}
