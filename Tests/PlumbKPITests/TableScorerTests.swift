import PlumbCore
import XCTest
@testable import PlumbKPI

/// One table by deduction (JGJ 59-2011 4.0.3), each case worked by hand in its comment.
final class TableScorerTests: XCTestCase {
    let table = Fixtures.table()

    func testDeductionsComeOffOneHundred() {
        // 100 − 2 − 2 = 96
        let score = TableScorer.score(Fixtures.inspection(of: table, ["I4": (.fail, 2), "I9": (.fail, 2)]), against: table)
        XCTAssertEqual(score.fullMarks, 100)
        XCTAssertEqual(score.obtained, 96)
        XCTAssertEqual(score.score, 96)
        XCTAssertNil(score.zeroRule)
        XCTAssertTrue(score.problems.isEmpty)
    }

    func testNotApplicableItemsAreLeftOutByA2() {
        // I7 不适用: E = 90; I10 loses 3: D = 87; A2 = 87 / 90 × 100 = 96.67
        let score = TableScorer.score(Fixtures.inspection(of: table, ["I7": (.na, nil), "I10": (.fail, 3)]), against: table)
        XCTAssertEqual(score.fullMarks, 90)
        XCTAssertEqual(score.obtained, 87)
        XCTAssertEqual(JGJ59Rounding.twoDecimals(score.score!), 96.67)
        XCTAssertEqual(score.items.first { $0.id == "I7" }?.obtained, nil)
    }

    func testAGuaranteeItemAtZeroMakesTheTableZero() {
        // I1 loses its 10 points: 90 before the rule, 0 after it.
        let score = TableScorer.score(Fixtures.inspection(of: table, ["I1": (.fail, 10)]), against: table)
        XCTAssertEqual(score.unadjustedScore, 90)
        XCTAssertEqual(score.score, 0)
        XCTAssertEqual(score.zeroRule, .guaranteeItemAtZero(itemID: "I1"))
        XCTAssertTrue(score.isZero)
    }

    func testGuaranteeItemsTogetherUnderFortyMakeTheTableZero() {
        // Guarantee items lose 4+4+4+4+4+5 = 25: subtotal 35 < 40, though no single item is at 0.
        let answers: [String: (ItemResult, Double?)] = ["I1": (.fail, 4), "I2": (.fail, 4), "I3": (.fail, 4), "I4": (.fail, 4), "I5": (.fail, 4), "I6": (.fail, 5)]
        let score = TableScorer.score(Fixtures.inspection(of: table, answers), against: table)
        XCTAssertEqual(score.unadjustedScore, 75)
        XCTAssertEqual(score.score, 0)
        XCTAssertEqual(score.zeroRule, .guaranteeSubtotalBelowThreshold(subtotal: 35, threshold: 40))
    }

    func testGuaranteeSubtotalOfExactlyFortyPasses() {
        // 6 × 10 − 20 = 40: not under 40, so the table keeps 80.
        let answers: [String: (ItemResult, Double?)] = ["I1": (.fail, 5), "I2": (.fail, 5), "I3": (.fail, 5), "I4": (.fail, 5)]
        let score = TableScorer.score(Fixtures.inspection(of: table, answers), against: table)
        XCTAssertNil(score.zeroRule)
        XCTAssertEqual(score.score, 80)
    }

    func testTheFortyIsScaledWhenAGuaranteeItemIsNotApplicable() {
        // I5 不适用: 50 guarantee points checked, threshold 40 × 50 / 60 = 33.33; they lose 15 → 35 ≥ 33.33.
        // D = 35 + 40 = 75, E = 90 → 83.33.
        let answers: [String: (ItemResult, Double?)] = ["I5": (.na, nil), "I1": (.fail, 5), "I2": (.fail, 5), "I3": (.fail, 5)]
        let score = TableScorer.score(Fixtures.inspection(of: table, answers), against: table)
        XCTAssertNil(score.zeroRule)
        XCTAssertEqual(JGJ59Rounding.twoDecimals(score.score!), 83.33)
        // One more point lost: 34 ≥ 33.33 still; two more: 32 < 33.33 → 0.
        var harsher = answers
        harsher["I4"] = (.fail, 3)
        let zeroed = TableScorer.score(Fixtures.inspection(of: table, harsher), against: table)
        XCTAssertEqual(zeroed.score, 0)
        guard case .guaranteeSubtotalBelowThreshold(let subtotal, let threshold)? = zeroed.zeroRule else { return XCTFail("no zero rule") }
        XCTAssertEqual(subtotal, 32)
        XCTAssertEqual(JGJ59Rounding.twoDecimals(threshold), 33.33)
    }

    func testAFailWithoutDeductionLosesTheItemAndDeductionsAreBounded() {
        // I8 fails with no deduction written: −10. I9 writes 15 for a 10-point item: counted as 10. D = 80.
        let score = TableScorer.score(Fixtures.inspection(of: table, ["I8": (.fail, nil), "I9": (.fail, 15)]), against: table)
        XCTAssertEqual(score.obtained, 80)
        XCTAssertEqual(score.score, 80)
        XCTAssertEqual(score.problems.map(\.kind), [.deductionOutOfRange])
        XCTAssertEqual(score.problems.first?.itemID, "I9")
    }

    func testUncheckedItemsAreProblemsAndLeftOut() {
        // I2 (保证项目) and I8 not answered: E = 80, D = 80 − 5 = 75 → 93.75.
        let inspection = Fixtures.inspection(of: table, ["I3": (.fail, 5)], leaving: ["I2", "I8"])
        let score = TableScorer.score(inspection, against: table)
        XCTAssertEqual(score.fullMarks, 80)
        XCTAssertEqual(score.score, 93.75)
        XCTAssertEqual(score.problems.map(\.kind), [.guaranteeNotChecked, .itemNotChecked])
        XCTAssertEqual(score.problems.map(\.itemID), ["I2", "I8"])
    }

    func testUnknownAndRepeatedAnswersAreReported() {
        var inspection = Fixtures.inspection(of: table)
        inspection.answers.append(InspectionAnswer(id: "X9", result: .pass))
        inspection.answers.append(InspectionAnswer(id: "I1", result: .fail, deduction: 10))
        let score = TableScorer.score(inspection, against: table)
        XCTAssertEqual(score.problems.map(\.kind), [.unknownItem, .duplicateAnswer])
        XCTAssertEqual(score.score, 100, "the first answer to I1 counts")
    }

    func testEverythingNotApplicableHasNoScore() {
        let answers = Dictionary(uniqueKeysWithValues: table.items.map { ($0.id, (ItemResult.na, Double?.none)) })
        let score = TableScorer.score(Fixtures.inspection(of: table, answers), against: table)
        XCTAssertNil(score.score)
        XCTAssertNil(score.zeroRule)
    }

    func testSummaryItemIsReadFromTokenOrChineseName() {
        XCTAssertEqual(JGJ59SummaryItem(written: "塔式起重机与起重吊装"), .cranesAndLifting)
        XCTAssertEqual(JGJ59SummaryItem(written: "cranes-and-lifting"), .cranesAndLifting)
        XCTAssertEqual(JGJ59SummaryItem(written: " 施工 用电 "), .electrical)
        XCTAssertNil(JGJ59SummaryItem(written: "三宝四口"))
        let score = TableScorer.score(Fixtures.inspection(of: Fixtures.table(summaryItem: "三宝四口")), against: Fixtures.table(summaryItem: "三宝四口"))
        XCTAssertNil(score.summaryItem)
        XCTAssertEqual(score.problems.map(\.kind), [.noSummaryItem])
    }

    func testTablesWithoutGuaranteeItemsHaveNoZeroRule() {
        // 高处作业 / 施工机具 have no 保证项目: an item at 0 only loses its points.
        let items = (1...10).map { ChecklistItem(id: "H\($0)", title: "项目\($0)", points: 10) }
        let flat = Checklist(id: "flat", summaryItem: "高处作业", items: items)
        let score = TableScorer.score(Fixtures.inspection(of: flat, ["H1": (.fail, 10)]), against: flat)
        XCTAssertNil(score.zeroRule)
        XCTAssertEqual(score.score, 90)
    }
}
