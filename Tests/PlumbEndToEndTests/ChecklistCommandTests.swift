import Foundation
import XCTest

/// `plumb checklist list | show | template`, and the shipped checklists as reference records of `plumb check`.
final class ChecklistCommandTests: XCTestCase {
    func testTheShippedChecklistsValidateWithZeroFindings() throws {
        let output = try PlumbProcess.run(["check", "rules/checklists", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout, "25 records in 25 files: 0 errors, 0 warnings, 0 infos\n")
    }

    func testListShowsEveryShippedChecklist() throws {
        let output = try PlumbProcess.run(["checklist", "list"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "25 checklists")
        for id in ["jgj59-b1-safety-management", "jgj59-b14-electrical", "jgj59-b17-tower-crane", "jgj59-b19-machinery", "major-hazards-2024-art8-lifting"] {
            XCTAssertTrue(lines.contains { $0.hasPrefix(id + " ") }, "\(id) missing from\n\(output.stdout)")
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("jgj59-b17-tower-crane") && $0.contains("scored") && $0.contains("JGJ 59-2011 表B.17") })
    }

    func testShowByAliasGivesTheTableWithPointsAndConsequences() throws {
        let output = try PlumbProcess.run(["checklist", "show", "jgj59-b16-tower-crane"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("jgj59-b17-tower-crane  塔式起重机检查评分表\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  standard:     JGJ 59-2011 表B.17\n"))
        XCTAssertTrue(output.stdout.contains("  TC-01  载荷限制装置（保证项目，10 分）\n"))
        XCTAssertTrue(output.stdout.contains("      不合格时: 重大事故隐患，1 天内整改，依据 2024-8.4\n"))
    }

    func testShowOfAnUnknownChecklistExitsTwoWithASuggestion() throws {
        let output = try PlumbProcess.run(["checklist", "show", "jgj59-b17-tower-cran"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("no checklist 'jgj59-b17-tower-cran'"), output.stderr)
        XCTAssertTrue(output.stderr.contains("jgj59-b17-tower-crane"), output.stderr)
    }

    func testAChecklistFileWithErrorsIsALoadErrorWithLineAndColumn() throws {
        let scratch = try Scratch()
        try scratch.write("mine.yaml", """
            apiVersion: plumbline/v1
            kind: Checklist
            metadata: {id: my-list, title: 自编检查表}
            spec:
              items:
                - id: A-01
                  group: 保证
                  title: 临边防护
                  points: ten

            """)
        for command in [["checklist", "show", "mine.yaml"], ["checklist", "list", "--checklists", "mine.yaml"]] {
            let output = try PlumbProcess.run(command, in: scratch.url)
            XCTAssertEqual(output.status, 2, command.joined(separator: " "))
            XCTAssertTrue(output.stderr.contains("mine.yaml:7:14: error: [record/bad-enum] 'spec.items[0].group' is '保证'"), output.stderr)
            XCTAssertTrue(output.stderr.contains("mine.yaml:9:15: error: [record/bad-type]"), output.stderr)
        }
        // A broken checklist named for `plumb check` makes the run incomplete, naming the place.
        try scratch.write("records/ir.yaml", Self.inspection(checklist: "jgj59-b14-electrical"))
        let check = try PlumbProcess.run(["check", "records", "--checklists", "mine.yaml"], in: scratch.url)
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.stderr.contains("mine.yaml:7:14"), check.stderr)
    }

    func testAChecklistRepeatingAnItemIdIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write("twice.yaml", """
            apiVersion: plumbline/v1
            kind: Checklist
            metadata: {id: twice}
            spec:
              items:
                - {id: A-01, title: 临边防护, points: 50}
                - {id: A-01, title: 洞口防护, points: 50}

            """)
        let output = try PlumbProcess.run(["checklist", "run", "twice.yaml", "--project", "p", "--site", "s"], in: scratch.url, input: "p\n")
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "plumb: twice.yaml:7:12: error: [checklist/duplicate-item] item id 'A-01' is used twice in checklist 'twice'; answers are given by item id\n")
    }

    func testAnInspectionMayReferenceAShippedChecklistWithoutSubmittingIt() throws {
        let scratch = try Scratch()
        try scratch.write("records/ir.yaml", Self.inspection(checklist: "jgj59-b16-tower-crane"))
        let output = try PlumbProcess.run(["check", "records", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout, "1 record in 1 file: 0 errors, 0 warnings, 0 infos\n", "the shipped checklists are not counted")
        try scratch.write("records/ir.yaml", Self.inspection(checklist: "jgj59-b99-nothing"))
        let missing = try PlumbProcess.run(["check", "records", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stdout.contains("[RH-REF-001]"), missing.stdout)
    }

    /// A submitted checklist is found under its aliases too, and its alias copies are not counted as records.
    func testAnInspectionMayNameASubmittedChecklistByItsAlias() throws {
        let scratch = try Scratch()
        let shipped = try String(contentsOf: PlumbProcess.packageRoot.appendingPathComponent("rules/checklists/jgj59/b17-tower-crane.yaml"), encoding: .utf8)
        try scratch.write("records/checklist.yaml", shipped
            .replacingOccurrences(of: "id: jgj59-b17-tower-crane", with: "id: site-tower-crane")
            .replacingOccurrences(of: "aliases: [jgj59-b16-tower-crane]", with: "aliases: [site-tc-2025]"))
        try scratch.write("records/ir.yaml", Self.inspection(checklist: "site-tc-2025"))
        let output = try PlumbProcess.run(["check", "records", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout, "2 records in 2 files: 0 errors, 0 warnings, 0 infos\n")
    }

    func testExamplesStayClean() throws {
        let output = try PlumbProcess.run(["check", "examples/clean", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 0, output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("0 errors, 0 warnings, 0 infos\n"), output.stdout)
    }

    func testYAMLTemplateListsEveryItemBlank() throws {
        let output = try PlumbProcess.run(["checklist", "template", "jgj59-b14-electrical"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("kind: InspectionRecord\n"))
        XCTAssertTrue(output.stdout.contains("  checklist: jgj59-b14-electrical\n"))
        XCTAssertTrue(output.stdout.contains("    # EL-02 接地与接零保护系统（保证项目，20 分）\n    #   未采用TN-S"))
        XCTAssertEqual(output.stdout.components(separatedBy: "      result:\n").count - 1, 7)
    }

    func testCSVTemplateHasDottedPathsAndReadsBackAsAnInspectionRecord() throws {
        let output = try PlumbProcess.run(["checklist", "template", "jgj59-b13-work-at-height", "--format", "csv"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("kind,apiVersion,metadata.id,metadata.project,metadata.discipline,"))
        XCTAssertTrue(lines[0].contains(",spec.items.0.id,spec.items.0.result,spec.items.0.deduction,spec.items.0.note,spec.items.0.evidence,spec.items.0.hazard,"))
        XCTAssertTrue(lines[0].hasSuffix("spec.items.9.hazard"))
        XCTAssertTrue(lines[1].hasPrefix("InspectionRecord,plumbline/v1,,,work-at-height,高处作业检查评分表,,,jgj59-b13-work-at-height,"))
        // Filled in, the row is a valid record of the format.
        let scratch = try Scratch()
        var cells = lines[1].components(separatedBy: ",")
        let header = lines[0].components(separatedBy: ",")
        func set(_ path: String, _ value: String) { cells[header.firstIndex(of: path)!] = value }
        set("metadata.id", "IR-CSV-01"); set("metadata.project", "南湖站"); set("metadata.date", "2026-11-20")
        for index in 0..<10 { set("spec.items.\(index).result", index == 3 ? "不合格" : "合格"); set("spec.items.\(index).deduction", index == 3 ? "5" : "0") }
        // The failed item raises a ticket (its checklist entry has onFail), written beside the CSV.
        set("spec.items.3.hazard", "HZ-CSV-01")
        try scratch.write("ir.csv", lines[0] + "\n" + cells.joined(separator: ",") + "\n")
        try scratch.write("hz.yaml", """
            apiVersion: plumbline/v1
            kind: HazardTicket
            metadata: {id: HZ-CSV-01, project: 南湖站, discipline: work-at-height, date: 2026-11-20}
            spec:
              level: general
              description: 洞口防护不严
              source: IR-CSV-01
              rectification: {measures: 补设洞口盖板, owner: 周伟, funds: 200, deadline: 2026-11-21, contingency: 设警戒线}
              status: rectified
              rectifiedAt: 2026-11-21
              rectifiedBy: 周伟

            """)
        let validated = try PlumbProcess.run(["check", "ir.csv", "hz.yaml", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(validated.status, 0, validated.stdout + validated.stderr)
        XCTAssertEqual(validated.stdout, "2 records in 2 files: 0 errors, 0 warnings, 0 infos\n")
        let score = try PlumbProcess.run(["checklist", "score", "ir.csv"], in: scratch.url)
        XCTAssertEqual(score.status, 0, score.stdout + score.stderr)
        XCTAssertTrue(score.stdout.contains("  得分 95（应得 100，实得 95）\n"), score.stdout)
    }

    /// An inspection of `checklist` answering TC-01…TC-10 (the tower-crane table) as passed.
    static func inspection(checklist: String) -> String {
        """
        apiVersion: plumbline/v1
        kind: InspectionRecord
        metadata: {id: IR-1, project: 南湖站, discipline: lifting, date: 2026-11-20}
        spec:
          checklist: \(checklist)
          items:
        \((1...10).map { String(format: "    - {id: TC-%02d, result: pass, deduction: 0}", $0) }.joined(separator: "\n"))

        """
    }
}
