import Foundation
import XCTest

/// Several reporters in one run, through the binary; SARIF from a real run checked against the OASIS schema.
final class ReportFormatsTests: XCTestCase {
    func testTextSARIFAndJUnitInOneRun() throws {
        let scratch = try Scratch()
        try scratch.write("records/good.yaml", Fixtures.ticket("HZ-1"))
        try scratch.write("records/bad.yaml", Fixtures.ticket("HZ-2", level: "严重"))
        let output = try PlumbProcess.run(
            ["check", "records", "--as-of", "2026-11-26", "--format", "text", "--format", "sarif:out.sarif", "--format", "junit:out.xml"],
            in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("records/bad.yaml:9:10: error: [record/bad-enum] 'spec.level' is '严重', not one of general, major\n"), output.stdout)
        let sarif = try String(contentsOf: scratch.url.appendingPathComponent("out.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("\"uri\" : \"records/bad.yaml\""), sarif)
        XCTAssertTrue(sarif.contains("\"startLine\" : 9"), sarif)
        let junit = try String(contentsOf: scratch.url.appendingPathComponent("out.xml"), encoding: .utf8)
        XCTAssertTrue(junit.contains("<testsuites name=\"plumb\" tests=\"2\" failures=\"1\""), junit)
        XCTAssertTrue(junit.contains("name=\"HazardTicket HZ-1\" file=\"records/good.yaml\" line=\"1\"/>"), junit)
        try SARIFSchema.assertValid([scratch.url.appendingPathComponent("out.sarif")])
    }

    /// A real run with rules, a waived finding (a suppression), an inline waiver, an info and a CJK path conforms;
    /// so do the reporter's golden files.
    func testSARIFConformsToTheOASISSchema() throws {
        let scratch = try Scratch()
        try scratch.write("records/南湖站/ticket.yaml", Fixtures.ticket("HZ-1", metadata: [
            "waivers:", "  - {rule: record/unknown-field, reason: 旧模板, approvedBy: 王强, expires: 2026-12-31}",
        ], extra: ["statuss: x", "deadline: soon"]))
        try scratch.write("records/bad.yaml", "a: [\n")
        try scratch.write("waivers.yaml", "- {rule: RH-REF-002, record: HZ-9, reason: r, approvedBy: a}\n")
        let output = try PlumbProcess.run(
            ["check", "records", "--as-of", "2026-11-26", "--waivers", "waivers.yaml", "--format", "sarif:out.sarif"],
            in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        let sarif = try String(contentsOf: scratch.url.appendingPathComponent("out.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("\"kind\" : \"inSource\""), sarif)
        XCTAssertTrue(sarif.contains("\"ruleId\" : \"waiver/unused\""), sarif)
        XCTAssertTrue(sarif.contains("records/%E5%8D%97%E6%B9%96%E7%AB%99/ticket.yaml"), sarif)
        let golden = PlumbProcess.packageRoot.appendingPathComponent("Tests/PlumbReportTests/Golden")
        try SARIFSchema.assertValid([
            scratch.url.appendingPathComponent("out.sarif"), golden.appendingPathComponent("report.sarif"), golden.appendingPathComponent("clean-report.sarif"),
        ])
    }

    func testShowChoosesWhatIsDisplayedAndFailOnWhatFails() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1", extra: ["statuss: x"]))
        let shown = try PlumbProcess.run(["check", "t.yaml", "--fail-on", "warning"], in: scratch.url)
        XCTAssertEqual(shown.status, 1)
        XCTAssertTrue(shown.stdout.hasPrefix("t.yaml:12:3: warning: [record/unknown-field]"), shown.stdout)
        let hidden = try PlumbProcess.run(["check", "t.yaml", "--fail-on", "warning", "--show", "error"], in: scratch.url)
        XCTAssertEqual(hidden.status, 1, "hiding a warning does not stop it failing the run")
        XCTAssertEqual(hidden.stdout, "1 record in 1 file: 0 errors, 1 warning, 0 infos; 1 finding below error not shown\n")
        let json = try PlumbProcess.run(["check", "t.yaml", "--show", "error", "--format", "json"], in: scratch.url)
        XCTAssertEqual(json.status, 0)
        XCTAssertTrue(json.stdout.contains("\"findings\" : [\n\n  ]"), json.stdout)
        XCTAssertEqual(try PlumbProcess.run(["check", "t.yaml", "--show", "loud"], in: scratch.url).status, 2)
    }

    func testEveryFormatCanBeChosenAndWrittenToAFile() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1", level: "bad"))
        for format in ["text", "json", "sarif", "junit", "markdown", "github", "html"] {
            let output = try PlumbProcess.run(["check", "t.yaml", "--format", "\(format):report.\(format)"], in: scratch.url)
            XCTAssertEqual(output.status, 1, format)
            XCTAssertEqual(output.stdout, "", "\(format): a file target prints nothing")
            let written = try String(contentsOf: scratch.url.appendingPathComponent("report.\(format)"), encoding: .utf8)
            XCTAssertTrue(written.contains("record/bad-enum"), "\(format):\n\(written)")
        }
        let github = try PlumbProcess.run(["check", "t.yaml", "--format", "github"], in: scratch.url)
        XCTAssertTrue(github.stdout.hasPrefix("::error file=t.yaml,line=9,col=10,title=record/bad-enum::'spec.level' is 'bad'"), github.stdout)
    }
}
