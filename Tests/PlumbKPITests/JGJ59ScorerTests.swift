import PlumbCore
import XCTest
@testable import PlumbKPI

/// The summary table and the grade (JGJ 59-2011 4.0.3, 5.0.1), worked by hand.
final class JGJ59ScorerTests: XCTestCase {
    func testWeightsAddUpToOneHundred() {
        XCTAssertEqual(JGJ59SummaryItem.allCases.reduce(0) { $0 + $1.weight }, 100)
        XCTAssertEqual(JGJ59SummaryItem.civilisedConstruction.weight, 15)
        XCTAssertEqual(JGJ59SummaryItem.machinery.weight, 5)
    }

    func testAllTenItemsSumTheirA1() {
        // A1 = B × C / 100: 9 + 12 + 8.5 + 7 + 10 + 9 + 6 + 7.5 + 9 + 4 = 82 → 优良
        let tables = [
            Fixtures.scored("SM", .safetyManagement, 90), Fixtures.scored("CC", .civilisedConstruction, 80),
            Fixtures.scored("S1", .scaffolding, 80), Fixtures.scored("S2", .scaffolding, 90),
            Fixtures.scored("EX", .excavation, 70), Fixtures.scored("FW", .formworkSupport, 100),
            Fixtures.scored("WH", .workAtHeight, 90), Fixtures.scored("EL", .electrical, 60),
            Fixtures.scored("HO", .hoists, 75), Fixtures.scored("TC", .cranesAndLifting, 96), Fixtures.scored("LF", .cranesAndLifting, 84),
            Fixtures.scored("MA", .machinery, 80),
        ]
        let assessment = JGJ59Scorer.assess(tables, project: "南湖站")
        XCTAssertEqual(assessment.items.count, 10)
        XCTAssertEqual(assessment.inspectedWeight, 100)
        XCTAssertEqual(assessment.total!, 82, accuracy: 1e-9)
        XCTAssertEqual(assessment.grade, .excellent)
        let scaffolding = assessment.items.first { $0.item == .scaffolding }!
        XCTAssertEqual(scaffolding.tableScore, 85, "mean of 扣件式 80 and 悬挑式 90")
        XCTAssertEqual(scaffolding.contribution, 8.5)
        XCTAssertEqual(assessment.items.first { $0.item == .cranesAndLifting }!.tableScore, 90, "mean of tower crane 96 and lifting 84")
    }

    func testItemsNotInspectedAreLeftOutOfTheSummary() {
        // 安全管理 90 → 9, 文明施工 70 → 10.5; ΣA1 = 19.5 over ΣB = 25 → 78 → 合格
        let assessment = JGJ59Scorer.assess([Fixtures.scored("SM", .safetyManagement, 90), Fixtures.scored("CC", .civilisedConstruction, 70)], project: nil)
        XCTAssertEqual(assessment.inspectedWeight, 25)
        XCTAssertEqual(assessment.total!, 78, accuracy: 1e-9)
        XCTAssertEqual(assessment.grade, .pass)
        XCTAssertEqual(assessment.notInspected.count, 8)
    }

    func testAnyTableAtZeroFailsTheRoundWhateverTheTotal() {
        // Tower crane 0 by the zero rule, lifting 100: mean 50 → 5; 安全管理 100 → 10; total 15 / 20 = 75, but 不合格.
        let tables = [
            Fixtures.scored("TC", .cranesAndLifting, 90, zero: .guaranteeItemAtZero(itemID: "TC-01")),
            Fixtures.scored("LF", .cranesAndLifting, 100), Fixtures.scored("SM", .safetyManagement, 100),
        ]
        let assessment = JGJ59Scorer.assess(tables, project: nil)
        XCTAssertEqual(assessment.total!, 75, accuracy: 1e-9)
        XCTAssertEqual(assessment.zeroTables, ["TC"])
        XCTAssertEqual(assessment.grade, .fail)
    }

    func testGradeBoundaries() {
        XCTAssertEqual(JGJ59Grade(summary: 80, anyTableZero: false), .excellent)
        XCTAssertEqual(JGJ59Grade(summary: 79.996, anyTableZero: false), .excellent, "kept to two decimals: 80.00")
        XCTAssertEqual(JGJ59Grade(summary: 79.99, anyTableZero: false), .pass)
        XCTAssertEqual(JGJ59Grade(summary: 70, anyTableZero: false), .pass)
        XCTAssertEqual(JGJ59Grade(summary: 69.99, anyTableZero: false), .fail)
        XCTAssertEqual(JGJ59Grade(summary: 95, anyTableZero: true), .fail)
        XCTAssertEqual(JGJ59Grade.excellent.chineseName, "优良")
    }

    func testNothingScoredHasNoGrade() {
        let assessment = JGJ59Scorer.assess([], project: nil)
        XCTAssertNil(assessment.total)
        XCTAssertNil(assessment.grade)
    }

    func testScoredTablesEndToEnd() {
        // A real table through both stages: 表B.17-shaped with I7 不适用 and I10 −3 → 96.67 → 9.67 of 10 → total 96.67.
        let table = Fixtures.table()
        let score = TableScorer.score(Fixtures.inspection(of: table, ["I7": (.na, nil), "I10": (.fail, 3)]), against: table)
        let assessment = JGJ59Scorer.assess([score], project: "南湖站")
        XCTAssertEqual(JGJ59Rounding.twoDecimals(assessment.total!), 96.67)
        XCTAssertEqual(assessment.grade, .excellent)
    }
}
