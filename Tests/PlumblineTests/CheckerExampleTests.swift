import Plumbline
import XCTest

/// The one generic test of every built-in checker (STYLE.md §2): each checker's own pass and fail examples.
final class CheckerExampleTests: XCTestCase {
    func testEveryBuiltInCheckerPassesItsExamples() {
        let outcomes = CheckerExampleRunner().run(BuiltInCheckers.plugins)
        XCTAssertEqual(outcomes.count, BuiltInCheckers.all.count)
        for outcome in outcomes {
            XCTAssertGreaterThanOrEqual(outcome.exampleCount, 2, "\(outcome.checkerID) needs pass and fail examples")
            for failure in outcome.failures {
                XCTFail("\(outcome.checkerID): \(failure)")
            }
        }
    }

    /// The list is explicit and complete: a discipline plugin per target, checker ids prefixed by their plugin.
    func testBuiltInPluginsCoverTheDisciplinesAndNameTheirCheckers() {
        let ids = BuiltInCheckers.plugins.map(\.id)
        XCTAssertEqual(ids, ["excavation", "formwork", "lifting", "scaffolding", "electrical", "concrete", "general"])
        for plugin in BuiltInCheckers.plugins {
            XCTAssertEqual(plugin.kind, .inProcess)
            for checker in plugin.checkers {
                XCTAssertTrue(checker.id.hasPrefix(plugin.id + "."), checker.id)
                XCTAssertFalse(checker.description.references.isEmpty, "\(checker.id) names its basis")
            }
        }
        XCTAssertEqual(Set(BuiltInCheckers.all.map(\.id)).count, BuiltInCheckers.all.count, "checker ids are unique")
        XCTAssertEqual(Set(BuiltInCheckers.registry.functions.keys), ["lec", "lsRisk", "riskLevel"])
    }
}

/// The runner itself: a checker whose examples are wrong fails, naming the example's line and what differed.
final class CheckerExampleRunnerTests: XCTestCase {
    /// Reports `spec.description` when it contains "坏"; its examples are deliberately wrong.
    private struct WordChecker: Checker {
        let id = "test.word"
        let disciplines = ["general"]
        let kinds: [RecordKind] = [.hazardTicket]
        var examples: [CheckerExample]
        var optionsSchema: ObjectSchema { ObjectSchema([.init("word", .string, "")]) }
        var description: CheckerDescription { CheckerDescription(summary: "test", examples: examples) }

        func check(_ record: Record, options: Value, context: EvaluationContext) throws -> [CheckerFinding] {
            let word = options["word"]?.stringValue ?? "坏"
            guard record.value.value(at: "spec.description")?.stringValue?.contains(word) == true else { return [] }
            return [CheckerFinding(message: "说明含“\(word)”", path: "spec.description")]
        }
    }

    private let ticket = "spec: {level: general, description: 护栏坏了, status: open}"

    func testRightExamplesPass() {
        let checker = WordChecker(examples: [
            .pass("spec: {level: general, description: 正常, status: open}"),
            .fail(ticket, findings: 1, paths: ["spec.description"], messages: ["坏"]),
            .pass(ticket, options: "word: 断"),
        ])
        let outcome = CheckerExampleRunner().test(checker, pluginID: "test")
        XCTAssertTrue(outcome.passed, outcome.failures.joined(separator: "\n"))
        XCTAssertEqual(outcome.exampleCount, 3)
    }

    func testWrongExamplesFailWithTheirLine() {
        let line = #line + 2
        let checker = WordChecker(examples: [
            .pass(ticket),
            .fail(ticket, findings: 2, paths: ["spec.level"], messages: ["断"]),
            .fail("spec: {level: general, description: 正常, status: open}"),
            .fail(ticket, options: "colour: red"),
            .fail("kind: RiskAssessment\nspec: {method: LEC, risks: []}"),
            .fail("spec: {level: 特大, description: a, status: open}"),
        ])
        let failures = CheckerExampleRunner().test(checker, pluginID: "test").failures
        let file = #filePath
        XCTAssertEqual(failures, [
            "\(file):\(line): pass example gave 1 finding: spec.description: 说明含“坏”",
            "\(file):\(line + 1): fail example gave 1 findings, expected 2: spec.description: 说明含“坏”",
            "\(file):\(line + 1): fail example expected a finding at spec.level, found spec.description",
            "\(file):\(line + 1): fail example expected a message containing '断': spec.description: 说明含“坏”",
            "\(file):\(line + 2): fail example gave no finding",
            "\(file):\(line + 3): the example's options do not fit test.word: unknown field 'options.colour'",
            "\(file):\(line + 4): the example is a RiskAssessment; test.word reads HazardTicket",
            "\(file):\(line + 5): the fail example is not a valid record: record/bad-enum 'spec.level' is '特大', not one of general, major",
        ])
    }

    func testACheckerWithoutAFailExampleFails() {
        let outcome = CheckerExampleRunner().test(WordChecker(examples: [.pass("spec: {level: general, description: a, status: open}")]), pluginID: "test")
        XCTAssertEqual(outcome.failures, ["checker test.word has no fail example (a checker that never reports is a bug)"])
    }
}
