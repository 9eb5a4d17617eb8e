import Foundation
import XCTest

/// The README's first command on the shipped examples: the clean set is clean, the problem set reports
/// exactly what examples/problems/EXPECTED lists, each at its line and column.
final class ExamplesTests: XCTestCase {
    func testCleanExamplesHaveNoFindings() throws {
        let output = try PlumbProcess.run(["check", "examples/clean", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.hasSuffix(": 0 errors, 0 warnings, 0 infos\n"), output.stdout)
        XCTAssertTrue(output.stdout.hasPrefix("20 records in 14 files"), output.stdout)
    }

    func testProblemExamplesReportExactlyWhatEXPECTEDLists() throws {
        let folder = PlumbProcess.packageRoot.appendingPathComponent("examples/problems")
        let output = try PlumbProcess.run(["check", ".", "--format", "json", "--as-of", "2026-11-27"], in: folder)
        XCTAssertEqual(output.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        let actual = findings.map { finding -> String in
            let location = finding["location"] as? [String: Any] ?? [:]
            return "\(location["file"] ?? ""):\(location["line"] ?? 0):\(location["column"] ?? 0) \(finding["ruleId"] ?? "")"
        }
        let expected = try String(contentsOf: folder.appendingPathComponent("EXPECTED"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
        XCTAssertEqual(actual, expected)
    }

    func testTheWholeExamplesFolderIsTheREADMEsFirstCommand() throws {
        let output = try PlumbProcess.run(["check", "examples/", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 1)
        let lines = output.stdout.split(separator: "\n")
        XCTAssertFalse(lines.contains { $0.hasPrefix("examples/clean/") }, "the clean set stays clean beside the problems")
        XCTAssertTrue(lines.contains { $0.hasPrefix("examples/problems/") })
    }
}
