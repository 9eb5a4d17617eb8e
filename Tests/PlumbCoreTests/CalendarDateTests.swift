import PlumbCore
import XCTest

/// ISO 8601 dates: parsing, impossible days, arithmetic.
final class CalendarDateTests: XCTestCase {
    func testParsesDatesAndDateTimes() {
        let valid = ["2026-11-02", "2024-02-29", "2026-11-02T14:30:00+08:00", "2026-11-02T14:30Z", "2026-11-02 08:00:00", "2026-11-02T14:30:00.250-05:00"]
        for text in valid {
            XCTAssertNotNil(CalendarDate(iso: text), text)
        }
        XCTAssertEqual(CalendarDate(iso: "2026-11-02T23:59:00+08:00")?.description, "2026-11-02")
    }

    func testRejectsWhatIsNotADay() {
        let invalid = ["2026-13-01", "2026-02-29", "2026-11-31", "2026/11/02", "26-11-02", "2026-1-2", "2026-11-02T25:00", "2026-11-02junk", "", "二〇二六年",
                       // truncated or malformed times: each must be rejected, never read past the end
                       "2026-11-02T", "2026-11-02T14:3", "2026-11-02T14:30:0", "2026-11-02T14:30:00.", "2026-11-02T14:30+08",
                       "2026-11-02T14:30:00+08:0", "2026-11-02T14:30:00Zx", "2026-11-02T14:60", "2026-11-02x14:30"]
        for text in invalid {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testDayArithmeticAndOrder() throws {
        let start = try XCTUnwrap(CalendarDate(iso: "2026-02-27"))
        XCTAssertEqual(start.adding(days: 2).description, "2026-03-01")
        XCTAssertEqual(CalendarDate(iso: "1970-01-01")?.dayNumber, 0)
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2027-01-01")).dayNumber - start.dayNumber, 308)
        XCTAssertLessThan(start, start.adding(days: 1))
        XCTAssertEqual(CalendarDate(dayNumber: start.dayNumber), start)
    }
}
