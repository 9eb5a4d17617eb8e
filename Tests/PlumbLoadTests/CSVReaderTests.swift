import PlumbCore
import XCTest
@testable import PlumbLoad

/// CSV files of records: header paths, kind from column or file name, cell locations.
final class CSVReaderTests: XCTestCase {
    let header = "metadata.id,metadata.project,metadata.discipline,spec.level,spec.description,spec.status,spec.rectification.deadline,spec.rectification.funds"

    func testRowsBecomeRecordsOfTheKindTheFileNameGives() {
        let text = header + "\nHZ-1,南湖站,lifting,重大,\"力矩限制器失灵, 需更换\",open,2026-11-04,3000\nHZ-2,南湖站,electrical,general,漏保失效,closed,2026-11-05,200\n"
        let outcome = load(text, name: "records/hazard-tickets.csv")
        XCTAssertEqual(outcome.findings, [])
        XCTAssertEqual(outcome.records.map(\.id), ["HZ-1", "HZ-2"])
        let first = outcome.records[0].value
        XCTAssertEqual(first.value(at: "spec.level")?.stringValue, "major")
        XCTAssertEqual(first.value(at: "spec.description")?.stringValue, "力矩限制器失灵, 需更换")
        XCTAssertEqual(first.value(at: "spec.rectification.funds")?.node, .number(3000))
        XCTAssertEqual(first.value(at: "spec.rectification.deadline")?.position, SourcePosition(line: 2, column: 41))
        XCTAssertEqual(outcome.records[1].position.line, 3)
    }

    func testFindingsPointAtTheCell() {
        let text = header + "\nHZ-1,南湖站,lifting,severe,失灵,open,2026-02-30,3000\n"
        XCTAssertEqual(summary(load(text, name: "hazard-tickets.csv")), ["record/bad-enum@2:18", "record/bad-date@2:33"])
    }

    func testKindColumnAndListCellsAndIndexedPaths() {
        let text = "kind,metadata.id,metadata.project,metadata.discipline,spec.checklist,spec.items.0.id,spec.items.0.result,spec.items.0.evidence\nInspectionRecord,IR-1,南湖站,lifting,jgj59-b16,TC-01,不合格,a.jpg; b.jpg\n"
        let outcome = load(text, name: "anything.csv")
        XCTAssertEqual(outcome.findings, [])
        let record = outcome.records[0]
        XCTAssertEqual(record.kind, .inspectionRecord)
        XCTAssertEqual(record.value.value(at: "spec.items[0].result")?.stringValue, "fail")
        XCTAssertEqual(record.value.value(at: "spec.items[0].evidence")?.listValue?.compactMap(\.stringValue), ["a.jpg", "b.jpg"])
    }

    func testMalformedCSV() {
        XCTAssertTrue(summary(load("metadata.id\nHZ-1,extra\n", name: "hazard-tickets.csv")).contains("record/invalid-csv@2:6"))
        XCTAssertTrue(summary(load(header + "\nHZ-1,\"unclosed\n", name: "hazard-tickets.csv")).contains("record/invalid-csv@2:6"))
        XCTAssertEqual(summary(load("metadata.id\nX\n", name: "people.csv")), ["record/unknown-kind@1:1"])
        XCTAssertEqual(summary(load("", name: "hazard-tickets.csv")), ["record/empty-file@1:1"])
    }
}
