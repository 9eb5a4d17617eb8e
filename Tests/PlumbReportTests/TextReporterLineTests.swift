import PlumbCore
import PlumbReport
import XCTest

/// The text reporter's line format: `file:line:column: severity: [rule] message`.
final class TextReporterLineTests: XCTestCase {
    func testFindingLineNamesFileLineColumnAndRule() {
        let finding = Finding(ruleId: "record/bad-unit", severity: .error, message: "bad unit",
                              location: SourceLocation(file: "a.yaml", line: 3, column: 7, path: "spec.x"))
        let result = CheckResult(findings: [finding], recordCount: 1, fileCount: 1, asOf: CalendarDate(year: 2026, month: 11, day: 27)!)
        let text = TextReporter(useColour: false).report(result)
        XCTAssertTrue(text.contains("a.yaml:3:7"), text)
        XCTAssertTrue(text.contains("record/bad-unit"), text)
    }
}
