import Foundation
import PlumbCore
import XCTest

/// Pack definitions (`defs.<name>`): typed when compiled, shared by rules, computed once per record.
final class DefinitionTests: XCTestCase {
    /// Counts calls of the `tally` function the definition below uses.
    final class CallCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0
        var count: Int { lock.withLock { calls } }
        func record() { lock.withLock { calls += 1 } }
    }

    func ticket(_ id: String, level: String) -> Record {
        let spec = Mapping([.init(key: "level", keyPosition: SourcePosition(line: 4, column: 8), value: Value(.string(level), at: SourcePosition(line: 4, column: 15)))])
        let value = Value(.mapping(Mapping([
            .init(key: "metadata", keyPosition: .start, value: Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string(id)))])))),
            .init(key: "spec", keyPosition: SourcePosition(line: 4, column: 1), value: Value(.mapping(spec), at: SourcePosition(line: 4, column: 7))),
        ])))
        return Record(kind: .hazardTicket, id: id, file: "t.yaml", value: value)
    }

    func testADefinitionIsEvaluatedOncePerRecordHoweverManyRulesReadIt() throws {
        let counter = CallCounter()
        let tally = ExpressionFunction(name: "tally", summary: "counts its calls", parameters: [.string], result: .string) { arguments, _ in
            counter.record()
            return arguments[0].node
        }
        let base = ExpressionEnvironment(kinds: [.hazardTicket], functions: ["tally": tally])
        let level = CompiledDefinition(name: "level", kinds: [.hazardTicket],
                                       expression: try CompiledExpression.compile("tally(spec.level)", in: base))
        var environment = base
        environment.definitions = ["level": level]
        XCTAssertEqual(try CompiledExpression.compile("defs.level == 'major'", in: environment).primaryPath, "spec.level",
                       "a finding about a definition points at the field the definition reads")
        let rules = try ["D-1": "defs.level != 'major'", "D-2": "defs.level in ['general', 'major']", "D-3": "size(defs.level) < 10"].sorted(by: { $0.key < $1.key }).map { id, source in
            Rule(id: id, title: id, severity: .error, match: RuleMatch(kinds: [.hazardTicket]), when: nil,
                 assertion: try CompiledExpression.compileCondition(source, in: environment), check: nil,
                 message: try MessageTemplate("level is {defs.level}", in: environment), reference: nil, remediation: nil, tags: [],
                 examples: [], description: nil, location: SourceLocation(file: "pack.yaml"))
        }
        let pack = RulePack(id: "demo", version: "1.0.0", title: "demo", description: nil, basis: [], parameters: [], extends: [],
                            rules: rules, file: "pack.yaml", parameterValues: [:])
        let records = [ticket("HZ-1", level: "general"), ticket("HZ-2", level: "major")]
        let outcome = RuleEngine(packs: [pack]).findings(for: records, asOf: CalendarDate(iso: "2026-11-27")!, index: RecordIndex(records))

        XCTAssertEqual(outcome.findings.map(\.ruleId), ["D-1"])
        XCTAssertEqual(outcome.findings.first?.recordId, "HZ-2")
        XCTAssertEqual(outcome.findings.first?.message, "level is major")
        XCTAssertEqual(outcome.findings.first?.location.line, 4)
        XCTAssertEqual(outcome.findings.first?.location.column, 15)
        // Three rules and a message on two records: once per record.
        XCTAssertEqual(counter.count, 2)
    }

    /// A definition with a list function, first read inside a rule's own loop: the rule's variable keeps its value.
    func testADefinitionReadInsideALoopLeavesTheLoopVariableAlone() throws {
        let items = Value(.list(ValueList(["A", "B"].map { id in
            Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string(id)))])))
        })))
        let value = Value(.mapping(Mapping([
            .init(key: "metadata", keyPosition: .start, value: Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string("IR-1")))])))),
            .init(key: "spec", keyPosition: .start, value: Value(.mapping(Mapping([.init(key: "items", keyPosition: .start, value: items)])))),
        ])))
        let record = Record(kind: .inspectionRecord, id: "IR-1", file: "i.yaml", value: value)
        let base = ExpressionEnvironment(kinds: [.inspectionRecord])
        let ids = CompiledDefinition(name: "ids", kinds: [.inspectionRecord], expression: try CompiledExpression.compile("spec.items.map(c, c.id).filter(x, x != '')", in: base))
        var environment = base
        environment.definitions = ["ids": ids]
        // `i` is read after the definition's own loop ran for the first time, inside the rule's loop.
        let assertion = try CompiledExpression.compileCondition("spec.items.all(i, size(defs.ids) == 2 && i.id in defs.ids && has(i.id))", in: environment)
        let rule = Rule(id: "L-1", title: "L-1", severity: .error, match: RuleMatch(kinds: [.inspectionRecord]), when: nil, assertion: assertion,
                        check: nil, message: try MessageTemplate("m", in: environment), reference: nil, remediation: nil, tags: [],
                        examples: [], description: nil, location: SourceLocation(file: "pack.yaml"))
        let pack = RulePack(id: "loop", version: "1.0.0", title: "loop", description: nil, basis: [], parameters: [], extends: [],
                            rules: [rule], file: "pack.yaml", parameterValues: [:])
        let findings = RuleEngine(packs: [pack]).findings(for: record, asOf: CalendarDate(iso: "2026-11-27")!, index: RecordIndex([record]))
        XCTAssertEqual(findings.map(\.message), [], "no evaluation error, no finding")
    }

    /// A definition that fails on a record fails the rules that read it, and the finding names the definition.
    func testAnErrorInsideADefinitionNamesIt() throws {
        let base = ExpressionEnvironment(kinds: [.hazardTicket])
        let level = CompiledDefinition(name: "level", kinds: [.hazardTicket], expression: try CompiledExpression.compile("spec.level", in: base))
        let environment = ExpressionEnvironment(kinds: [.hazardTicket], definitions: ["level": level])
        let broken = Record(kind: .hazardTicket, id: "HZ-9", file: "t.yaml", value: Value(.mapping(Mapping([
            .init(key: "spec", keyPosition: .start, value: Value(.string("not a mapping"))),
        ]))))
        let context = EvaluationContext(record: broken, parameters: [:], asOf: CalendarDate(iso: "2026-11-27")!, index: .empty)
        XCTAssertThrowsError(try CompiledExpression.compile("defs.level == 'major'", in: environment).evaluate(context)) { error in
            XCTAssertEqual((error as? EvaluationError)?.message, "in defs.level: cannot read field 'level' of string 'not a mapping'")
        }
    }

    func testADefinitionIsReadOnlyByRulesOfItsKinds() throws {
        let definition = CompiledDefinition(name: "level", kinds: [.hazardTicket],
                                            expression: try CompiledExpression.compile("spec.level", in: ExpressionEnvironment(kinds: [.hazardTicket])))
        let environment = ExpressionEnvironment(kinds: [.riskAssessment], definitions: ["level": definition])
        XCTAssertThrowsError(try CompiledExpression.compile("defs.level == 'major'", in: environment)) { error in
            XCTAssertEqual((error as? ExpressionError)?.message,
                           "defs.level is written for HazardTicket records, not RiskAssessment; narrow the match or the definition's kind")
        }
        XCTAssertThrowsError(try CompiledExpression.compile("defs.levle == 'major'", in: ExpressionEnvironment(kinds: [.hazardTicket], definitions: ["level": definition]))) { error in
            XCTAssertEqual((error as? ExpressionError)?.offset, 5, "at the misspelt name")
            XCTAssertTrue((error as? ExpressionError)?.message.contains("did you mean 'level'?") == true, "\(error)")
        }
        XCTAssertThrowsError(try CompiledExpression.compile("defs.level > 5 m", in: ExpressionEnvironment(kinds: [.hazardTicket], definitions: ["level": definition])),
                             "the definition's type is checked where a rule uses it")
    }
}
