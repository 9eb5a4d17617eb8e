import Foundation
import XCTest

/// `plumb check` run as a binary: outputs, locations, exit codes.
final class CheckCommandTests: XCTestCase {
    let ticket = """
    apiVersion: plumbline/v1
    kind: HazardTicket
    metadata: {id: HZ-1, project: 南湖站, discipline: lifting, date: 2026-11-03}
    spec:
      level: 重大
      description: 力矩限制器失灵
      status: open
      majorCriterion: "2024-8.4"
      # a far deadline: the ticket stays open and is never overdue, whatever the date the test runs on
      rectification: {measures: 更换力矩限制器并重新标定, owner: 周伟, funds: 3000, deadline: 2099-12-31, contingency: 停止1#塔吊吊装作业, plan: ZL-2026-003}

    """

    func testCleanRecordsExitZeroWithASummary() throws {
        let scratch = try Scratch()
        try scratch.write("records/ticket.yaml", ticket)
        let output = try PlumbProcess.run(["check", "records"], in: scratch.url)
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout, "1 record in 1 file: 0 errors, 0 warnings, 0 infos\n")
    }

    func testProfileListsTheSlowestRulesOnStandardErrorAndLeavesTheReportAlone() throws {
        let plain = try PlumbProcess.run(["check", "examples/clean", "--as-of", "2026-11-27", "--format", "json"])
        let profiled = try PlumbProcess.run(["check", "examples/clean", "--as-of", "2026-11-27", "--format", "json", "--profile", "--jobs", "2"])
        XCTAssertEqual(profiled.status, 0, profiled.stderr)
        XCTAssertEqual(profiled.stdout, plain.stdout, "the report is the same with --profile")
        let lines = profiled.stderr.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("rule profile: ") == true, profiled.stderr)
        XCTAssertTrue(lines.first?.hasSuffix("(summed over threads, --jobs 2)") == true, profiled.stderr)
        XCTAssertEqual(lines.dropFirst().first?.split(separator: " ").map(String.init), ["rule", "pack", "evaluations", "total", "ms", "µs", "each", "share"])
        let rows = lines.dropFirst(2).filter { !$0.hasPrefix("  …") }
        XCTAssertEqual(rows.count, 20, "the twenty slowest rules")
        let first = rows[0].split(separator: " ").map(String.init)
        XCTAssertTrue(first[1].contains("@"), "the pack with its version: \(rows[0])")
        XCTAssertTrue(first.last?.hasSuffix("%") == true)
        XCTAssertTrue(lines.last?.hasPrefix("  … ") == true && lines.last?.hasSuffix("faster rules not shown") == true, profiled.stderr)
    }

    func testFindingsPrintFileLineColumnAndExitOne() throws {
        let scratch = try Scratch()
        try scratch.write("records/ticket.yaml", ticket.replacingOccurrences(of: "status: open", with: "status: done"))
        let output = try PlumbProcess.run(["check", "records"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(output.stdout.split(separator: "\n").first,
                       "records/ticket.yaml:7:11: error: [record/bad-enum] 'spec.status' is 'done', not one of open, rectifying, rectified, verified, closed")
    }

    func testFailOnDecidesTheExitCode() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", ticket.replacingOccurrences(of: "status: open", with: "status: open\n  statuss: x"))
        XCTAssertEqual(try PlumbProcess.run(["check", "t.yaml"], in: scratch.url).status, 0, "a warning does not fail by default")
        XCTAssertEqual(try PlumbProcess.run(["check", "t.yaml", "--fail-on", "warning"], in: scratch.url).status, 1)
        XCTAssertEqual(try PlumbProcess.run(["check", "t.yaml", "--fail-on", "info"], in: scratch.url).status, 1)
        try scratch.write("t.yaml", "kind: Nope\n")
        XCTAssertEqual(try PlumbProcess.run(["check", "t.yaml", "--fail-on", "never"], in: scratch.url).status, 0)
    }

    func testAMissingPathExitsTwoNamingItAndTheRestIsStillChecked() throws {
        let scratch = try Scratch()
        try scratch.write("good.yaml", ticket)
        let output = try PlumbProcess.run(["check", "good.yaml", "no/such/place"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "plumb: no/such/place: no such file or folder\n")
        XCTAssertTrue(output.stdout.hasSuffix("1 record in 1 file: 0 errors, 0 warnings, 0 infos\n"), output.stdout)
    }

    func testAnUnreadableFileExitsTwo() throws {
        guard getuid() != 0 else {
            // root reads every file whatever its mode; a folder we cannot list stands in for it below.
            let scratch = try Scratch()
            let output = try PlumbProcess.run(["check", "missing.yaml"], in: scratch.url)
            XCTAssertEqual(output.status, 2)
            XCTAssertTrue(output.stderr.contains("missing.yaml"))
            return
        }
        let scratch = try Scratch()
        let file = try scratch.write("secret.yaml", ticket)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        let output = try PlumbProcess.run(["check", "secret.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("secret.yaml"), output.stderr)
    }

    func testOneBrokenFileAmongGoodOnesDoesNotStopTheOthers() throws {
        let scratch = try Scratch()
        try scratch.write("r/a.yaml", ticket)
        try scratch.write("r/b.yaml", "a: \"unclosed\n")
        try scratch.write("r/c.yaml", ticket.replacingOccurrences(of: "HZ-1", with: "HZ-3").replacingOccurrences(of: "level: 重大", with: "level: 严重"))
        try scratch.write("r/.hidden/x.yaml", "not: [valid\n")
        try scratch.write("r/.build/y.yaml", "not: [valid\n")
        try scratch.write("r/notes.txt", "ignored")
        let output = try PlumbProcess.run(["check", "r"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        // The grep-able first lines, one per finding, then the summary; hidden and .build folders and notes.txt are not read.
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let headlines = lines.filter { $0.hasPrefix("r/") }
        XCTAssertEqual(headlines.count, 2, output.stdout)
        XCTAssertTrue(headlines[0].hasPrefix("r/b.yaml:2:1: error: [record/invalid-yaml]"), headlines[0])
        XCTAssertEqual(headlines[1], "r/c.yaml:5:10: error: [record/bad-enum] 'spec.level' is '严重', not one of general, major")
        XCTAssertTrue(output.stdout.contains("""
        r/c.yaml:5:10: error: [record/bad-enum] 'spec.level' is '严重', not one of general, major
          5 |   level: 严重
            |          ^

        """), "the source line with a caret under the column follows the finding:\n" + output.stdout)
        XCTAssertEqual(lines.last, "2 records in 3 files: 2 errors, 0 warnings, 0 infos")
    }

    func testDuplicateIdsAcrossFilesPointAtTheSecond() throws {
        let scratch = try Scratch()
        try scratch.write("a.yaml", ticket)
        try scratch.write("b.yaml", "# copy\n" + ticket)
        let output = try PlumbProcess.run(["check", "."], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.hasPrefix("b.yaml:4:16: error: [record/duplicate-id] metadata.id 'HZ-1' is already used by the HazardTicket at a.yaml:3:16"), output.stdout)
    }

    func testJSONOutputFollowsTheContract() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", ticket.replacingOccurrences(of: "status: open", with: "status: done"))
        let output = try PlumbProcess.run(["check", "t.yaml", "--format", "json", "--as-of", "2026-11-26"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["tool"] as? String, "plumb")
        XCTAssertEqual(json["asOf"] as? String, "2026-11-26")
        XCTAssertNotNil(json["version"] as? String)
        let finding = try XCTUnwrap((json["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(finding["ruleId"] as? String, "record/bad-enum")
        XCTAssertEqual(finding["severity"] as? String, "error")
        XCTAssertEqual(finding["recordId"] as? String, "HZ-1")
        let location = try XCTUnwrap(finding["location"] as? [String: Any])
        XCTAssertEqual(location["file"] as? String, "t.yaml")
        XCTAssertEqual(location["line"] as? Int, 7)
        XCTAssertEqual(location["column"] as? Int, 11)
        XCTAssertEqual(location["path"] as? String, "spec.status")
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(summary, ["records": 1, "errors": 1, "warnings": 0, "infos": 0, "waived": 0])
    }

    func testSeveralFormatsInOneRunAndAFileTarget() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", ticket)
        let output = try PlumbProcess.run(["check", "t.yaml", "--format", "text", "--format", "json:out/report.json"], in: scratch.url)
        XCTAssertEqual(output.status, 2, "out/ does not exist: the report cannot be written")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        let again = try PlumbProcess.run(["check", "t.yaml", "--format", "text", "--format", "json:out/report.json"], in: scratch.url)
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stdout.hasPrefix("1 record"))
        let written = try String(contentsOf: scratch.url.appendingPathComponent("out/report.json"), encoding: .utf8)
        XCTAssertTrue(written.contains("\"tool\" : \"plumb\""))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try PlumbProcess.run(["check", "--as-of", "2026-13-01"]).status, 2)
        XCTAssertEqual(try PlumbProcess.run(["check", "--format", "pdf"]).status, 2)
        XCTAssertEqual(try PlumbProcess.run(["check", "--fail-on", "sometimes"]).status, 2)
    }

    func testOutputIsIdenticalForAnyJobCount() throws {
        let scratch = try Scratch()
        for index in 0..<40 {
            try scratch.write("r/\(index).yaml", ticket.replacingOccurrences(of: "HZ-1", with: "HZ-\(index % 30)").replacingOccurrences(of: "status: open", with: index % 3 == 0 ? "status: bad" : "status: open"))
        }
        let one = try PlumbProcess.run(["check", "r", "--jobs", "1"], in: scratch.url)
        let many = try PlumbProcess.run(["check", "r", "--jobs", "4"], in: scratch.url)
        XCTAssertEqual(one.stdout, many.stdout)
        XCTAssertEqual(one.status, 1)
    }
}
