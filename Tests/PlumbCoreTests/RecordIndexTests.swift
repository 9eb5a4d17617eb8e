import PlumbCore
import XCTest

/// The run's index answers `lookup()` and `records()`: the first record of a repeated id wins, by kind and
/// over all kinds, and each kind's records keep their input order.
final class RecordIndexTests: XCTestCase {
    private func record(_ kind: RecordKind, _ id: String, _ file: String) -> Record {
        Record(kind: kind, id: id, file: file, value: Value(.mapping(Mapping())))
    }

    func testTheFirstRecordOfARepeatedIDWins() {
        let records = [
            record(.hazardTicket, "A", "1.yaml"), record(.checklist, "B", "2.yaml"), record(.checklist, "A", "3.yaml"),
            record(.hazardTicket, "A", "4.yaml"), record(.checklist, "B", "5.yaml"), record(.hazardTicket, "C", "6.yaml"),
        ]
        let index = RecordIndex(records)
        XCTAssertEqual(index.record(id: "A")?.file, "1.yaml")
        XCTAssertEqual(index.record(id: "B")?.file, "2.yaml")
        XCTAssertEqual(index.record(.checklist, id: "A")?.file, "3.yaml")
        XCTAssertEqual(index.record(.hazardTicket, id: "A")?.file, "1.yaml")
        XCTAssertEqual(index.record(.checklist, id: "B")?.file, "2.yaml")
        XCTAssertNil(index.record(.checklist, id: "C"))
        XCTAssertNil(index.record(id: "D"))
        XCTAssertEqual(index.records(.hazardTicket).map(\.file), ["1.yaml", "4.yaml", "6.yaml"])
        XCTAssertEqual(index.records(.checklist).map(\.file), ["2.yaml", "3.yaml", "5.yaml"])
        XCTAssertEqual(index.records(.methodStatement).count, 0)
    }
}
