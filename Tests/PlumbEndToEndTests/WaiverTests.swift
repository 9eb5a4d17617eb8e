import Foundation
import XCTest

/// Waivers through the binary: active ones waive (reported, counted apart, never failing the run),
/// expired ones are errors and waive nothing, unused ones are infos, malformed ones are errors with locations.
final class WaiverTests: XCTestCase {
    /// A scratch project with one ticket whose level is not a level (record/bad-enum at 9:10).
    func project(waivers: String) throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("records/t.yaml", Fixtures.ticket("HZ-1", level: "严重"))
        try scratch.write("waivers.yaml", waivers)
        return scratch
    }

    func check(_ scratch: Scratch, _ extra: [String] = []) throws -> PlumbProcess.Output {
        try PlumbProcess.run(["check", "records", "--as-of", "2026-11-26", "--waivers", "waivers.yaml"] + extra, in: scratch.url)
    }

    func testAnActiveWaiverIsReportedAsWaivedCountedApartAndDoesNotFail() throws {
        let scratch = try project(waivers: """
        waivers:
          - rule: record/bad-enum
            record: HZ-1
            reason: 旧版等级写法，待下次修订
            approvedBy: 赵敏
            expires: 2026-11-26
            ticket: TM-2026-118
        """)
        let text = try check(scratch)
        XCTAssertEqual(text.status, 0, text.stdout + text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("records/t.yaml:9:10: error (waived): [record/bad-enum] 'spec.level' is '严重'"), text.stdout)
        XCTAssertTrue(text.stdout.contains("= waived: 旧版等级写法，待下次修订 (approved by 赵敏, expires 2026-11-26, ticket TM-2026-118) at waivers.yaml:2:5\n"), text.stdout)
        XCTAssertTrue(text.stdout.hasSuffix("1 record in 1 file: 0 errors, 0 warnings, 0 infos, 1 waived\n"), text.stdout)

        let json = try check(scratch, ["--format", "json"])
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(document["summary"] as? [String: Int], ["records": 1, "errors": 0, "warnings": 0, "infos": 0, "waived": 1])
        let finding = try XCTUnwrap((document["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual((finding["waiver"] as? [String: Any])?["approvedBy"] as? String, "赵敏")
        XCTAssertEqual(((finding["waiver"] as? [String: Any])?["location"] as? [String: Any])?["line"] as? Int, 2)

        let sarif = try check(scratch, ["--format", "sarif"])
        XCTAssertTrue(sarif.stdout.contains("\"suppressions\" : ["), sarif.stdout)
        XCTAssertTrue(sarif.stdout.contains("\"kind\" : \"external\""), sarif.stdout)
    }

    func testAnExpiredWaiverIsAnErrorAndWaivesNothing() throws {
        let scratch = try project(waivers: """
        - rule: record/bad-enum
          record: HZ-1
          reason: 待修订
          approvedBy: 赵敏
          expires: 2026-11-25
        """)
        let output = try check(scratch)
        XCTAssertEqual(output.status, 1)
        let headlines = output.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        XCTAssertEqual(headlines, [
            "records/t.yaml:9:10: error: [record/bad-enum] 'spec.level' is '严重', not one of general, major",
            "waivers.yaml:5:12: error: [waiver/expired] the waiver of record/bad-enum for record HZ-1 expired on 2026-11-25 (as of 2026-11-26): it waives nothing; fix the finding or renew the waiver",
            "1 record in 1 file: 2 errors, 0 warnings, 0 infos",
        ])
    }

    func testAWaiverThatMatchesNothingIsReportedAsAnInfoWithASuggestion() throws {
        let scratch = try project(waivers: """
        - {rule: record/bad-enum, record: HZ-1, reason: r, approvedBy: a}
        - {rule: RH-DATE-01, path: "records/**", reason: r, approvedBy: a}
        """)
        let output = try check(scratch)
        XCTAssertEqual(output.status, 0, "an unused waiver is an info; the other waiver covers the error")
        XCTAssertTrue(output.stdout.contains("waivers.yaml:2:10: info: [waiver/unused] the waiver of RH-DATE-01 for path records/** matched no finding; remove it; no rule 'RH-DATE-01' is loaded (did you mean 'RH-DATE-001'?)\n"), output.stdout)
        XCTAssertEqual(try check(scratch, ["--fail-on", "info"]).status, 1)
    }

    func testAWaiverByPathCoversEveryRecordUnderIt() throws {
        let scratch = try project(waivers: "waivers:\n  - {rule: 'record/*', path: records, reason: 迁移中, approvedBy: 王强, expires: 2027-01-31}\n")
        try scratch.write("records/u.yaml", Fixtures.ticket("HZ-2", extra: ["statuss: x"]))
        let output = try check(scratch)
        XCTAssertEqual(output.status, 0, output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("2 records in 2 files: 0 errors, 0 warnings, 0 infos, 2 waived\n"), output.stdout)
    }

    /// Malformed waivers, each an error at its position that waives nothing.
    func testMalformedWaiversAreErrorsWithLocations() throws {
        let cases: [(name: String, waivers: String, expected: String)] = [
            ("no reason", "- {rule: record/bad-enum, record: HZ-1, approvedBy: 赵敏}\n",
             "waivers.yaml:1:3: error: [waiver/invalid] a waiver needs 'reason' (why the finding is accepted)"),
            ("empty approver", "- {rule: record/bad-enum, record: HZ-1, reason: r, approvedBy: ''}\n",
             "waivers.yaml:1:64: error: [waiver/invalid] the waiver's 'approvedBy' should be non-empty text, not string '' (who approved the waiver)"),
            ("no target", "- {rule: record/bad-enum, reason: r, approvedBy: a}\n",
             "waivers.yaml:1:3: error: [waiver/invalid] a waiver needs 'record' (a record id) or 'path' (a glob of files) to say what it covers"),
            ("misspelt key", "- {rule: record/bad-enum, record: HZ-1, reasn: r, approvedBy: a}\n",
             "waivers.yaml:1:41: error: [waiver/invalid] unknown key 'reasn' in a waiver (did you mean 'reason'?)"),
            ("bad date", "- {rule: record/bad-enum, record: HZ-1, reason: r, approvedBy: a, expires: next year}\n",
             "waivers.yaml:1:76: error: [waiver/invalid] the waiver's 'expires' is 'next year', not an ISO date such as 2027-01-31"),
            ("bad glob", "- {rule: record/bad-enum, path: 'records/[x', reason: r, approvedBy: a}\n",
             "waivers.yaml:1:33: error: [waiver/invalid] the waiver's path 'records/[x': '[' opens a character class that is never closed with ']'"),
            ("not a list", "waivers: {rule: x}\n", "waivers.yaml:1:10: error: [waiver/invalid] 'waivers' should be a list of waivers, not mapping"),
            ("invalid YAML", "- {rule: [\n", "waivers.yaml:2:1: error: [waiver/invalid] the waivers file is not valid YAML"),
        ]
        for (name, waivers, expected) in cases {
            let scratch = try project(waivers: waivers)
            let output = try check(scratch)
            XCTAssertEqual(output.status, 1, name)
            XCTAssertTrue(output.stdout.contains(expected), "\(name):\n\(output.stdout)")
            XCTAssertTrue(output.stdout.contains("records/t.yaml:9:10: error: [record/bad-enum]"), "\(name): a malformed waiver waives nothing")
        }
    }

    func testAMissingWaiversFileExitsTwo() throws {
        let scratch = try project(waivers: "")
        let output = try PlumbProcess.run(["check", "records", "--waivers", "nowhere.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "plumb: nowhere.yaml: no such waivers file\n")
    }

    func testARecordsOwnWaiversCoverOnlyThatRecord() throws {
        let scratch = try Scratch()
        let waivers = [
            "waivers:",
            "  - {rule: record/unknown-field, reason: 旧模板字段, approvedBy: 王强, expires: 2026-12-31}",
            "  - {rule: record/bad-enum, reason: 过期, approvedBy: 王强, expires: 2026-10-01}",
            "  - {rule: RH-DATE-002, approvedBy: 王强}",
        ]
        try scratch.write("records/a.yaml", Fixtures.ticket("HZ-1", metadata: waivers, extra: ["statuss: x"]).replacingOccurrences(of: "level: general", with: "level: bad"))
        try scratch.write("records/b.yaml", Fixtures.ticket("HZ-2", extra: ["statuss: y"]))
        let output = try PlumbProcess.run(["check", "records", "--as-of", "2026-11-26"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        let headlines = output.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        XCTAssertEqual(headlines, [
            "records/a.yaml:10:68: error: [waiver/expired] the waiver of record/bad-enum on record HZ-1 expired on 2026-10-01 (as of 2026-11-26): it waives nothing; fix the finding or renew the waiver",
            "records/a.yaml:11:7: error: [record/missing-field] required field 'metadata.waivers[2].reason' is missing",
            "records/a.yaml:13:10: error: [record/bad-enum] 'spec.level' is 'bad', not one of general, major",
            "records/a.yaml:16:3: warning (waived): [record/unknown-field] unknown field 'spec.statuss' (did you mean 'status'?)",
            "records/b.yaml:12:3: warning: [record/unknown-field] unknown field 'spec.statuss' (did you mean 'status'?)",
            "2 records in 2 files: 3 errors, 1 warning, 0 infos, 1 waived",
        ])
    }
}
