import Foundation
import PlumbCore
import PlumbReport
import XCTest

/// Every reporter's exact output for one rich result (ReportFixture), against Golden/.
final class ReporterGoldenTests: XCTestCase {
    /// Reporter id, golden file name, the reporter.
    let cases: [(name: String, reporter: any Reporter)] = [
        ("report.txt", TextReporter()),
        ("report-colour.txt", TextReporter(useColour: true)),
        ("report.json", JSONReporter()),
        ("report.sarif", SARIFReporter()),
        ("report.junit.xml", JUnitReporter()),
        ("report.md", MarkdownReporter()),
        ("report.github.txt", GitHubReporter()),
        ("report.html", HTMLReporter()),
    ]

    func testEveryReporterMatchesItsGoldenFile() throws {
        for (name, reporter) in cases {
            try GoldenFile.assertMatches(reporter.report(ReportFixture.result), name)
        }
    }

    func testEveryReporterMatchesItsGoldenFileForACleanRun() throws {
        for (name, reporter) in cases where !name.contains("colour") {
            try GoldenFile.assertMatches(reporter.report(ReportFixture.clean), "clean-" + name)
        }
    }

    func testEveryRegisteredReporterHasAGoldenFile() {
        let covered = Set(cases.map { type(of: $0.reporter).identifier })
        XCTAssertEqual(covered, Set(ReporterRegistry.identifiers))
    }

    func testReportersArePureTheSameResultGivesTheSameText() {
        for (name, reporter) in cases {
            XCTAssertEqual(reporter.report(ReportFixture.result), reporter.report(ReportFixture.result), name)
        }
    }
}
