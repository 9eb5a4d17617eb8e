import PlumbCore
import XCTest
@testable import PlumbLoad

/// Records held flat (`RecordStorage`): one node array and one text buffer per document, keys once per
/// file. What the reader and validation do to it, and that values read from it behave like trees.
final class RecordStorageTests: XCTestCase {
    func testAnAliasIsACopySoEachPlaceIsNormalisedForItsOwnField() {
        // The same scalar is a date in metadata.date and text in spec.description: normalising one place
        // must not change the other.
        let outcome = load(hazardTicket(specLines: ["level: general", "description: *day", "status: open"])
            .replacingOccurrences(of: "date: 2026-11-02", with: "date: &day 2026-11-02"))
        XCTAssertEqual(summary(outcome), [])
        let record = try! XCTUnwrap(outcome.records.first)
        XCTAssertEqual(record.value.value(at: "metadata.date")?.node, .date(CalendarDate(year: 2026, month: 11, day: 2)!))
        XCTAssertEqual(record.value.value(at: "spec.description")?.node, .string("2026-11-02"))
        XCTAssertEqual(record.value.value(at: "spec.description")?.position, SourcePosition(line: 10, column: 16),
                       "the copy is located where the alias is written")
    }

    func testAliasesAndMergedEntriesShareNoNodes() {
        // Validation changes nodes in place, so a container an alias or a merge key brings in must be a copy.
        let root = parse("a: &x {b: {c: 2026-11-02}}\nd: *x\nm: {<<: *x}\n").documents[0]
        func node(_ path: String) -> Int? { root.value(at: path)?.mappingValue?.stored?.node }
        let places = ["a.b", "d.b", "m.b"].compactMap(node)
        XCTAssertEqual(places.count, 3)
        XCTAssertEqual(Set(places).count, 3, "three places, three nodes")
        XCTAssertEqual(root.value(at: "m.b.c")?.node, .string("2026-11-02"))
        XCTAssertEqual(root.value(at: "d")?.position, SourcePosition(line: 2, column: 4))
    }

    func testMergedEntriesAreCopiesToo() {
        let text = """
        apiVersion: plumbline/v1
        kind: HazardTicket
        metadata: &meta
          id: HZ-1
          project: 南湖站
          discipline: work-at-height
          date: 2026-11-02
        spec:
          level: general
          description: 临边防护缺失
          status: open
          x-source: {<<: *meta}

        """
        let outcome = load(text)
        XCTAssertEqual(summary(outcome), [])
        let record = try! XCTUnwrap(outcome.records.first)
        XCTAssertNotNil(record.value.value(at: "metadata.date")?.node.date, "the schema's date field is typed")
        XCTAssertEqual(record.value.value(at: "spec.x-source.date")?.node, .string("2026-11-02"),
                       "the merged copy under an extension field stays as written")
    }

    func testTheDocumentsOfAFileShareOneTableOfKeys() {
        let outcome = load(hazardTicket(id: "HZ-1") + "---\n" + hazardTicket(id: "HZ-2"))
        XCTAssertEqual(outcome.records.count, 2)
        let (first, second) = (outcome.records[0].storage, outcome.records[1].storage)
        XCTAssertTrue(first.keys === second.keys, "one key table per file")
        XCTAssertEqual(outcome.records[1].value.mappingValue?.keys, ["apiVersion", "kind", "metadata", "spec"])
        XCTAssertEqual(outcome.records[1].value.value(at: "metadata.id")?.stringValue, "HZ-2")
    }

    func testAKeyTableWritesEachKeyOnceAndFindsItAgainAfterGrowing() {
        let table = KeyTable()
        var offsets: [String: Int] = [:]
        for number in 0 ..< 500 {
            let key = "key-\(number)-键"
            offsets[key] = table.intern(key).offset
        }
        for (key, offset) in offsets {
            XCTAssertEqual(table.intern(key).offset, offset, "\(key) is found, not written again")
            XCTAssertEqual(String(decoding: table.key(offset: offset, length: key.utf8.count), as: UTF8.self), key)
        }
        XCTAssertEqual(Set(offsets.values).count, 500, "different keys, different places")
    }

    func testAKeyLongerThanANodeCanCarryIsCutAtACharacterAndReported() {
        let long = String(repeating: "键", count: 30_000) // 90,000 bytes
        // An explicit key (`? …`): libyaml allows plain implicit keys of 1,024 characters at most.
        let output = parse("? \(long)\n: 1\nnext: 2\n")
        XCTAssertEqual(output.issues.map(\.problem), [.badKey])
        XCTAssertEqual(output.issues.first?.position, SourcePosition(line: 1, column: 3))
        let keys = output.documents.first?.mappingValue?.keys ?? []
        guard keys.count == 2 else { return XCTFail("two keys, got \(keys.count)") }
        XCTAssertEqual(keys[0].utf8.count, 65_535 - 65_535 % 3, "cut before a character that would not fit whole")
        XCTAssertTrue(keys[0].unicodeScalars.allSatisfy { $0 == "键" })
        XCTAssertEqual(output.documents[0].value(at: "next")?.node, .integer(2), "the rest of the document is read")
    }

    func testValidationLeavesNoTextThatNoNodeReads() {
        let outcome = load(hazardTicket(specLines: ["level: 一般隐患", "description: 临边防护缺失", "status: open"]))
        XCTAssertEqual(summary(outcome), [])
        let record = try! XCTUnwrap(outcome.records.first)
        let storage = record.storage
        var textOfNodes = 0
        for index in 0 ..< storage.nodeCount where storage[index].kind == .string { textOfNodes += storage[index].high }
        XCTAssertEqual(storage.textCount, textOfNodes, "the date's text and the Chinese term are gone once typed")
        XCTAssertEqual(record.value.value(at: "spec.level")?.stringValue, "general", "the Chinese term became its token")
        XCTAssertEqual(record.value.value(at: "spec.description")?.stringValue, "临边防护缺失")
        XCTAssertEqual(record.value.value(at: "metadata.project")?.stringValue, "南湖站")
    }

    func testATreeCopiedIntoStorageReadsAsTheSameValue() {
        let tree = Value(.mapping(Mapping([
            .init(key: "title", keyPosition: SourcePosition(line: 2, column: 3), value: Value(.string("基坑支护"), at: SourcePosition(line: 2, column: 10))),
            .init(key: "depth", keyPosition: SourcePosition(line: 3, column: 3), value: Value(.quantity(Quantity(6.5, .metre)), at: SourcePosition(line: 3, column: 10))),
            .init(key: "items", keyPosition: SourcePosition(line: 4, column: 3), value: Value(.list(ValueList([
                Value(.integer(-7)), Value(.number(2.5)), Value(.bool(true)), Value(.null), Value(.date(CalendarDate(year: 2026, month: 2, day: 28)!)),
            ])), at: SourcePosition(line: 5, column: 5))),
        ])), at: SourcePosition(line: 1, column: 1))
        let stored = RecordStorage(copying: tree).rootValue
        XCTAssertEqual(stored, tree, "a view equals the tree it was copied from, positions included")
        XCTAssertEqual(stored.hashValue, tree.hashValue)
        XCTAssertEqual(stored.mappingValue?.entry("depth")?.keyPosition, SourcePosition(line: 3, column: 3))
        XCTAssertEqual(stored.value(at: "items.4")?.node, .date(CalendarDate(year: 2026, month: 2, day: 28)!))
        XCTAssertEqual(stored.value(at: "items[1]")?.node, .number(2.5))
        XCTAssertNil(stored.value(at: "items.5"), "past the end of a list")
        XCTAssertNil(stored.value(at: "title.more"), "a field of a text")
    }

    func testEmptyPartsOfAPathAreSkippedAsForBuiltValues() {
        let stored = parse("metadata: {id: X}\n").documents[0]
        let built = stored.detached
        for path in ["metadata..id", ".metadata.id", "metadata.id.", "metadata.id"] {
            XCTAssertEqual(stored.value(at: path)?.stringValue, "X", path)
            XCTAssertEqual(built.value(at: path)?.stringValue, "X", path)
        }
    }

    func testAnOverlongCSVHeaderIsReportedAndItsKeyCutAtACharacter() {
        let long = String(repeating: "键", count: 30_000)
        let outcome = load("kind,metadata.id,spec.x-\(long)\nHazardTicket,HZ-1,a\n", name: "hazard-tickets.csv")
        let header = outcome.findings.filter { $0.ruleId == "record/invalid-csv" }
        XCTAssertEqual(header.map { "\($0.location.line):\($0.location.column)" }, ["1:18"])
        let record = outcome.records.first
        let spec = record?.value.value(at: "spec")?.mappingValue?.keys ?? []
        XCTAssertEqual(spec.count, 1)
        XCTAssertTrue(spec.first.map { $0.unicodeScalars.dropFirst(2).allSatisfy { $0 == "键" } } ?? false, "no broken character at the cut")
    }

    func testChangingAViewLeavesTheStorageAlone() {
        let document = parse("a: 1\nb: 2\n").documents[0]
        var map = try! XCTUnwrap(document.mappingValue)
        map["c"] = Value(.string("new"))
        map["a"] = nil
        XCTAssertEqual(map.keys, ["b", "c"])
        XCTAssertEqual(document.mappingValue?.keys, ["a", "b"], "the document read is unchanged")
    }
}

private extension Value.Node {
    var date: CalendarDate? { if case .date(let day) = self { day } else { nil } }
}
