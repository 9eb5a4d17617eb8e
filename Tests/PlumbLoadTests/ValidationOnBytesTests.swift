import PlumbCore
import XCTest
@testable import PlumbLoad

/// Validation reads dates and enumeration values written exactly as a token or Chinese term on their bytes,
/// and every other spelling the `String` way: both must normalise alike and report alike.
final class ValidationOnBytesTests: XCTestCase {
    private func ticket(level: String, date: String) -> SubmissionReader.FileOutcome {
        load(hazardTicket(specLines: ["level: \(level)", "description: 临边防护缺失", "status: open"])
            .replacingOccurrences(of: "date: 2026-11-02", with: "date: \(date)"))
    }

    func testEnumerationSpellingsNormaliseToTheirToken() throws {
        for level in ["major", "重大", "MAJOR", "Major", "\" major \"", "\"重大 \"", "'重大'"] {
            let outcome = ticket(level: level, date: "2026-11-02")
            XCTAssertEqual(summary(outcome), [], level)
            XCTAssertEqual(try XCTUnwrap(outcome.records.first).value.value(at: "spec.level")?.node, .string("major"), level)
        }
        for level in ["general", "一般"] {
            XCTAssertEqual(ticket(level: level, date: "2026-11-02").records.first?.value.value(at: "spec.level")?.node, .string("general"), level)
        }
        let wrong = ticket(level: "majr", date: "2026-11-02")
        XCTAssertEqual(summary(wrong), ["record/bad-enum@9:10"])
        XCTAssertTrue(wrong.findings[0].message.contains("'majr', not one of general, major"), wrong.findings[0].message)
    }

    func testDatesOnBytesAndAsText() throws {
        for (written, expected) in [("2026-11-02", "2026-11-02"), ("2026-11-02T08:00:00+08:00", "2026-11-02"), ("\"2026-11-03\"", "2026-11-03")] {
            let outcome = ticket(level: "major", date: written)
            XCTAssertEqual(summary(outcome), [], written)
            XCTAssertEqual(try XCTUnwrap(outcome.records.first).value.value(at: "metadata.date")?.node, .date(CalendarDate(iso: expected)!), written)
        }
        for written in ["2026-02-30", "2026-11-02x", "02/11/2026"] {
            XCTAssertEqual(summary(ticket(level: "major", date: written)), ["record/bad-date@7:9"], written)
        }
    }
}
