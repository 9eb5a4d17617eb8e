import Foundation
import XCTest

/// `--write-baseline` and `--baseline`: only new findings are reported, fixed ones are counted, and a
/// finding stays matched when lines are inserted above it.
final class BaselineTests: XCTestCase {
    func testABaselineSurvivesLinesInsertedAboveAFinding() throws {
        let scratch = try Scratch()
        try scratch.write("records/a.yaml", Fixtures.ticket("HZ-1", level: "bad"))
        try scratch.write("records/b.yaml", Fixtures.ticket("HZ-2", extra: ["statuss: x"]))
        let written = try PlumbProcess.run(["check", "records", "--write-baseline", "baseline.json"], in: scratch.url)
        XCTAssertEqual(written.status, 1, "writing a baseline still reports the run")
        let baseline = try String(contentsOf: scratch.url.appendingPathComponent("baseline.json"), encoding: .utf8)
        XCTAssertTrue(baseline.contains("\"ruleId\" : \"record/bad-enum\""), baseline)
        XCTAssertTrue(baseline.contains("\"kind\" : \"baseline\""), baseline)

        // Shift the finding down by three lines: the baseline still holds it.
        try scratch.write("records/a.yaml", "# 修订说明\n# 第二行\n# 第三行\n" + Fixtures.ticket("HZ-1", level: "bad"))
        let shifted = try PlumbProcess.run(["check", "records", "--baseline", "baseline.json"], in: scratch.url)
        XCTAssertEqual(shifted.status, 0, shifted.stdout)
        XCTAssertEqual(shifted.stdout, "2 records in 2 files: 0 errors, 0 warnings, 0 infos; baseline baseline.json: 0 new, 2 unchanged (not shown), 0 fixed\n")

        // Fix one, break another: one new finding is reported, one counted as fixed.
        try scratch.write("records/b.yaml", Fixtures.ticket("HZ-2", level: "重大"))
        try scratch.write("records/c.yaml", Fixtures.ticket("HZ-3", level: "worse"))
        let changed = try PlumbProcess.run(["check", "records", "--baseline", "baseline.json", "--format", "text", "--format", "json:out.json"], in: scratch.url)
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stdout.hasPrefix("records/c.yaml:9:10: error: [record/bad-enum] 'spec.level' is 'worse'"), changed.stdout)
        XCTAssertFalse(changed.stdout.contains("records/a.yaml:"), changed.stdout)
        XCTAssertTrue(changed.stdout.hasSuffix("3 records in 3 files: 1 error, 0 warnings, 0 infos; baseline baseline.json: 1 new, 1 unchanged (not shown), 1 fixed\n"), changed.stdout)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: scratch.url.appendingPathComponent("out.json"))) as? [String: Any])
        let comparison = try XCTUnwrap(json["baseline"] as? [String: Any])
        XCTAssertEqual(comparison["new"] as? Int, 1)
        XCTAssertEqual(comparison["unchanged"] as? Int, 1)
        XCTAssertEqual(comparison["fixed"] as? Int, 1)
        XCTAssertEqual(comparison["file"] as? String, "baseline.json")
    }

    func testAChangedValueIsANewFinding() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1", level: "bad"))
        _ = try PlumbProcess.run(["check", "t.yaml", "--write-baseline", "b.json"], in: scratch.url)
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1", level: "worse"))
        let output = try PlumbProcess.run(["check", "t.yaml", "--baseline", "b.json"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.contains("; baseline b.json: 1 new, 0 unchanged (not shown), 1 fixed\n"), output.stdout)
    }

    /// Each broken baseline exits 2 with a message naming it.
    func testABaselineThatIsNotABaselineExitsTwo() throws {
        let cases: [(name: String, content: String?, expected: String)] = [
            ("not JSON", "fingerprints: [abc]\n", "plumb: b.json: not a plumb baseline: the file is not JSON; write one with --write-baseline b.json\n"),
            ("other JSON", "{\"findings\": 3}", "plumb: b.json: not a plumb baseline: 'tool' is missing; write one with --write-baseline b.json\n"),
            ("other tool", "{\"tool\": \"swiftlint\", \"kind\": \"baseline\", \"formatVersion\": 1, \"version\": \"1\", \"findings\": []}",
             "plumb: b.json: not a plumb baseline: it does not say \"tool\": \"plumb\", \"kind\": \"baseline\"; write one with --write-baseline b.json\n"),
            ("entry without fingerprint", "{\"tool\": \"plumb\", \"kind\": \"baseline\", \"formatVersion\": 1, \"version\": \"1\", \"findings\": [{\"ruleId\": \"x\"}]}",
             "plumb: b.json: not a plumb baseline: 'findings[0].fingerprint' is missing; write one with --write-baseline b.json\n"),
            ("missing", nil, "plumb: b.json: no such baseline file; write one with --write-baseline b.json\n"),
        ]
        for (name, content, expected) in cases {
            let scratch = try Scratch()
            try scratch.write("t.yaml", Fixtures.ticket("HZ-1"))
            if let content { try scratch.write("b.json", content) }
            let output = try PlumbProcess.run(["check", "t.yaml", "--baseline", "b.json"], in: scratch.url)
            XCTAssertEqual(output.status, 2, name)
            XCTAssertEqual(output.stderr, expected, name)
            XCTAssertEqual(output.stdout, "", "\(name): nothing is checked")
        }
    }

    func testWaivedFindingsAreNotBaselined() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1", level: "bad"))
        try scratch.write("w.yaml", "- {rule: record/bad-enum, record: HZ-1, reason: r, approvedBy: a}\n")
        _ = try PlumbProcess.run(["check", "t.yaml", "--waivers", "w.yaml", "--write-baseline", "b.json"], in: scratch.url)
        let baseline = try String(contentsOf: scratch.url.appendingPathComponent("b.json"), encoding: .utf8)
        XCTAssertTrue(baseline.contains("\"findings\" : [\n\n  ]"), baseline)
    }
}
