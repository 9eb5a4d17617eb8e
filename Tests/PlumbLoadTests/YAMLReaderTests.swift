import PlumbCore
import XCTest
@testable import PlumbLoad

/// The libyaml event reader: structure, positions, anchors, merge keys, encodings.
final class YAMLReaderTests: XCTestCase {
    func testEveryNodeCarriesItsOneBasedLineAndColumn() {
        let output = parse("""
        metadata:
          id: MS-1
        spec:
          items:
            - {id: A, points: 10}
            - id: B
        """)
        let root = output.documents[0]
        XCTAssertEqual(root.position, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(root.value(at: "metadata.id")?.position, SourcePosition(line: 2, column: 7))
        XCTAssertEqual(root.value(at: "spec.items[0].points")?.position, SourcePosition(line: 5, column: 23))
        XCTAssertEqual(root.value(at: "spec.items[1].id")?.position, SourcePosition(line: 6, column: 11))
        XCTAssertEqual(root.mappingValue?.entry("spec")?.keyPosition, SourcePosition(line: 3, column: 1))
    }

    func testMultiDocumentStreamsYieldOneValuePerDocument() {
        let output = parse("a: 1\n---\nb: 2\n---\n# comment only\n...\n")
        XCTAssertEqual(output.documents.count, 3)
        XCTAssertEqual(output.documents[1].position.line, 3)
        XCTAssertTrue(output.documents[2].isNull, "an explicit empty document is null")
    }

    func testAnchorsAliasesAndMergeKeys() {
        let output = parse("""
        base: &base {owner: 周伟, funds: 3000}
        copy: *base
        merged:
          <<: *base
          funds: 5000
        many:
          <<: [{a: 1}, {a: 2, b: 2}]
        quotedMerge:
          "<<": literal
        """)
        XCTAssertEqual(output.issues, [])
        let root = output.documents[0]
        XCTAssertEqual(root.value(at: "copy.owner")?.stringValue, "周伟")
        XCTAssertEqual(root.value(at: "copy")?.position, SourcePosition(line: 2, column: 7), "an alias is located where it is used")
        XCTAssertEqual(root.value(at: "merged.funds")?.node, .integer(5000), "keys written in the mapping win over merged ones")
        XCTAssertEqual(root.value(at: "merged.owner")?.stringValue, "周伟")
        XCTAssertEqual(root.value(at: "many.a")?.node, .integer(1), "earlier merge sources win")
        XCTAssertEqual(root.value(at: "many.b")?.node, .integer(2))
        XCTAssertEqual(root.value(at: "quotedMerge")?.mappingValue?.keys, ["<<"], "a quoted << is an ordinary key")
    }

    func testMappingKeysResolveByTheCoreSchemaSoEqualKeysAreDuplicates() {
        let output = parse("""
        0x1F: hex
        1e3: float
        ~: tilde
        true: flag
        "007": quoted
        title: text
        &k 0x10: anchored
        True: again
        31: again
        """)
        // A key is the text of its resolved value: 0x1F is 31, 1e3 is 1000, ~ is null; quoted keys stay as written.
        XCTAssertEqual(output.documents[0].mappingValue?.keys, ["31", "1000", "null", "true", "007", "title", "16"])
        XCTAssertEqual(output.documents[0]["31"]?.stringValue, "hex")
        XCTAssertEqual(output.issues.map(\.problem), [.duplicateKey, .duplicateKey], "True is true, 31 is 0x1F")
        XCTAssertEqual(output.issues.map(\.position.line), [8, 9])
    }

    func testByteOrderMarkCRLFAndTabsInScalarsAreFine() {
        let text = "\u{FEFF}a: x\r\nb: \"tab\there\"\r\nc: 2\r\n"
        let output = parse(text)
        XCTAssertEqual(output.issues, [])
        XCTAssertEqual(output.documents[0]["b"]?.stringValue, "tab\there")
        XCTAssertEqual(output.documents[0]["c"]?.position, SourcePosition(line: 3, column: 4))
    }

    func testJSONGoesThroughTheSameReaderWithPositions() {
        let output = parse("{\n  \"metadata\": {\"id\": \"MS-1\", \"n\": 5, \"ok\": true, \"none\": null}\n}\n")
        XCTAssertEqual(output.issues, [])
        let root = output.documents[0]
        XCTAssertEqual(root.value(at: "metadata.id")?.node, .string("MS-1"))
        XCTAssertEqual(root.value(at: "metadata.n")?.node, .integer(5))
        XCTAssertEqual(root.value(at: "metadata.ok")?.node, .bool(true))
        XCTAssertEqual(root.value(at: "metadata.none")?.node, .null)
        XCTAssertEqual(root.value(at: "metadata.n")?.position, SourcePosition(line: 2, column: 35))
    }

    func testDuplicateKeysKeepTheFirstAndPointAtTheSecond() {
        let output = parse("a: 1\nb: 2\na: 3\n")
        XCTAssertEqual(output.issues.map(\.problem), [.duplicateKey])
        XCTAssertEqual(output.issues[0].position, SourcePosition(line: 3, column: 1))
        XCTAssertEqual(output.documents[0]["a"]?.node, .integer(1))
    }

    func testDuplicateKeysInLargeMappingsAreFoundToo() {
        var lines = (0..<100).map { "k\($0): \($0)" }
        lines.append("k7: again")
        let output = parse(lines.joined(separator: "\n"))
        XCTAssertEqual(output.issues.map(\.problem), [.duplicateKey])
        XCTAssertEqual(output.issues[0].position.line, 101)
    }

    func testAnAliasBombIsAFindingNotAnOutOfMemory() {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...12 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        let output = parse(lines.joined(separator: "\n"))
        XCTAssertEqual(output.issues.map(\.problem), [.aliasBudget])
        XCTAssertGreaterThan(output.issues[0].position.line, 1)
        XCTAssertTrue(output.documents.isEmpty)
    }

    func testDeepNestingIsAFindingAndLaterDocumentsStillLoad() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let output = parse("a: " + deep + "\n---\nb: 2\n")
        XCTAssertEqual(output.issues.map(\.problem), [.tooDeep])
        XCTAssertEqual(output.issues[0].position, SourcePosition(line: 1, column: 4 + ReadLimits.standard.maxDepth - 1))
        XCTAssertEqual(output.documents.count, 1)
        XCTAssertEqual(output.documents[0]["b"]?.node, .integer(2))
    }

    func testDeepBlockNestingDoesNotOverflowTheStack() {
        let deep = (0..<3000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
        let output = parse(deep)
        XCTAssertEqual(output.issues.map(\.problem), [.tooDeep])
    }

    func testNonScalarKeysAreReported() {
        let output = parse("? [a, b]\n: 1\n")
        XCTAssertEqual(output.issues.map(\.problem), [.badKey])
    }
}
