import Foundation
import XCTest

/// `plumb review` on method statements with a small pack: classification with its reason, grouped points, verdicts.
final class ReviewCommandTests: XCTestCase {
    let pack = """
    pack: review-demo
    version: 1.0.0
    parameters:
      deep: {type: quantity, unit: m, default: 5}
    classifications:
      - id: CLS-EXC-1
        discipline: excavation
        level: hazardous
        when: spec.parameters.excavationDepth >= 3 m
        reason: 开挖深度 {spec.parameters.excavationDepth} ≥ 3 m
        reference: {document: 建办质〔2018〕31号, clause: 附件一 一}
      - id: CLS-EXC-2
        discipline: excavation
        level: highly-hazardous
        when: spec.parameters.excavationDepth >= params.deep
        reason: 开挖深度 {spec.parameters.excavationDepth} ≥ {params.deep}
        reference: {document: 建办质〔2018〕31号, clause: 附件二 一}
    rules:
      - id: D-ATT-001
        match: MethodStatement
        when: classification in ['hazardous', 'highly-hazardous']
        assert: spec.attachments.exists(a, a.type == 'calculation')
        message: 缺少计算书
        reference: {document: 建办质〔2018〕31号, clause: 附件三 二（九）}
        remediation: 补充支护结构计算书
        tags: [attachments]
        examples:
          fail: [{metadata: {discipline: excavation}, spec: {category: special-plan, parameters: {excavationDepth: 4}}}]
          pass: [{metadata: {discipline: excavation}, spec: {category: special-plan, parameters: {excavationDepth: 2}}}]
    """

    func statement(_ id: String, depth: String, extra: String = "") -> String {
        """
        apiVersion: plumbline/v1
        kind: MethodStatement
        metadata: {id: \(id), project: 南湖站, discipline: excavation, title: 基坑方案\(id)}
        spec:
          category: special-plan
          parameters: {excavationDepth: "\(depth)"}
        \(extra)
        """
    }

    func testClassificationReasonsGroupsAndVerdicts() throws {
        let scratch = try Scratch()
        try scratch.write("pack.yaml", pack)
        try scratch.write("ms/a.yaml", statement("MS-A", depth: "2 m", extra: "  attachments: [{type: calculation}]"))
        try scratch.write("ms/b.yaml", statement("MS-B", depth: "400 cm"))
        try scratch.write("ms/c.yaml", statement("MS-C", depth: "6.5 m", extra: "  attachments: [{type: calculation}]"))
        try scratch.write("ms/d.yaml", statement("MS-D", depth: "6.5 m", extra: "  attachments: [{type: calculation}]\n  expertReview: {date: 2026-11-10, conclusion: 不通过}"))
        try scratch.write("ms/e.yaml", statement("MS-E", depth: "6.5 m", extra: "  attachments: [{type: calculation}]\n  expertReview: {date: 2026-11-10, conclusion: pass}"))
        let output = try PlumbProcess.run(["review", "ms", "--only-rules", "pack.yaml", "--format", "json", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let statements = try XCTUnwrap(json["statements"] as? [[String: Any]])
        let table = statements.map { "\($0["recordId"]!) \($0["classification"]!) \($0["verdict"]!)" }
        XCTAssertEqual(table, [
            "MS-A standard approve",
            "MS-B hazardous revise",
            "MS-C highly-hazardous reject",
            "MS-D highly-hazardous reject",
            "MS-E highly-hazardous approve",
        ])
        let reasons = try XCTUnwrap(statements[2]["reasons"] as? [[String: Any]])
        XCTAssertEqual(reasons.first?["text"] as? String, "开挖深度 6.5 m ≥ 5 m")
        XCTAssertEqual(reasons.first?["reference"] as? String, "建办质〔2018〕31号 附件二 一")
        XCTAssertEqual(json["summary"] as? [String: Int], ["statements": 5, "approve": 2, "revise": 1, "reject": 2])

        let text = try PlumbProcess.run(["review", "ms/b.yaml", "--only-rules", "pack.yaml", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stdout.contains("工程分类：危险性较大的分部分项工程（hazardous）\n    判定依据：开挖深度 400 cm ≥ 3 m（建办质〔2018〕31号 附件一 一）"), text.stdout)
        XCTAssertTrue(text.stdout.contains("审查结论：修改完善后重新报审（revise）"), text.stdout)
        XCTAssertTrue(text.stdout.contains("  一、计算书及图纸\n    1. 缺少计算书（依据：建办质〔2018〕31号 附件三 二（九）） 整改要求：补充支护结构计算书 [D-ATT-001 error ms/b.yaml:"), text.stdout)
        let approved = try PlumbProcess.run(["review", "ms/a.yaml", "--only-rules", "pack.yaml"], in: scratch.url)
        XCTAssertEqual(approved.status, 0, approved.stdout)
    }

    func testFilesWithoutAMethodStatementExitTwo() throws {
        let output = try PlumbProcess.run(["review", "examples/clean/hazard-tickets.yaml", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("no MethodStatement record in examples/clean/hazard-tickets.yaml"), output.stderr)
    }

    func testAMissingFileExitsTwo() throws {
        let output = try PlumbProcess.run(["review", "no-such-plan.yaml"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("no-such-plan.yaml: no such file or folder"), output.stderr)
    }
}
