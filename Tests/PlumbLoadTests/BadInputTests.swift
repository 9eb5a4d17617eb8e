import PlumbCore
import XCTest
@testable import PlumbLoad

/// Every bad input of the foundation issue: a finding with its rule id and location, never a crash.
final class BadInputTests: XCTestCase {
    func testEmptyFileAndCommentOnlyFileAreWarnings() {
        XCTAssertEqual(summary(load("")), ["record/empty-file@1:1"])
        XCTAssertEqual(summary(load("# nothing here\n# at all\n")), ["record/empty-file@1:1"])
        XCTAssertEqual(load("").findings.first?.severity, .warning)
    }

    func testBareScalarAndListDocumentsAreNotRecords() {
        XCTAssertEqual(summary(load("just words\n")), ["record/not-a-mapping@1:1"])
        XCTAssertEqual(summary(load(hazardTicket() + "---\n- a\n- b\n")), ["record/not-a-mapping@13:1"])
    }

    func testInvalidYAMLIsReportedAtLibyamlsPosition() {
        XCTAssertEqual(summary(load("a: \"unclosed\nb: 2\n")), ["record/invalid-yaml@3:1"])
        let badIndent = load("a:\n  b: 1\n c: 2\n")
        XCTAssertEqual(summary(badIndent), ["record/invalid-yaml@3:2"])
        XCTAssertTrue(badIndent.findings[0].message.contains("mapping"), badIndent.findings[0].message)
    }

    func testDocumentsBeforeASyntaxErrorAreStillChecked() {
        let outcome = load(hazardTicket() + "---\nkind: [\n")
        XCTAssertEqual(outcome.records.map(\.id), ["HZ-2026-0001"])
        XCTAssertEqual(outcome.findings.map(\.ruleId), ["record/invalid-yaml"])
    }

    func testBinaryFileIsReportedAtTheFirstNulByte() {
        XCTAssertEqual(summary(load(bytes: [0x61, 0x3A, 0x0A, 0x00, 0xFF, 0x00])), ["record/binary-file@2:1"])
    }

    func testInvalidUTF8IsReportedWithItsLine() {
        let bytes = Array("a: ok\nb: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        XCTAssertEqual(summary(load(bytes: bytes)), ["record/invalid-encoding@2:7"])
    }

    func testAliasBombFinishesWithAFinding() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        let outcome = load(lines.joined(separator: "\n"))
        XCTAssertEqual(outcome.findings.map(\.ruleId), ["record/alias-budget"])
    }

    func testNestingTenThousandDeepIsAFinding() {
        let outcome = load(String(repeating: "- ", count: 10_000) + "x\n")
        XCTAssertEqual(outcome.findings.map(\.ruleId), ["record/too-deep"])
    }

    func testDuplicateKeyInARecord() {
        let outcome = load(hazardTicket(specLines: ["level: general", "description: a", "status: open", "level: major"]))
        XCTAssertEqual(summary(outcome), ["record/duplicate-key@12:3"])
        XCTAssertEqual(outcome.records.first?.value.value(at: "spec.level")?.stringValue, "general")
    }

    func testUnitOfTheWrongDimensionNamesBothUnits() {
        let text = """
        apiVersion: plumbline/v1
        kind: MethodStatement
        metadata: {id: MS-1, project: 南湖站, discipline: excavation}
        spec:
          category: special-plan
          parameters:
            excavationDepth: 6.5 kN
            liftWeight: 12 t
            formworkHeight: 820 cm
            pointLoad: 8
        """
        let outcome = load(text)
        XCTAssertEqual(summary(outcome), ["record/bad-unit@7:22", "record/bad-unit@8:17"])
        XCTAssertTrue(outcome.findings[0].message.contains("kN") && outcome.findings[0].message.contains(" m"), outcome.findings[0].message)
        XCTAssertTrue(outcome.findings[1].message.contains("mass") && outcome.findings[1].message.contains("kN"), outcome.findings[1].message)
        let parameters = outcome.records[0].value.value(at: "spec.parameters")
        XCTAssertEqual(parameters?["formworkHeight"]?.node, .quantity(Quantity(820, .centimetre)))
        XCTAssertEqual(parameters?["pointLoad"]?.node, .quantity(Quantity(8, .kilonewton)))
    }

    func testRecordFieldProblemsEachHaveTheirRuleAndLocation() {
        let text = """
        apiVersion: plumbline/v1
        kind: HazardTicket
        metadata:
          id: HZ-1
          discipline: lifting
          date: 2026-02-30
        spec:
          level: 重大
          description: 力矩限制器失灵
          status: finished
          rectification: {funds: 三千, deadline: "2026/11/04", owner: 0417}
          verifcation: {by: 陈刚}
        """
        let outcome = load(text)
        XCTAssertEqual(summary(outcome), [
            "record/missing-field@4:3",
            "record/bad-date@6:9",
            "record/bad-enum@10:11",
            "record/bad-type@11:26",
            "record/bad-date@11:40",
            "record/bad-type@11:61",
            "record/unknown-field@12:3",
        ])
        XCTAssertEqual(outcome.findings.first { $0.ruleId == "record/missing-field" }?.location.path, "metadata.project")
        XCTAssertTrue(outcome.findings.last!.message.contains("did you mean 'verification'"))
        XCTAssertEqual(outcome.records.first?.value.value(at: "spec.level")?.stringValue, "major", "Chinese terms load as tokens")
    }

    func testUnknownKindAndVersionAreFindingsNotCrashes() {
        XCTAssertEqual(summary(load("apiVersion: plumbline/v1\nkind: MethodStatment\nmetadata: {id: X}\nspec: {}\n")),
                       ["record/unknown-kind@2:7"])
        XCTAssertTrue(load("apiVersion: plumbline/v1\nkind: MethodStatment\n").findings[0].message.contains("did you mean 'MethodStatement'"))
        XCTAssertEqual(summary(load("apiVersion: plumbline/v9\nkind: HazardTicket\n")), ["record/unknown-version@1:13"])
        XCTAssertEqual(summary(load("metadata: {id: X}\n")), ["record/missing-field@1:1", "record/missing-field@1:1"])
    }

    func testFieldsStartingWithXAreExtensions() {
        XCTAssertEqual(summary(load(hazardTicket(specLines: ["level: general", "description: a", "status: open", "x-crew: 3班"]))), [])
    }
}
