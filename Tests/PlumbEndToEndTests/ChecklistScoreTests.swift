import Foundation
import XCTest
import Plumbline

/// `plumb checklist score`: JGJ 59 tables, the summary and the grade, as text and JSON, with exit codes.
final class ChecklistScoreTests: XCTestCase {
    func testTheExampleProjectScoresAndGrades() throws {
        let output = try PlumbProcess.run(["checklist", "score", "examples/clean"])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        // IR-1103: TC-07 不适用, TC-10 −3 → 87 / 90 = 96.67; IR-1110: 86 / 90 = 95.56; IR-1127: 81 / 90 = 90; mean 94.07.
        XCTAssertTrue(output.stdout.contains("  得分 96.67（应得 90，实得 87，缺项按 实得÷应得×100 折算）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  塔式起重机与起重吊装  满分 10  评分表 94.07  得分 9.41（3 张表取平均）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  总分 94.07（已检查项满分 10，折算为百分制）  评定等级：优良\n"), output.stdout)
    }

    func testJSONHasTheDocumentedShape() throws {
        let output = try PlumbProcess.run(["checklist", "score", "examples/clean", "--format", "json"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(root["tool"] as? String, "plumb")
        let tables = try XCTUnwrap(root["tables"] as? [[String: Any]])
        XCTAssertEqual(tables.map { $0["inspection"] as? String }, ["IR-2026-1103-01", "IR-2026-1110-01", "IR-2026-1127-01"])
        XCTAssertEqual(tables[0]["score"] as? Double, 96.67)
        XCTAssertEqual(tables[0]["fullMarks"] as? Double, 90)
        XCTAssertEqual(tables[0]["summaryItem"] as? String, "cranes-and-lifting")
        XCTAssertTrue(tables[0]["zeroRule"] is NSNull)
        let items = try XCTUnwrap(tables[0]["items"] as? [[String: Any]])
        XCTAssertEqual(items[6]["result"] as? String, "na")
        XCTAssertTrue(items[6]["obtained"] is NSNull)
        XCTAssertEqual(items[9]["deduction"] as? Double, 3)
        let summary = try XCTUnwrap((root["summaries"] as? [[String: Any]])?.first)
        XCTAssertEqual(summary["project"] as? String, "南湖站")
        XCTAssertEqual(summary["total"] as? Double, 94.07)
        XCTAssertEqual(summary["grade"] as? String, "excellent")
        XCTAssertEqual(summary["gradeName"] as? String, "优良")
        XCTAssertEqual(summary["inspectedWeight"] as? Double, 10)
        XCTAssertEqual((summary["items"] as? [[String: Any]])?.first?["contribution"] as? Double, 9.41)
    }

    func testZeroRuleNotApplicableItemsAndTheMeanOfScaffoldTables() throws {
        let scratch = try Scratch()
        // 安全管理: SM-09 不适用, SM-10 −5 → 85 / 90 = 94.44.
        try scratch.write("r/sm.yaml", Self.inspection("IR-SM", "jgj59-b1-safety-management", prefix: "SM", count: 10, ["SM-09": "na", "SM-10": "fail 5"]))
        // 扣件式: CS-04 −10 (a guarantee item at 0!) would zero it; instead CS-04 −6, CS-07 −10, CS-10 −4 → 80.
        try scratch.write("r/cs.yaml", Self.inspection("IR-CS", "jgj59-b3-coupler-scaffold", prefix: "CS", count: 11, ["CS-04": "fail 6", "CS-07": "fail 10", "CS-10": "fail 4"]))
        // 悬挑式: CT-08 −10 → 90. Scaffolding = (80 + 90) / 2 = 85.
        try scratch.write("r/ct.yaml", Self.inspection("IR-CT", "jgj59-b8-cantilevered-scaffold", prefix: "CT", count: 10, ["CT-08": "fail 10"]))
        // 塔式起重机: TC-01 fails without a deduction → loses its 10 → the table is 0 by the zero rule.
        try scratch.write("r/tc.yaml", Self.inspection("IR-TC", "jgj59-b16-tower-crane", prefix: "TC", count: 10, ["TC-01": "fail"]))
        let output = try PlumbProcess.run(["checklist", "score", "r"], in: scratch.url)
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.contains("  得分 94.44（应得 90，实得 85，缺项按 实得÷应得×100 折算）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  得分 0（应得 100，实得 90）\n  ! 保证项目 TC-01 得 0 分，本表计 0 分\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  脚手架  满分 10  评分表 85  得分 8.5（2 张表取平均）\n"), output.stdout)
        // ΣA1 = 9.44 + 8.5 + 0 = 17.94 over 30 → 59.81; and a table at 0 → 不合格 regardless.
        XCTAssertTrue(output.stdout.contains("  总分 59.81（已检查项满分 30，折算为百分制）  评定等级：不合格\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  ! 有分项检查评分表得 0 分（IR-TC），评定为不合格\n"), output.stdout)
    }

    func testAMissingGuaranteeItemIsAProblemAndExitsOne() throws {
        let scratch = try Scratch()
        var text = Self.inspection("IR-EL", "jgj59-b14-electrical", prefix: "EL", count: 7, [:])
        text = text.replacingOccurrences(of: "    - {id: EL-02, result: pass, deduction: 0}\n", with: "")
        try scratch.write("ir.yaml", text)
        let output = try PlumbProcess.run(["checklist", "score", "ir.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stdout)
        XCTAssertTrue(output.stdout.contains("  ! 保证项目 EL-02 接地与接零保护系统 未检查（保证项目应全数检查）\n"), output.stdout)
    }

    func testNothingToScoreExitsTwo() throws {
        let scratch = try Scratch()
        try scratch.write("t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec: {level: general, description: a, status: open}\n")
        let output = try PlumbProcess.run(["checklist", "score", "t.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stdout.contains("no InspectionRecord found in t.yaml"), output.stdout)
        let unknown = try PlumbProcess.run(["checklist", "score", "nowhere"], in: scratch.url)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("nowhere: no such file or folder"), unknown.stderr)
    }

    func testProgressFilesKeepAwkwardTextExactly() throws {
        // Notes are free text: anything a safety officer types must come back unchanged after a resume.
        let checklist = Checklist(id: "c", items: [ChecklistItem(id: "A-01", title: "a", points: 10)])
        let awkward = ["true", "12", "a: b", "#tag", "- dash", " lead", "2026-11-04", "two\nlines", "quote \"x\" \\ done", "null", "~", "0x1F", "[x]", "中文：说明"]
        for note in awkward {
            let settings = RunSettings(checklist: "c", project: "p: q", site: "3#塔吊", inspector: "yes", date: CalendarDate(iso: "2026-11-27")!,
                                       recordID: "IR-1", discipline: "general", outPath: "o.yaml", ticketsPath: "o.tickets.yaml")
            let state = RunState(settings: settings, answers: ["A-01": DraftAnswer(result: .fail, deduction: 2.5, note: note, evidence: [note], stage: .evidence)])
            let text = RunProgressCodec.encode(state, checklist: checklist)
            guard case .success(let decoded) = RunProgressCodec.decode(text, file: "p.yaml", checklist: checklist) else {
                return XCTFail("could not decode the progress written for \(note.debugDescription):\n\(text)")
            }
            XCTAssertEqual(decoded, state, "note \(note.debugDescription):\n\(text)")
        }
    }

    /// An InspectionRecord answering items PREFIX-01…PREFIX-count: pass unless `answers` says `fail N`, `fail` or `na`.
    static func inspection(_ id: String, _ checklist: String, prefix: String, count: Int, _ answers: [String: String]) -> String {
        var text = """
            apiVersion: plumbline/v1
            kind: InspectionRecord
            metadata: {id: \(id), project: 南湖站, discipline: general, date: 2026-11-20}
            spec:
              checklist: \(checklist)
              items:

            """
        for index in 1...count {
            let item = String(format: "%@-%02d", prefix, index)
            let parts = (answers[item] ?? "pass").split(separator: " ")
            switch parts.first {
            case "fail": text += "    - {id: \(item), result: fail\(parts.count > 1 ? ", deduction: \(parts[1])" : "")}\n"
            case "na": text += "    - {id: \(item), result: na}\n"
            default: text += "    - {id: \(item), result: pass, deduction: 0}\n"
            }
        }
        return text
    }
}
