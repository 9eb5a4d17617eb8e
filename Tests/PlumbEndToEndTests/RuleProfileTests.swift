import Foundation
import Plumbline
import XCTest

/// `--profile` through the facade: every evaluation counted once per rule and record, classification apart.
final class RuleProfileTests: XCTestCase {
    func testEveryRuleIsCountedOncePerSelectedRecordAndClassificationHasItsOwnRow() throws {
        let root = PlumbProcess.packageRoot
        let catalog = RuleCatalog(selection: RuleSelection(shippedRules: root.appendingPathComponent("rules").path))
        XCTAssertEqual(catalog.errors, [])
        var options = CheckOptions(paths: [root.appendingPathComponent("examples/clean").path], asOf: CalendarDate(iso: "2026-11-27")!, jobs: 2)
        options.profile = true
        let evaluation = SubmissionCheck(options: options, engine: catalog.engine).evaluate()
        let timings = Dictionary(uniqueKeysWithValues: evaluation.ruleTimings.map { ($0.ruleId, $0) })
        let records = evaluation.records
        let plans = records.count { $0.kind == .methodStatement }
        XCTAssertGreaterThan(plans, 0)
        XCTAssertEqual(timings[RuleEngine.classificationTimingID]?.evaluations, plans, "classified once per method statement")
        XCTAssertEqual(timings["RH-ID-001"]?.evaluations, evaluation.result.recordCount, "ids are checked on every record")
        XCTAssertEqual(timings["RH-ID-001"]?.pack.hasPrefix("record-hygiene@"), true)
        XCTAssertEqual(evaluation.ruleTimings.map(\.nanoseconds), evaluation.ruleTimings.map(\.nanoseconds).sorted(by: >), "slowest first")

        options.profile = false
        XCTAssertEqual(SubmissionCheck(options: options, engine: catalog.engine).evaluate().ruleTimings, [], "no timing unless asked")
    }
}
