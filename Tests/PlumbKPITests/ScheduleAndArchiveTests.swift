import PlumbCore
import XCTest
@testable import PlumbKPI

/// Traffic lights, SPI/SV, archive completeness, saving rate and the scorer's targets.
final class ScheduleAndArchiveTests: XCTestCase {
    let progress = """
    apiVersion: plumbline/v1
    kind: ProgressReport
    metadata: {id: PR-1, project: 南湖站, date: 2026-11-25}
    spec:
      period: 2026-11
      tasks:
        - {id: T-1, name: 主体结构, plannedPercent: 60, actualPercent: 51, plannedFinish: 2027-03-31, forecastFinish: 2027-04-20}
        - {id: T-2, name: 装修, plannedPercent: 20, actualPercent: 16}
        - {id: T-3, name: 机电, plannedPercent: 30, actualPercent: 35}
        - {id: T-4, name: 幕墙, plannedPercent: 40, actualPercent: 29}
      earnedValue: {pv: 12000000, ev: 10800000}

    """

    func testTrafficLightsRedFirstAndEarnedValue() {
        let records = KPIFixtures.records(progress)
        let tasks = ScheduleMetrics.tasks(records, settings: .standard)
        XCTAssertEqual(tasks.map(\.taskID), ["T-4", "T-1", "T-2", "T-3"])
        XCTAssertEqual(tasks.map(\.light), [.red, .yellow, .green, .green])
        XCTAssertEqual(tasks.map(\.deviation), [11, 9, 4, -5])
        XCTAssertEqual(tasks[1].delayDays, 20)
        let earned = ScheduleMetrics.earnedValue(records)
        XCTAssertEqual(earned.first?.spi, 0.9)
        XCTAssertEqual(earned.first?.sv, -1_200_000)
        var strict = KPISettings.standard
        strict.yellowDeviation = 15
        XCTAssertEqual(ScheduleMetrics.tasks(records, settings: strict).first?.light, .yellow, "thresholds are parameters")
    }

    func testArchiveCompletenessAndSaving() {
        let records = KPIFixtures.records("""
        apiVersion: plumbline/v1
        kind: ArchiveManifest
        metadata: {id: AM-1, project: 南湖站}
        spec:
          required: [method-statement, expert-review-report, test-report, change-order]
          documents:
            - {type: method-statement, ref: MS-1}
            - {type: method-statement, ref: MS-2}
            - {type: test-report}
        ---
        apiVersion: plumbline/v1
        kind: MethodStatement
        metadata: {id: MS-1, project: 南湖站, discipline: excavation}
        spec: {category: special-plan, optimization: {baselineCost: 3800000, optimizedCost: 3500000}}
        ---
        apiVersion: plumbline/v1
        kind: MethodStatement
        metadata: {id: MS-2, project: 南湖站, discipline: formwork}
        spec: {category: special-plan, optimization: {baselineCost: 200000, optimizedCost: 180000}}
        """)
        let archive = ArchiveMetrics.statuses(records)
        XCTAssertEqual(archive.first?.completeness, Rate(2, of: 4))
        XCTAssertEqual(archive.first?.missing, ["expert-review-report", "change-order"])
        XCTAssertEqual(SavingMetrics.rate(records), Rate(320_000, of: 4_000_000))
        XCTAssertEqual(SavingMetrics.rate(records).text, "8%")
    }

    func testScorerMarksTargetsMetOrMissedAndGroups() {
        let records = KPIFixtures.records(progress + KPIFixtures.ticket("HZ-1", project: "滨江", date: "2026-10-03", deadline: "2026-10-08", closedAt: "2026-10-05")
            + KPIFixtures.ticket("HZ-2", date: "2026-11-01", deadline: "2026-11-08"))
        let report = KPIScorer(settings: .standard, asOf: KPIFixtures.asOf).report(records: records, findings: [], inspections: [], by: .project)
        let closure = report.overall.statuses.first { $0.kpi == .closure }
        XCTAssertEqual(closure?.value, 50)
        XCTAssertEqual(closure?.met, false)
        XCTAssertEqual(report.overall.statuses.first { $0.kpi == .spi }?.value, 90)
        XCTAssertNil(report.overall.statuses.first { $0.kpi == .jgj59 }?.met, "no data: neither met nor missed")
        XCTAssertEqual(report.groups.map(\.key), ["南湖站", "滨江"])
        XCTAssertEqual(report.groups.last?.statuses.first { $0.kpi == .closure }?.value, 100)
        XCTAssertEqual(report.trend.filter { $0.kpi == .closure }.map(\.project), ["南湖站", "滨江"])
    }
}
