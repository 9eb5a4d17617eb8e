import PlumbCore
import XCTest
@testable import PlumbReport

/// `--profile`: batches merge per rule, slowest first, and the table lines its figures up.
final class RuleProfileTableTests: XCTestCase {
    func testBatchesMergePerRuleSlowestFirstTiesByRuleID() {
        let merged = RuleTiming.merged([
            [RuleTiming(ruleId: "B", pack: "p@1", evaluations: 2, nanoseconds: 3_000), RuleTiming(ruleId: "A", pack: "p@1", evaluations: 1, nanoseconds: 500)],
            [RuleTiming(ruleId: "A", pack: "p@1", evaluations: 4, nanoseconds: 2_500), RuleTiming(ruleId: "C", pack: "q@2", evaluations: 1, nanoseconds: 9_000)],
        ])
        XCTAssertEqual(merged, [
            RuleTiming(ruleId: "C", pack: "q@2", evaluations: 1, nanoseconds: 9_000),
            RuleTiming(ruleId: "A", pack: "p@1", evaluations: 5, nanoseconds: 3_000),
            RuleTiming(ruleId: "B", pack: "p@1", evaluations: 2, nanoseconds: 3_000),
        ])
    }

    func testTheTableShowsTotalsPerRuleTimesAndShares() {
        let timings = [
            RuleTiming(ruleId: "MS-CH-010", pack: "method-statement@1.0.0", evaluations: 16_667, nanoseconds: 750_000_000),
            RuleTiming(ruleId: "RH-ID-001", pack: "record-hygiene@1.0.0", evaluations: 100_000, nanoseconds: 250_000_000),
        ]
        XCTAssertEqual(RuleProfileTable.render(timings, jobs: 1), """
            rule profile: 2 rules evaluated, 116,667 evaluations, 1.00 s of rule time (summed over threads, --jobs 1)
              rule        pack                     evaluations   total ms   µs each   share
              MS-CH-010   method-statement@1.0.0        16,667      750.0      45.0   75.0%
              RH-ID-001   record-hygiene@1.0.0         100,000      250.0       2.5   25.0%

            """)
        let cut = RuleProfileTable.render(timings, jobs: 2, limit: 1)
        XCTAssertTrue(cut.hasSuffix("  … 1 faster rules not shown\n"), cut)
        XCTAssertEqual(RuleProfileTable.render([], jobs: 2), "rule profile: 0 rules evaluated, 0 evaluations, 0.00 s of rule time (summed over threads, --jobs 2)\n")
    }
}
