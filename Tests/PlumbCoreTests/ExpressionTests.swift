import PlumbCore
import XCTest

/// The expression language: a table of expressions and what they evaluate to on one record.
final class ExpressionTests: XCTestCase {
    /// A MethodStatement as validation leaves it: quantities and dates typed, enumerations as tokens.
    let record: Record = {
        func v(_ node: Value.Node, _ line: Int = 1, _ column: Int = 1) -> Value { Value(node, at: SourcePosition(line: line, column: column)) }
        func map(_ pairs: [(String, Value)], _ line: Int = 1) -> Value {
            v(.mapping(Mapping(pairs.map { .init(key: $0.0, keyPosition: SourcePosition(line: line, column: 1), value: $0.1) })), line)
        }
        let expert: (String, Int, Bool) -> Value = { name, years, conflict in
            map([("name", v(.string(name))), ("years", v(.integer(years))), ("conflictOfInterest", v(.bool(conflict)))])
        }
        let value = map([
            ("apiVersion", v(.string("plumbline/v1"))),
            ("kind", v(.string("MethodStatement"))),
            ("metadata", map([("id", v(.string("MS-1"))), ("project", v(.string("南湖站"))), ("discipline", v(.string("excavation"))),
                              ("date", v(.date(CalendarDate(iso: "2026-11-02")!)))], 3)),
            ("spec", map([
                ("category", v(.string("special-plan"))),
                ("parameters", map([("excavationDepth", v(.quantity(Quantity(650, .centimetre)), 12, 22)),
                                    ("complexConditions", v(.bool(false)))])),
                ("sections", v(.list([map([("title", v(.string("工程概况")))]), map([("title", v(.string("编制依据")))])]))),
                ("expertReview", map([("date", v(.date(CalendarDate(iso: "2026-11-10")!))), ("conclusion", v(.string("pass"))),
                                      ("experts", v(.list([expert("孙立", 22, false), expert("周强", 12, true)])))])),
            ])),
        ])
        return Record(kind: .methodStatement, id: "MS-1", file: "ms.yaml", value: value)
    }()

    func evaluate(_ source: String, parameters: [String: Value] = [:], index: RecordIndex = .empty) throws -> Value {
        let types = parameters.mapValues { ExpressionType(fieldTypeOf: $0) }
        let compiled = try CompiledExpression.compile(source, in: ExpressionEnvironment(kinds: [.methodStatement], parameters: types))
        return try compiled.evaluate(EvaluationContext(record: record, parameters: parameters, asOf: CalendarDate(iso: "2026-11-27")!, index: index))
    }

    func testEvaluatesATableOfExpressions() throws {
        let cases: [(String, Value.Node)] = [
            ("spec.parameters.excavationDepth >= 5 m", .bool(true)),
            ("spec.parameters.excavationDepth > 6500 mm", .bool(false)),
            ("spec.parameters.excavationDepth == 6.5 m", .bool(true)),
            ("spec.parameters.excavationDepth + 50 cm", .quantity(Quantity(700, .centimetre))),
            ("spec.parameters.excavationDepth / 2 m", .number(3.25)),
            ("1 + 2 * 3", .integer(7)),
            ("(1 + 2) * 3 / 2", .number(4.5)),
            ("spec.category == 'special-plan' && !spec.parameters.complexConditions", .bool(true)),
            ("spec.category == '专项施工方案'", .bool(true)),
            ("metadata.discipline in ['excavation', 'formwork']", .bool(true)),
            ("size(spec.sections)", .integer(2)),
            ("spec.sections.size()", .integer(2)),
            ("size(spec.attachments)", .integer(0)),
            ("spec.sections.exists(s, s.title == '编制依据')", .bool(true)),
            ("spec.sections.all(s, s.title.startsWith('工程'))", .bool(false)),
            ("spec.expertReview.experts.filter(e, e.years >= 15).size()", .integer(1)),
            ("spec.expertReview.experts.count(e, !e.conflictOfInterest)", .integer(1)),
            ("spec.expertReview.experts.map(e, e.name)", .list([Value(.string("孙立")), Value(.string("周强"))])),
            ("sum(spec.expertReview.experts.map(e, e.years))", .integer(34)),
            ("max(spec.expertReview.experts.map(e, e.years))", .integer(22)),
            ("min(3 m, 250 cm, 4 m)", .quantity(Quantity(250, .centimetre))),
            ("daysBetween(metadata.date, spec.expertReview.date)", .integer(8)),
            ("spec.expertReview.date - metadata.date", .quantity(Quantity(8, .day))),
            ("metadata.date + 7 d", .date(CalendarDate(iso: "2026-11-09")!)),
            ("asOf > 2026-11-26", .bool(true)),
            ("date('2026-11-02') == metadata.date", .bool(true)),
            ("has(spec.expertReview) && !has(spec.monitoring)", .bool(true)),
            ("matches(metadata.id, '^MS-[0-9]+$')", .bool(true)),
            ("contains(metadata.project, '南湖')", .bool(true)),
            ("spec.expertReview.conclusion == 'pass' ? 'ok' : 'no'", .string("ok")),
            ("spec.sections[1].title", .string("编制依据")),
            ("spec.sections[5].title", .null),
            ("spec.monitoring.thirdParty", .null),
            ("spec.monitoring.thirdParty == true", .bool(false)),
            ("spec.monitoring.thirdParty && true", .null),
            ("spec.monitoring.thirdParty || true", .bool(true)),
            ("spec.monitoring.thirdParty && false", .bool(false)),
            ("spec.optimization.baselineCost > 5", .null),
            ("record.metadata.id", .string("MS-1")),
            ("'a' + 'b'", .string("ab")),
        ]
        for (source, expected) in cases {
            let value = try evaluate(source)
            XCTAssertTrue(sameNode(value.node, expected), "\(source) = \(value.node), expected \(expected)")
        }
    }

    private func sameNode(_ a: Value.Node, _ b: Value.Node) -> Bool {
        if case .list(let xs) = a, case .list(let ys) = b { return xs.map(\.node) == ys.map(\.node) }
        return a == b
    }

    func testParametersAndCrossRecordLookUp() throws {
        let depth = Value(.quantity(Quantity(5, .metre)))
        XCTAssertEqual(try evaluate("spec.parameters.excavationDepth >= params.deepThreshold", parameters: ["deepThreshold": depth]).node, .bool(true))
        let checklist = Record(kind: .checklist, id: "CL-1", file: "c.yaml", value: Value(.mapping(Mapping([
            .init(key: "metadata", keyPosition: .start, value: Value(.mapping(Mapping([.init(key: "id", keyPosition: .start, value: Value(.string("CL-1")))])))),
        ]))))
        let index = RecordIndex([checklist, record])
        XCTAssertEqual(try evaluate("lookup('Checklist', 'CL-1').metadata.id", index: index).node, .string("CL-1"))
        XCTAssertEqual(try evaluate("lookup('Checklist', 'CL-9')", index: index).node, .null)
        XCTAssertEqual(try evaluate("records('MethodStatement').size()", index: index).node, .integer(1))
        // Repeated look-ups in one evaluation are answered from the scope's last look-up only when kind and id match.
        XCTAssertEqual(try evaluate("[lookup('Checklist', 'CL-1') != null, lookup('Checklist', 'CL-9') != null, lookup('Checklist', 'CL-1') != null]",
                                    index: index).listValue?.map(\.node), [.bool(true), .bool(false), .bool(true)])
        XCTAssertEqual(try evaluate("lookup('MethodStatement', 'CL-1') == null && lookup('CL-1') != null", index: index).node, .bool(true))
    }

    func testListsOfLiteralsAreValuesAndMixedListsAreEvaluatedPerRecord() throws {
        XCTAssertEqual(try evaluate("[1, 2, 3].all(i, i > 0)").node, .bool(true))
        XCTAssertEqual(try evaluate("['a', 'b'].size()").node, .integer(2))
        XCTAssertEqual(try evaluate("[1, size(spec.sections)].all(n, n >= 1)").node, .bool(true))
    }

    func testAscendingChecksThatAListNeverGoesDown() throws {
        XCTAssertEqual(try evaluate("ascending([1, 2, 2, 9])").node, .bool(true))
        XCTAssertEqual(try evaluate("ascending([1, 3, 2])").node, .bool(false))
        XCTAssertEqual(try evaluate("ascending([])").node, .bool(true))
        XCTAssertEqual(try evaluate("ascending([1, null, 2])").node, .bool(true), "nulls are skipped")
        XCTAssertEqual(try evaluate("ascending([date('2026-01-02'), date('2026-03-01')])").node, .bool(true))
        XCTAssertEqual(try evaluate("ascending([2 m, 150 cm])").node, .bool(false), "quantities compare across units")
        XCTAssertEqual(try evaluate("ascending(spec.sections.map(s, size(s.title)))").node, .bool(true))
        XCTAssertThrowsError(try evaluate("ascending(['a', 1])"), "text and a number cannot be ordered")
    }

    func testLoadErrorsNameTheColumnInsideTheExpression() {
        let cases: [(String, Int, String)] = [
            ("'a' > 5 m", 4, "cannot order"),
            ("spec.parameters.excavationDepth > 5 kN", 32, "cannot order a length quantity against a force quantity"),
            ("spec.parameters.excavationDepth > 5", 32, "give the number a unit"),
            ("spec.parameters.excavatonDepth > 5 m", 16, "did you mean 'excavationDepth'"),
            ("sizee(spec.sections) > 0", 0, "unknown function 'sizee'"),
            ("spec.category == 'specal-plan'", 17, "not a PlanCategory value"),
            ("params.nope > 1", 7, "unknown parameter"),
            ("matches(metadata.id, '[unclosed')", 21, "does not compile"),
            ("1 +", 3, "ends too early"),
            ("a = 1", 2, "'=='"),
            ("'unclosed", 0, "never closed"),
            ("spec.sections.all(s)", 14, "takes a list, a variable name"),
            ("lookup('Chcklist', 'x')", 7, "did you mean 'Checklist'"),
            ("foo.bar", 0, "unknown name 'foo'"),
            ("1 < 2 < 3", 6, "do not chain"),
            ("ascending(metadata.id)", 19, "ascending() needs a list"),
            ("ascending()", 0, "ascending"),
        ]
        for (source, offset, fragment) in cases {
            XCTAssertThrowsError(try CompiledExpression.compile(source, in: ExpressionEnvironment(kinds: [.methodStatement])), source) { error in
                guard let error = error as? ExpressionError else { return XCTFail("\(source): \(error)") }
                XCTAssertEqual(error.offset, offset, "\(source): \(error)")
                XCTAssertTrue(error.message.contains(fragment), "\(source): \(error.message)")
            }
        }
        XCTAssertThrowsError(try CompiledExpression.compileCondition("metadata.id", in: ExpressionEnvironment(kinds: [.methodStatement])))
    }

    func testWrongTypedFieldIsAnEvaluationErrorNotACrash() throws {
        var broken = record
        broken = Record(kind: .methodStatement, id: "MS-1", file: "ms.yaml", value: {
            var value = record.value
            var map = value.mappingValue!
            var spec = map["spec"]!.mappingValue!
            spec["parameters"] = Value(.mapping(Mapping([.init(key: "excavationDepth", keyPosition: .start, value: Value(.string("深")))])))
            map["spec"] = Value(.mapping(spec))
            value.node = .mapping(map)
            return value
        }())
        let compiled = try CompiledExpression.compile("spec.parameters.excavationDepth >= 5 m", in: ExpressionEnvironment(kinds: [.methodStatement]))
        XCTAssertThrowsError(try compiled.evaluate(EvaluationContext(record: broken, parameters: [:], asOf: CalendarDate(iso: "2026-11-27")!, index: .empty))) { error in
            XCTAssertTrue(error is EvaluationError)
        }
    }

    /// Chains of field reads (`spec.expertReview.date`, `e.name`) run as one step: a missing field is null
    /// wherever it is in the chain, and a field read from text is an evaluation error naming the field.
    func testFieldChainsReadMissingFieldsAsNullAndRejectFieldsOfText() throws {
        var map = record.value.mappingValue!
        var spec = map["spec"]!.mappingValue!
        spec["expertReview"] = nil
        spec["parameters"] = Value(.string("深"), at: SourcePosition(line: 9, column: 3))
        map["spec"] = Value(.mapping(spec))
        let changed = Record(kind: .methodStatement, id: "MS-1", file: "ms.yaml", value: Value(.mapping(map)))
        let context = EvaluationContext(record: changed, parameters: [:], asOf: CalendarDate(iso: "2026-11-27")!, index: .empty)
        let environment = ExpressionEnvironment(kinds: [.methodStatement])

        let missing = try CompiledExpression.compile("spec.expertReview.date == null && !has(spec.expertReview.experts)", in: environment)
        let (value, reads) = try missing.evaluateExplaining(context)
        XCTAssertEqual(value.node, .bool(true))
        XCTAssertEqual(reads.map(\.path), ["spec.expertReview.date", "spec.expertReview.experts"])
        XCTAssertEqual(reads.first?.value.isNull, true)

        let ofText = try CompiledExpression.compile("spec.parameters.excavationDepth >= 5 m", in: environment)
        XCTAssertThrowsError(try ofText.evaluate(context)) { error in
            XCTAssertEqual((error as? EvaluationError)?.message, "cannot read field 'excavationDepth' of string '深'")
        }
        // The same chain on a bound variable.
        XCTAssertEqual(try evaluate("spec.expertReview.experts.exists(e, e.name == '周强' && e.conflictOfInterest)").node, .bool(true))
    }

    func testExplainListsTheValuesRead() throws {
        let compiled = try CompiledExpression.compile("spec.parameters.excavationDepth >= 5 m && metadata.discipline == 'excavation'", in: ExpressionEnvironment(kinds: [.methodStatement]))
        XCTAssertEqual(compiled.primaryPath, "spec.parameters.excavationDepth")
        let (value, reads) = try compiled.evaluateExplaining(EvaluationContext(record: record, parameters: [:], asOf: CalendarDate(iso: "2026-11-27")!, index: .empty))
        XCTAssertEqual(value.node, .bool(true))
        XCTAssertEqual(reads.map(\.path), ["spec.parameters.excavationDepth", "metadata.discipline"])
        XCTAssertEqual(reads.first?.value.displayText, "650 cm")
    }
}

extension ExpressionType {
    /// The type of a literal parameter value, for tests.
    init(fieldTypeOf value: Value) {
        switch value.node {
        case .quantity(let quantity): self = .quantity(quantity.dimension)
        case .integer, .number: self = .number
        case .string: self = .string
        case .bool: self = .bool
        case .date: self = .date
        default: self = .any
        }
    }
}
