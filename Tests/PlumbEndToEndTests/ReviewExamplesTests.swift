import Foundation
import XCTest

/// `plumb review` on the shipped example method statements with the shipped packs: every plan's
/// classification and verdict as examples/review/EXPECTED states, and the clean project's plans approved.
final class ReviewExamplesTests: XCTestCase {
    func table(_ folder: String) throws -> [String] {
        let output = try PlumbProcess.run(["review", folder, "--format", "json", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.stderr, "")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let statements = try XCTUnwrap(json["statements"] as? [[String: Any]])
        return statements.map { statement in
            let file = ((statement["location"] as? [String: Any])?["file"] as? String) ?? ""
            return "\((file as NSString).lastPathComponent) \(statement["classification"] ?? "") \(statement["verdict"] ?? "")"
        }.sorted()
    }

    func testReviewExamplesMatchEXPECTED() throws {
        let expected = try String(contentsOf: PlumbProcess.packageRoot.appendingPathComponent("examples/review/EXPECTED"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }.sorted()
        XCTAssertEqual(try table("examples/review"), expected)
        XCTAssertTrue(expected.contains { $0.hasSuffix(" reject") } && expected.contains { $0.hasSuffix(" revise") } && expected.contains { $0.hasSuffix(" approve") })
        for discipline in ["excavation", "formwork", "lifting", "scaffolding"] {
            XCTAssertTrue(expected.contains { $0.contains(discipline) && $0.contains(" hazardous ") }, "a hazardous \(discipline) plan")
            XCTAssertTrue(expected.contains { $0.contains(discipline) && $0.contains(" highly-hazardous ") }, "a highly-hazardous \(discipline) plan")
        }
    }

    func testTheCleanProjectsPlansAreApproved() throws {
        XCTAssertEqual(try table("examples/clean/method-statements"), [
            "ms-0417-excavation.yaml highly-hazardous approve",
            "ms-0421-formwork.yaml hazardous approve",
            "ms-0425-tower-crane.yaml hazardous approve",
            "ms-0430-scaffold.yaml highly-hazardous approve",
        ])
    }

    func testARejectedPlanReadsLikeAReviewOpinion() throws {
        let output = try PlumbProcess.run(["review", "examples/review/ms-ba-06-lifting-highly.yaml", "--as-of", "2026-11-27"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.contains("工程分类：超过一定规模的危险性较大的分部分项工程（highly-hazardous）"), output.stdout)
        XCTAssertTrue(output.stdout.contains("审查结论：不予通过（reject）"), output.stdout)
        XCTAssertTrue(output.stdout.contains("判定依据："), output.stdout)
        XCTAssertTrue(output.stdout.contains("（依据：建办质〔2018〕31号") || output.stdout.contains("（依据：住房和城乡建设部令第37号"), output.stdout)
    }
}
