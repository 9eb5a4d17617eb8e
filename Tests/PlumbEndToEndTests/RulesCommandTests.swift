import Foundation
import XCTest

/// `plumb rules` and rule packs through the binary: the shipped examples pass, broken packs exit 2 with locations.
final class RulesCommandTests: XCTestCase {
    func testEveryShippedRulePassesItsExamples() throws {
        let output = try PlumbProcess.run(["rules", "test"])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.hasSuffix(" passed, 0 failed\n"), output.stdout)
        XCTAssertFalse(output.stdout.contains("FAIL"))
    }

    func testAFailExampleThatDoesNotFireFailsTheTest() throws {
        let scratch = try Scratch()
        try scratch.write("pack.yaml", """
        pack: demo
        version: 1.0.0
        rules:
          - id: D-001
            match: HazardTicket
            assert: spec.level == 'general'
            message: not general
            examples:
              fail:
                - spec: {level: general, description: a, status: open}
          - id: D-002
            match: HazardTicket
            assert: spec.level == 'general'
            examples:
              pass:
                - spec: {level: general, description: a, status: open}
        """)
        let output = try PlumbProcess.run(["rules", "test", "pack.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.contains("FAIL  D-001\n      pack.yaml:10:11: fail example did not fire D-001"), output.stdout)
        XCTAssertTrue(output.stdout.contains("FAIL  D-002\n      pack.yaml:11:5: rule D-002 has no fail example"), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("0 passed, 2 failed\n"), output.stdout)
    }

    func testListAndShow() throws {
        let list = try PlumbProcess.run(["rules", "list"])
        XCTAssertEqual(list.status, 0)
        XCTAssertTrue(list.stdout.contains("record-hygiene@1.0.0"))
        XCTAssertTrue(list.stdout.contains("  RH-DATE-001  error  HazardTicket  整改日期不得早于隐患发现日期"))
        let show = try PlumbProcess.run(["rules", "show", "RH-DATE-004"])
        XCTAssertEqual(show.status, 0)
        XCTAssertTrue(show.stdout.contains("reference:   住房和城乡建设部令第37号 第十二条"), show.stdout)
        let missing = try PlumbProcess.run(["rules", "show", "RH-DATE-04"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("did you mean 'RH-DATE-004'"), missing.stderr)
    }

    /// Each broken pack: exit 2, and stderr names the pack file's line and column.
    func testBrokenPacksExitTwoNamingLineAndColumn() throws {
        let header = "pack: broken\nversion: 1.0.0\n"
        let rule = { (body: String) in header + "rules:\n  - id: B-001\n    match: MethodStatement\n" + body }
        let cases: [(name: String, pack: String, expected: String)] = [
            ("unknown key", header + "rulez: []\n", "pack.yaml:3:1: error: [pack/unknown-key] unknown key 'rulez' in a rule pack (did you mean 'rules'?)"),
            ("duplicate rule id", rule("    assert: true\n  - id: B-001\n    match: MethodStatement\n    assert: true\n"),
             "pack.yaml:7:5: error: [pack/duplicate-rule] rule id 'B-001' is already used at pack.yaml:4:5"),
            ("unknown parameter", rule("    assert: spec.parameters.excavationDepth > params.depth\n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': unknown parameter 'params.depth' (expression column 42)"),
            ("syntax error", rule("    assert: spec.category == \n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': the expression ends too early (expression column 17)"),
            ("type error", rule("    assert: \"'a' > 5 m\"\n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': cannot order a text against a length quantity (expression column 5)"),
            ("metres against kilonewtons", rule("    assert: spec.parameters.excavationDepth >= 5 kN\n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': cannot order a length quantity against a force quantity (expression column 33)"),
            ("unknown function", rule("    assert: lenght(spec.sections) > 0\n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': unknown function 'lenght'"),
            ("unknown checker", rule("    check: {id: excavation.surchage}\n"),
             "pack.yaml:6:17: error: [pack/unknown-checker] rule B-001: unknown checker 'excavation.surchage'"),
            ("regex", rule("    assert: matches(metadata.id, '[A-Z')\n"),
             "pack.yaml:6:13: error: [pack/bad-expression] 'assert': the regular expression '[A-Z' does not compile (expression column 22)"),
            ("unknown kind", rule("").replacingOccurrences(of: "MethodStatement", with: "MethodStatment") + "    assert: true\n",
             "pack.yaml:5:12: error: [pack/bad-value] rule B-001: 'MethodStatment' is not a record kind (did you mean 'MethodStatement'?)"),
            ("bad parameter default", header + "parameters:\n  depth: {type: quantity, unit: m, default: 5 kN}\nrules: []\n",
             "pack.yaml:4:45: error: [pack/bad-value] default of parameter 'depth': 5 kN is a force, not a length"),
            ("invalid YAML", header + "rules: [\n", "pack.yaml:4:1: error: [pack/invalid-yaml]"),
        ]
        for (name, pack, expected) in cases {
            let scratch = try Scratch()
            try scratch.write("pack.yaml", pack)
            try scratch.write("records/t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec: {level: general, description: a, status: open}\n")
            let output = try PlumbProcess.run(["check", "records", "--only-rules", "pack.yaml"], in: scratch.url)
            XCTAssertEqual(output.status, 2, name)
            XCTAssertTrue(output.stderr.contains(expected), "\(name):\n\(output.stderr)")
            XCTAssertEqual(output.stdout, "", "\(name): no record is checked when a pack is broken")
        }
    }

    /// Broken `definitions:` stop the run like any pack error, at the definition or at the rule that reads it.
    func testBrokenDefinitionsExitTwoNamingLineAndColumn() throws {
        let header = "pack: broken\nversion: 1.0.0\ndefinitions:\n"
        let depth = "  depth: {kind: MethodStatement, expression: spec.parameters.excavationDepth}\n"
        let rule = { (assert: String) in "rules:\n  - id: B-001\n    match: MethodStatement\n    assert: \(assert)\n" }
        let cases: [(name: String, pack: String, expected: [String])] = [
            ("unknown definition", header + depth + rule("defs.depht > 5 m"),
             ["pack.yaml:8:13: error: [pack/bad-expression] 'assert': unknown definition 'defs.depht' (did you mean 'depth'?) (a definition can read only those written above it) (expression column 6)"]),
            ("type error inside", header + "  depth: {kind: MethodStatement, expression: \"spec.parameters.excavationDepth > 'a'\"}\n" + rule("true"),
             ["pack.yaml:4:46: error: [pack/bad-expression] definition depth: cannot order a length quantity against a text (expression column 33)"]),
            ("reads one written below", header + "  deep: {kind: MethodStatement, expression: defs.depth > 5 m}\n" + depth + rule("true"),
             ["pack.yaml:4:45: error: [pack/bad-expression] definition deep: unknown definition 'defs.depth' (a definition can read only those written above it) (expression column 6)"]),
            ("other kind", header + "  level: {kind: HazardTicket, expression: spec.level}\n" + rule("defs.level == 'major'"),
             ["pack.yaml:8:13: error: [pack/bad-expression] 'assert': defs.level is written for HazardTicket records, not MethodStatement; narrow the match or the definition's kind (expression column 6)"]),
            ("bad name", header + "  1depth: {kind: MethodStatement, expression: spec.parameters.excavationDepth}\n" + rule("true"),
             ["pack.yaml:4:3: error: [pack/bad-value] definition name '1depth' should be a name of letters, digits and _ (not starting with a digit)"]),
            ("read by a rule, broken itself", header + "  depth: {kind: MethodStatement, expression: spec.parameters.excavatonDepth}\n" + rule("defs.depth > 5 m"),
             ["pack.yaml:4:46: error: [pack/bad-expression] definition depth: 'spec.parameters' has no field 'excavatonDepth' (did you mean 'excavationDepth'?) (expression column 17)",
              "pack.yaml:8:13: error: [pack/bad-expression] 'assert': defs.depth has an error of its own (reported where it is defined) (expression column 6)"]),
            ("misspelt key", header + "  depth: {kind: MethodStatement, expresion: spec.parameters.excavationDepth}\n" + rule("true"),
             ["pack.yaml:4:10: error: [pack/missing-key] definition depth needs 'expression'",
              "pack.yaml:4:34: error: [pack/unknown-key] unknown key 'expresion' in definition depth (did you mean 'expression'?)"]),
        ]
        for (name, pack, expected) in cases {
            let scratch = try Scratch()
            try scratch.write("pack.yaml", pack)
            try scratch.write("records/t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec: {level: general, description: a, status: open}\n")
            let output = try PlumbProcess.run(["check", "records", "--only-rules", "pack.yaml"], in: scratch.url)
            XCTAssertEqual(output.status, 2, name)
            for line in expected { XCTAssertTrue(output.stderr.contains(line), "\(name):\n\(output.stderr)") }
            XCTAssertEqual(output.stdout, "", name)
        }
    }

    /// A definition shared by two rules: findings point at the field it reads, and `rules test` runs its examples.
    func testDefinitionsAreSharedByRulesAndPointAtTheFieldTheyRead() throws {
        let scratch = try Scratch()
        try scratch.write("pack.yaml", """
        pack: funds
        version: 1.0.0
        parameters:
          maxFunds: {type: number, default: 1000}
        definitions:
          funds:
            kind: HazardTicket
            expression: spec.rectification.funds
            description: the rectification funds, 0 when not given
          overBudget: {kind: HazardTicket, expression: "has(spec.rectification.funds) && defs.funds > params.maxFunds"}
        rules:
          - id: F-001
            match: HazardTicket
            assert: "!defs.overBudget"
            message: funds {defs.funds} over {params.maxFunds}
            examples:
              pass: [{spec: {level: general, description: a, status: open, rectification: {funds: 10}}}]
              fail: [{spec: {level: major, majorCriterion: "2024-8.4", description: a, status: open, rectification: {funds: 5000}}}]
          - id: F-002
            match: HazardTicket
            severity: warning
            when: defs.overBudget
            assert: spec.level == 'major'
            message: a ticket this costly should be major
            examples:
              pass: [{spec: {level: major, majorCriterion: "2024-8.4", description: a, status: open, rectification: {funds: 5000}}}]
              fail:
                - record: {spec: {level: general, description: a, status: open, rectification: {funds: 5000}}}
                  expect: [F-001, F-002]
        """)
        try scratch.write("t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec: {level: general, description: a, status: open, rectification: {funds: 3000}}\n")
        let check = try PlumbProcess.run(["check", "t.yaml", "--only-rules", "pack.yaml", "--fail-on", "warning"], in: scratch.url)
        XCTAssertEqual(check.status, 1)
        // F-001 points at the funds its definition reads; F-002 at the level its assertion reads.
        XCTAssertTrue(check.stdout.hasPrefix("t.yaml:4:15: warning: [F-002] a ticket this costly should be major\n"), check.stdout)
        XCTAssertTrue(check.stdout.contains("\nt.yaml:4:77: error: [F-001] funds 3000 over 1000\n"), check.stdout)
        let show = try PlumbProcess.run(["rules", "show", "F-001", "--only-rules", "pack.yaml"], in: scratch.url)
        XCTAssertTrue(show.stdout.contains("""
              definitions: defs.funds = spec.rectification.funds
                           defs.overBudget = has(spec.rectification.funds) && defs.funds > params.maxFunds

            """), "the definitions F-001 reads, each after those it reads:\n" + show.stdout)
        let test = try PlumbProcess.run(["rules", "test", "pack.yaml"], in: scratch.url)
        XCTAssertEqual(test.status, 0, test.stdout + test.stderr)
        XCTAssertTrue(test.stdout.hasSuffix("2 passed, 0 failed\n"), test.stdout)
    }

    func testAnExtendsCycleAndAnUnknownBaseArePackErrors() throws {
        let scratch = try Scratch()
        try scratch.write("packs/a.yaml", "pack: a\nversion: 1.0.0\nextends: [b]\nrules: []\n")
        try scratch.write("packs/b.yaml", "pack: b\nversion: 1.0.0\nextends: [a]\nrules: []\n")
        try scratch.write("packs/c.yaml", "pack: c\nversion: 1.0.0\nextends: [zzz]\nrules: []\n")
        let output = try PlumbProcess.run(["rules", "list", "--only-rules", "packs"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("packs/a.yaml:3:10: error: [pack/extends-cycle] packs extend each other in a cycle: a → b → a"), output.stderr)
        XCTAssertTrue(output.stderr.contains("packs/c.yaml:3:10: error: [pack/unknown-pack] pack 'c' extends 'zzz', which is not loaded"), output.stderr)
    }

    func testExtendsAndSetOverrideParameters() throws {
        let scratch = try Scratch()
        try scratch.write("packs/base.yaml", """
        pack: base
        version: 1.0.0
        parameters:
          maxFunds: {type: number, default: 1000}
        rules:
          - id: F-001
            match: HazardTicket
            assert: spec.rectification.funds <= params.maxFunds
            message: funds {spec.rectification.funds} over {params.maxFunds}
        """)
        try scratch.write("packs/company.yaml", """
        pack: company
        version: 2.0.0
        extends: [base]
        parameters:
          maxFunds: {type: number, default: 5000}
        rules: []
        """)
        try scratch.write("t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: general}\nspec: {level: general, description: a, status: open, rectification: {funds: 3000}}\n")
        let extended = try PlumbProcess.run(["check", "t.yaml", "--only-rules", "packs"], in: scratch.url)
        XCTAssertEqual(extended.status, 0, "company raises the base limit to 5000: " + extended.stdout + extended.stderr)
        let overridden = try PlumbProcess.run(["check", "t.yaml", "--only-rules", "packs", "--set", "base.maxFunds=2000"], in: scratch.url)
        XCTAssertEqual(overridden.status, 1)
        XCTAssertTrue(overridden.stdout.hasPrefix("t.yaml:4:77: error: [F-001] funds 3000 over 2000"), overridden.stdout)
        let bad = try PlumbProcess.run(["check", "t.yaml", "--only-rules", "packs", "--set", "base.maxFund=2000"], in: scratch.url)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("pack 'base' has no parameter 'maxFund' (did you mean 'maxFunds'?)"), bad.stderr)
    }

    func testAWrongTypedFieldIsAFindingOnThatRecordAndTheRunGoesOn() throws {
        let scratch = try Scratch()
        try scratch.write("pack.yaml", """
        pack: crew
        version: 1.0.0
        rules:
          - id: C-001
            match: HazardTicket
            assert: metadata['x-crew'] > 2
            message: crew too small
        """)
        let ticket = { (id: String, crew: String) in
            "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: \(id), project: p, discipline: general, x-crew: \(crew)}\nspec: {level: general, description: a, status: open}\n"
        }
        try scratch.write("r/a.yaml", ticket("HZ-1", "三班"))
        try scratch.write("r/b.yaml", ticket("HZ-2", "1"))
        try scratch.write("r/c.yaml", ticket("HZ-3", "5"))
        let output = try PlumbProcess.run(["check", "r", "--only-rules", "pack.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 1)
        let lines = output.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("r/") }
        XCTAssertEqual(lines.count, 2, output.stdout)
        XCTAssertTrue(lines[0].hasPrefix("r/a.yaml:3:63: error: [rule/evaluation-error] rule C-001 could not be evaluated on this record: cannot order string '三班'"), lines[0])
        XCTAssertEqual(lines[1], "r/b.yaml:3:63: error: [C-001] crew too small")
        XCTAssertTrue(output.stdout.hasSuffix("3 records in 3 files: 2 errors, 0 warnings, 0 infos\n"), output.stdout)
    }

    func testExplainShowsTheValuesARuleRead() throws {
        let output = try PlumbProcess.run(["check", "examples/problems/bad-type.yaml", "--explain", "--only-rules", "rules/record-hygiene", "--as-of", "2026-11-27"])
        XCTAssertTrue(output.stdout.contains("examples/problems/bad-type.yaml:14:11: error: [RH-REF-002] 来源检查记录 'IR-BJ-1102-01' 不存在\n    spec.source = IR-BJ-1102-01\n"), output.stdout)
    }
}
