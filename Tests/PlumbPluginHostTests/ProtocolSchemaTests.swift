import Foundation
@testable import PlumbPluginHost
import PlumbCore
import XCTest

/// docs/plugins/schema/ and the host agree: the messages plumb writes have exactly the schemas' keys and
/// constants, and the manifest schema lists exactly the keys the manifest reader accepts.
final class ProtocolSchemaTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/plugins/schema")

    private func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(name).schema.json"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], name)
    }

    private func object(_ line: String) throws -> [String: Any] {
        XCTAssertFalse(line.contains("\n"))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], line)
    }

    /// Every required key present, no key outside `properties` when the schema closes the object, constants kept.
    private func assertFits(_ message: [String: Any], _ schema: [String: Any], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for key in schema["required"] as? [String] ?? [] {
            XCTAssertNotNil(message[key], "\(name): missing required '\(key)'", file: file, line: line)
        }
        if schema["additionalProperties"] as? Bool == false {
            for key in message.keys {
                XCTAssertNotNil(properties[key], "\(name): '\(key)' is not in the schema", file: file, line: line)
            }
        }
        for (key, value) in properties {
            guard let constant = (value as? [String: Any])?["const"], let actual = message[key] else { continue }
            XCTAssertEqual("\(constant)", "\(actual)", "\(name).\(key)", file: file, line: line)
        }
    }

    func testMessagesPlumbWritesFitTheirSchemas() throws {
        assertFits(try object(PluginMessages.handshake(id: 0, plugin: "demo")), try schema("handshake-request"), "handshake")
        assertFits(try object(PluginMessages.shutdown(id: 9)), try schema("shutdown-request"), "shutdown")
        let record = Record(kind: .hazardTicket, id: "HZ-1", file: "records/t.yaml", value: Value(.mapping(Mapping([
            .init(key: "apiVersion", keyPosition: .start, value: Value(.string("plumbline/v1"))),
            .init(key: "kind", keyPosition: .start, value: Value(.string("HazardTicket"))),
            .init(key: "metadata", keyPosition: .start, value: Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string("HZ-1")))])))),
            .init(key: "spec", keyPosition: .start, value: Value(.mapping(Mapping()))),
        ]))))
        let request = PluginMessages.Request(index: 0, check: "demo.c", options: Value(.mapping(Mapping())), record: record,
                                             asOf: CalendarDate(year: 2026, month: 11, day: 27)!)
        let check = try object(PluginMessages.check(id: 3, requests: [request]))
        let checkSchema = try schema("check-request")
        assertFits(check, checkSchema, "check")
        let itemSchema = try XCTUnwrap(((checkSchema["properties"] as? [String: Any])?["requests"] as? [String: Any])?["items"] as? [String: Any])
        let item = try XCTUnwrap((check["requests"] as? [[String: Any]])?.first)
        assertFits(item, itemSchema, "check.requests[]")
        XCTAssertEqual(item["file"] as? String, FileManager.default.currentDirectoryPath + "/records/t.yaml")
        XCTAssertEqual(item["asOf"] as? String, "2026-11-27")
    }

    func testManifestSchemaListsTheKeysTheReaderAccepts() throws {
        let manifest = try schema("plugin-manifest")
        let definitions = try XCTUnwrap(manifest["$defs"] as? [String: Any])
        func keys(_ object: Any?) -> Set<String> { Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys ?? [:].keys) }
        XCTAssertEqual(keys(manifest), ManifestReader.Keys.manifest)
        XCTAssertEqual(keys(definitions["check"]), ManifestReader.Keys.check)
        XCTAssertEqual(keys(definitions["option"]), ManifestReader.Keys.option)
        XCTAssertEqual(keys(definitions["example"]), ManifestReader.Keys.example)
        let types = ((definitions["option"] as? [String: Any])?["properties"] as? [String: Any])?["type"] as? [String: Any]
        XCTAssertEqual(types?["enum"] as? [String], ManifestReader.optionTypes)
    }
}
