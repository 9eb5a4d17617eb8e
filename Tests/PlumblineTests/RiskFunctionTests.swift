import Plumbline
import XCTest

/// The general plugin's expression functions, as packs call them: declared signatures checked when an
/// expression compiles, values and bad factors when it runs.
final class RiskFunctionTests: XCTestCase {
    private let environment = ExpressionEnvironment(kinds: [.riskAssessment], functions: BuiltInCheckers.registry.functions)
    private let record = Record(kind: .riskAssessment, id: "RA-1", file: "ra.yaml",
                                value: Value(.mapping(Mapping([.init(key: "kind", keyPosition: .start, value: Value(.string("RiskAssessment")))]))))

    private func evaluate(_ source: String) throws -> Value.Node {
        let compiled = try CompiledExpression.compile(source, in: environment)
        return try compiled.evaluate(EvaluationContext(record: record, parameters: [:], asOf: CalendarDate(year: 2026, month: 11, day: 27)!, index: .empty)).node
    }

    func testValues() throws {
        let cases: [(String, Value.Node)] = [
            ("lec(3, 6, 40)", .number(720)),
            ("lec(0.5, 0.5, 1)", .number(0.25)),
            ("lsRisk(4, 5)", .number(20)),
            ("riskLevel('LEC', lec(3, 6, 40), [320, 160, 70])", .string("major")),
            ("riskLevel('LEC', lec(1, 3, 100), [320, 160, 70])", .string("significant")),
            ("riskLevel('LEC', 160, [320, 160, 70])", .string("significant")),
            ("riskLevel('LEC', lec(10, 1, 7), [320, 160, 70])", .string("general")),
            ("riskLevel('LEC', lec(1, 6, 7), [320, 160, 70])", .string("low")),
            ("riskLevel('LS', lsRisk(2, 5), [20, 10, 4])", .string("significant")),
            ("riskLevel('LS', lsRisk(2, 5), [16, 12, 4])", .string("general")),
            ("riskLevel('ls', 3, [20, 10, 4])", .string("low")),
            ("lec(null, 6, 40)", .null),
        ]
        for (source, expected) in cases {
            XCTAssertEqual(try evaluate(source), expected, source)
        }
    }

    func testBadFactorsAndBandsAreEvaluationErrors() {
        let cases: [(String, String)] = [
            ("lec(4, 6, 40)", "L = 4 is not in the LEC table (10, 6, 3, 1, 0.5, 0.2, 0.1)"),
            ("lec(3, 5, 40)", "E = 5 is not in the LEC table (10, 6, 3, 2, 1, 0.5)"),
            ("lec(3, 6, 50)", "C = 50 is not in the LEC table (100, 40, 15, 7, 3, 1)"),
            ("lsRisk(6, 1)", "L = 6 is not a whole number from 1 to 5 (LS matrix)"),
            ("lsRisk(2, 2.5)", "S = 2.5 is not a whole number from 1 to 5 (LS matrix)"),
            ("riskLevel('LEC', 100, [70, 160, 320])", "risk bands must be three descending lower bounds [major, significant, general], not [\"70\", \"160\", \"320\"]"),
            ("riskLevel('LS', 30, [20, 10, 4])", "an LS value must be from 1 to 25, not 30"),
            ("riskLevel('ABC', 3, [20, 10, 4])", "riskLevel() method must be 'LEC' or 'LS', not 'ABC'"),
        ]
        for (source, message) in cases {
            XCTAssertThrowsError(try evaluate(source), source) { error in
                XCTAssertEqual((error as? EvaluationError)?.message, message, source)
            }
        }
    }

    func testSignaturesAreCheckedWhenTheExpressionCompiles() {
        XCTAssertThrowsError(try CompiledExpression.compile("lec(3, 6)", in: environment)) { error in
            XCTAssertEqual("\(error)", "lec() takes 3 arguments, not 2 (expression column 1)")
        }
        XCTAssertThrowsError(try CompiledExpression.compile("lec('3', 6, 40)", in: environment)) { error in
            XCTAssertEqual("\(error)", "lec() expects a number here, not a text (expression column 5)")
        }
    }
}
