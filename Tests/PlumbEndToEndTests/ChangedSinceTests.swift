import Foundation
import XCTest

/// `--changed-since REV` in a temporary git repository: only changed records, and those they reference, are reported.
final class ChangedSinceTests: XCTestCase {
    func git(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Plumb Test", "-c", "user.email=plumb@example.invalid", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }

    /// Three broken tickets and an inspection, committed; then one ticket changes.
    func repository() throws -> Scratch {
        let scratch = try Scratch()
        for index in 1...3 {
            try scratch.write("records/hz\(index).yaml", Fixtures.ticket("HZ-\(index)", level: "bad\(index)", extra: ["source: IR-\(index)"]))
        }
        try scratch.write("records/ir1.yaml", """
        apiVersion: plumbline/v1
        kind: InspectionRecord
        metadata: {id: IR-1, project: 南湖站, discipline: lifting, date: 2026-11-03}
        spec: {checklist: CL-X, items: [{id: A, result: fail, hazard: HZ-1}], bogus: 1}

        """)
        try git(["init", "-q"], in: scratch.url)
        try git(["add", "-A"], in: scratch.url)
        try git(["commit", "-q", "-m", "records"], in: scratch.url)
        return scratch
    }

    func testOnlyTheChangedRecordAndWhatItReferencesAreReported() throws {
        let scratch = try repository()
        try scratch.write("records/hz1.yaml", Fixtures.ticket("HZ-1", level: "worse", extra: ["source: IR-1"]))
        let output = try PlumbProcess.run(["check", "records", "--changed-since", "HEAD", "--only-rules", "rules/record-hygiene", "--as-of", "2026-11-26"]
            .map { $0 == "rules/record-hygiene" ? PlumbProcess.packageRoot.appendingPathComponent($0).path : $0 }, in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        let headlines = output.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }.map(String.init)
        XCTAssertEqual(headlines, [
            "records/hz1.yaml:9:10: error: [record/bad-enum] 'spec.level' is 'worse', not one of general, major",
            "records/ir1.yaml:4:19: error: [RH-REF-001] 检查表 'CL-X' 不存在于本次提交或内置检查表中",
            "records/ir1.yaml:4:71: warning: [record/unknown-field] unknown field 'spec.bogus'",
            "2 records in 2 files: 2 errors, 1 warning, 0 infos; records changed since HEAD and those they reference",
        ])
    }

    func testUntrackedFilesCountAsChanged() throws {
        let scratch = try repository()
        try scratch.write("records/new.yaml", Fixtures.ticket("HZ-9", extra: ["statuss: x"]))
        let output = try PlumbProcess.run(["check", "records", "--changed-since", "HEAD"], in: scratch.url)
        XCTAssertEqual(output.status, 0)
        XCTAssertTrue(output.stdout.hasPrefix("records/new.yaml:12:3: warning: [record/unknown-field]"), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("1 record in 1 file: 0 errors, 1 warning, 0 infos; records changed since HEAD and those they reference\n"), output.stdout)
        let nothing = try PlumbProcess.run(["check", "records", "--changed-since", "HEAD", "--format", "json"], in: scratch.url)
        XCTAssertTrue(nothing.stdout.contains("\"changedSince\" : \"HEAD\""), nothing.stdout)
    }

    func testNoChangesReportsNothing() throws {
        let scratch = try repository()
        let output = try PlumbProcess.run(["check", "records", "--changed-since", "HEAD"], in: scratch.url)
        XCTAssertEqual(output.status, 0)
        XCTAssertEqual(output.stdout, "0 records in 0 files: 0 errors, 0 warnings, 0 infos; records changed since HEAD and those they reference\n")
    }

    func testAnUnknownRevisionExitsTwoWithAMessage() throws {
        let scratch = try repository()
        let output = try PlumbProcess.run(["check", "records", "--changed-since", "no-such-branch"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "plumb: --changed-since: unknown git revision 'no-such-branch' (try a branch, tag or commit such as origin/main or HEAD~1)\n")
        XCTAssertEqual(output.stdout, "")
        let option = try PlumbProcess.run(["check", "records", "--changed-since=--output=x"], in: scratch.url)
        XCTAssertEqual(option.status, 2, "a revision that looks like an option is never passed to git")
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("x").path))
    }

    func testOutsideARepositoryExitsTwo() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", Fixtures.ticket("HZ-1"))
        let output = try PlumbProcess.run(["check", "t.yaml", "--changed-since", "HEAD"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.hasPrefix("plumb: --changed-since: not inside a git repository"), output.stderr)
    }
}
