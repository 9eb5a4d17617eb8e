import PlumbCore
import XCTest
@testable import PlumbKPI

/// Closure, timeliness, overdue and mean days to close against hand-worked sets.
final class HazardMetricsTests: XCTestCase {
    func testHandWorkedSet() {
        // HZ-1 closed on time (3 days), HZ-2 closed late (10 days), HZ-3 open and overdue by 7 days,
        // HZ-4 open, not yet due, HZ-5 major closed on time (1 day), HZ-6 major open and overdue by 2 days.
        let records = KPIFixtures.records(
            KPIFixtures.ticket("HZ-1", date: "2026-11-01", deadline: "2026-11-08", closedAt: "2026-11-04")
                + KPIFixtures.ticket("HZ-2", date: "2026-11-01", deadline: "2026-11-08", closedAt: "2026-11-11")
                + KPIFixtures.ticket("HZ-3", date: "2026-11-10", deadline: "2026-11-20", owner: "李明")
                + KPIFixtures.ticket("HZ-4", date: "2026-11-25", deadline: "2026-12-02")
                + KPIFixtures.ticket("HZ-5", level: "major", date: "2026-11-05", deadline: "2026-11-06", closedAt: "2026-11-06")
                + KPIFixtures.ticket("HZ-6", level: "major", date: "2026-11-20", deadline: "2026-11-25", owner: "王强"))
        let summary = HazardMetrics.summarise(records, asOf: KPIFixtures.asOf)
        XCTAssertEqual(summary.closure, Rate(3, of: 6))
        XCTAssertEqual(summary.closure.text, "50%")
        XCTAssertEqual(summary.majorClosure, Rate(1, of: 2))
        // Due: HZ-1, HZ-2, HZ-3, HZ-5, HZ-6 (HZ-4's deadline is after the as-of date); on time: HZ-1, HZ-5.
        XCTAssertEqual(summary.timeliness, Rate(2, of: 5))
        XCTAssertEqual(summary.overdue.map(\.ticketID), ["HZ-3", "HZ-6"])
        XCTAssertEqual(summary.overdue.map(\.daysOverdue), [7, 2])
        XCTAssertEqual(summary.overdue.map(\.owner), ["李明", "王强"])
        XCTAssertEqual(summary.meanDaysToClose, (3.0 + 10.0 + 1.0) / 3.0)
    }

    func testEmptySetIsNotApplicableNeverAHundredPercent() {
        let summary = HazardMetrics.summarise([], asOf: KPIFixtures.asOf)
        XCTAssertNil(summary.closure.percent)
        XCTAssertEqual(summary.closure.text, "n/a")
        XCTAssertNil(summary.timeliness.percent)
        XCTAssertNil(summary.meanDaysToClose)
        XCTAssertTrue(summary.overdue.isEmpty)
    }

    func testAllOverdueSet() {
        let records = KPIFixtures.records((1...4).map { KPIFixtures.ticket("HZ-\($0)", date: "2026-10-01", deadline: "2026-10-0\($0 + 1)") }.joined())
        let summary = HazardMetrics.summarise(records, asOf: KPIFixtures.asOf)
        XCTAssertEqual(summary.closure, Rate(0, of: 4))
        XCTAssertEqual(summary.closure.text, "0%")
        XCTAssertEqual(summary.timeliness, Rate(0, of: 4))
        XCTAssertEqual(summary.overdue.map(\.daysOverdue), [56, 55, 54, 53])
    }
}
