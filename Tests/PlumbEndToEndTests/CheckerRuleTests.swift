import Foundation
import Plumbline
import XCTest

/// Rules that call a checker (`check: {id, options}`): options validated at load, findings located by path.
final class CheckerRuleTests: XCTestCase {
    /// A checker for the test: reports tickets whose funds exceed `limit`.
    struct FundsChecker: Checker {
        let id = "test.funds"
        let disciplines = ["general"]
        var description: CheckerDescription { CheckerDescription(summary: "funds over a limit") }
        var optionsSchema: ObjectSchema { ObjectSchema([.init("limit", .number, required: true, "CNY")]) }

        func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
            let limit = options["limit"]?.numberValue ?? 0
            guard let funds = record.value.value(at: "spec.rectification.funds")?.numberValue, funds > limit else { return [] }
            return [CheckerFinding(message: "funds \(Int(funds)) over \(Int(limit))", path: "spec.rectification.funds")]
        }
    }

    func catalog(_ pack: String, in scratch: Scratch) throws -> RuleCatalog {
        try scratch.write("pack.yaml", pack)
        let plugin = CheckerPlugin(id: "test", version: "1.0.0", kind: .inProcess, title: "test", disciplines: ["general"], checkers: [FundsChecker()])
        return RuleCatalog(selection: RuleSelection(shippedRules: nil, only: [scratch.url.appendingPathComponent("pack.yaml").path]),
                           builtIn: [plugin])
    }

    func testACheckerFindingBecomesAFindingOfTheCallingRule() throws {
        let scratch = try Scratch()
        let loaded = try catalog("""
        pack: funds
        version: 1.0.0
        rules:
          - id: F-001
            severity: warning
            match: HazardTicket
            check: {id: test.funds, options: {limit: 1000}}
            reference: 公司规定
        """, in: scratch)
        XCTAssertEqual(loaded.errors, [])
        let file = try scratch.write("t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec:\n  level: general\n  description: a\n  status: open\n  rectification: {funds: 3000}\n")
        let result = SubmissionCheck(options: CheckOptions(paths: [file.path], asOf: CalendarDate(iso: "2026-11-27")!), engine: loaded.engine).run()
        XCTAssertEqual(result.findings.count, 1)
        let finding = try XCTUnwrap(result.findings.first)
        XCTAssertEqual(finding.ruleId, "F-001")
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.message, "funds 3000 over 1000")
        XCTAssertEqual(finding.reference, "公司规定")
        XCTAssertEqual(finding.pack, "funds@1.0.0")
        XCTAssertEqual([finding.location.line, finding.location.column], [8, 26])
        XCTAssertEqual(finding.location.path, "spec.rectification.funds")
    }

    func testCheckerOptionsAreValidatedWhenThePackLoads() throws {
        let scratch = try Scratch()
        let loaded = try catalog("""
        pack: funds
        version: 1.0.0
        rules:
          - id: F-001
            match: HazardTicket
            check: {id: test.funds, options: {limt: 1000}}
        """, in: scratch)
        XCTAssertEqual(loaded.errors.map(\.problem.rawValue).sorted(), ["pack/bad-checker-options", "pack/bad-checker-options"])
        let descriptions = loaded.errors.map(\.description).joined(separator: "\n")
        XCTAssertTrue(descriptions.contains("pack.yaml:6:39: error: [pack/bad-checker-options] rule F-001: checker test.funds unknown field 'options.limt' (did you mean 'limit'?)"), descriptions)
        XCTAssertTrue(descriptions.contains("required field 'options.limit' is missing"), descriptions)
    }
}
