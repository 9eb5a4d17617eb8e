import Foundation
import XCTest
@testable import PlumbCore

/// The evaluator's shortcuts: `==`, `!=` and `has()` on field paths are decided on record storage's bytes
/// (``StoredEquality``), list items in storage are bound as their nodes (``VariablePlace``),
/// `words.exists(w, contains(text, w))` over a fixed list searches the text once, and conditions are
/// tested without building a value. Every answer must be the generic evaluation's (which `--explain`
/// runs), and Swift's own `==` for texts.
final class EvaluationShortcutTests: XCTestCase {
    /// A record held in storage, as every record read from a file is.
    let record: Record = {
        func v(_ node: Value.Node) -> Value { Value(node) }
        func map(_ pairs: [(String, Value)]) -> Value { v(.mapping(Mapping(pairs.map { .init(key: $0.0, keyPosition: .start, value: $0.1) }))) }
        let value = map([
            ("metadata", map([("id", v(.string("MS-1"))), ("title", v(.string("工程概况")))])),
            ("spec", map([
                ("precomposed", v(.string("caf\u{E9}"))),
                ("decomposed", v(.string("cafe\u{301}"))),
                ("kelvin", v(.string("\u{212A}"))),
                ("number", v(.integer(5))),
                ("metres", v(.quantity(Quantity(5, .metre)))),
                ("centimetres", v(.quantity(Quantity(500, .centimetre)))),
                ("day", v(.date(CalendarDate(iso: "2026-11-27")!))),
                ("flag", v(.bool(true))),
                ("nothing", v(.null)),
                ("numbers", v(.list([v(.integer(1)), v(.integer(2))]))),
                ("words", v(.list([v(.string("概况")), v(.string("依据"))]))),
                ("items", v(.list([map([("id", v(.string("A"))), ("result", v(.string("na")))]),
                                   map([("id", v(.string("B"))), ("result", v(.string("pass")))]),
                                   map([("id", v(.string("工-1"))), ("result", v(.string("fail")))])]))),
                ("answers", v(.list([map([("id", v(.string("工-1")))]), map([("id", v(.string("A")))])]))),
            ])),
        ])
        return Record(kind: .methodStatement, id: "MS-1", file: "ms.yaml", value: value)
    }()

    let parameters: [String: Value] = [
        "synonyms": Value(.list(ValueList([Value(.string("概况")), Value(.string("工程"))]))),
        "none": Value(.list(ValueList([]))),
    ]

    private func compile(_ source: String) throws -> CompiledExpression {
        let environment = ExpressionEnvironment(kinds: [], parameters: parameters.mapValues { ExpressionType(fieldTypeOf: $0) }, parameterValues: parameters)
        return try CompiledExpression.compile(source, in: environment)
    }

    private var context: EvaluationContext {
        EvaluationContext(record: record, parameters: parameters, asOf: CalendarDate(iso: "2026-11-27")!, index: RecordIndex([record]))
    }

    /// The fast answer, and the generic one `--explain` computes; an error counts as its message.
    private func answers(_ source: String) throws -> (fast: String, generic: String) {
        let compiled = try compile(source)
        func outcome(_ body: () throws -> Value) -> String {
            do { return try body().displayText } catch { return "error: \((error as? EvaluationError)?.message ?? "\(error)")" }
        }
        return (outcome { try compiled.evaluate(context) }, outcome { try compiled.evaluateExplaining(context).value })
    }

    func testComparisonsOfFieldsGiveTheGenericAnswer() throws {
        let cases: [(String, String)] = [
            ("spec.precomposed == spec.decomposed", "true"),
            ("spec.precomposed != spec.decomposed", "false"),
            ("spec.decomposed == 'caf\u{E9}'", "true"),
            ("'K' == spec.kelvin", "true"),
            ("metadata.title == '工程概况'", "true"),
            ("metadata.title != '工程概况 '", "true"),
            ("metadata.id == 'MS-1'", "true"),
            ("metadata.id == 'MS-2'", "false"),
            ("spec.metres == spec.centimetres", "true"),
            ("spec.metres == 500 cm", "true"),
            ("spec.number == 5.0", "true"),
            ("spec.number == spec.metres", "false"),
            ("spec.day == date('2026-11-27')", "true"),
            ("spec.flag == true", "true"),
            ("spec.nothing == null", "true"),
            ("spec.missing == null", "true"),
            ("spec.missing == spec.nothing", "true"),
            ("spec.missing.deeper == null", "true"),
            ("spec.precomposed == null", "false"),
            ("spec.numbers == [1, 2]", "true"),
            ("spec.numbers != [2, 1]", "true"),
            ("spec.precomposed.deeper == 'x'", "error: cannot read field 'deeper' of string 'café'"),
            ("spec.items.exists(i, i.result == 'na')", "true"),
            ("spec.items.filter(i, i.id != 'A').size()", "2"),
            ("spec.answers.all(a, spec.items.exists(i, i.id == a.id))", "true"),
            ("spec.items.filter(i, spec.answers.exists(a, a.id == i.id)).map(i, i.result) == ['na', 'fail']", "true"),
            ("spec.items.exists(i, i == spec.answers[0])", "false"),
            // Items of a stored list are bound as their nodes and read out only when used whole.
            ("spec.items.filter(i, i.result == 'na')[0].id", "A"),
            ("spec.items.map(i, i)[2].result", "fail"),
            ("spec.words.exists(w, w == '依据')", "true"),
            ("spec.words.map(w, w + '!')[0]", "概况!"),
            ("spec.items.count(i, i.missing.deeper == null)", "3"),
            ("spec.items.all(i, spec.answers.all(a, spec.words.exists(w, size(w) == 2) && has(a.id) && has(i.id)))", "true"),
            ("has(spec.precomposed)", "true"),
            ("has(spec.nothing)", "false"),
            ("has(spec.missing)", "false"),
            ("has(spec.missing.deeper)", "false"),
            ("spec.items.all(i, has(i.result))", "true"),
            ("spec.items.exists(i, has(i.note))", "false"),
            ("has(spec.number.deeper)", "error: cannot read field 'deeper' of integer '5'"),
        ]
        for (source, expected) in cases {
            let (fast, generic) = try answers(source)
            XCTAssertEqual(fast, expected, source)
            XCTAssertEqual(generic, expected, source)
        }
    }

    /// Conditions are tested without building a value: each answer (true, false, null, or the error for a
    /// value that is not a truth) is asserted, for the rule engine's `when`/`assert` path (`truth(in:)`).
    func testConditionsAreTestedWithThreeValuedLogic() throws {
        let cases: [(String, String)] = [
            ("spec.flag && true", "true"), ("spec.missing && true", "null"), ("spec.missing || true", "true"),
            ("spec.missing && false", "false"), ("spec.missing || false", "null"), ("!spec.missing", "null"), ("!spec.flag", "false"),
            ("spec.number > 3 && spec.nothing == null", "true"), ("spec.number < spec.missing", "null"),
            ("has(spec.words) ? spec.flag : false", "true"), ("spec.items.all(i, i.result != 'x')", "true"),
            ("spec.words.exists(w, w == '依据') || spec.precomposed", "true"), ("matches(metadata.title, '概况')", "true"),
            ("matches(spec.missing, '概况')", "null"), ("contains(spec.missing, ' ')", "null"), ("contains(metadata.title, '工程')", "true"),
            ("spec.precomposed && true", "error: expected true or false, found string 'café'"),
            ("!spec.number", "error: expected true or false, found integer '5'"),
            ("spec.items.count(i, spec.number) > 0", "error: expected true or false, found integer '5'"),
            ("false && spec.precomposed", "false"), ("true || spec.precomposed", "true"),
        ]
        for (source, expected) in cases {
            let compiled = try compile(source)
            let scope = EvaluationScope(context: context, explain: false)
            let tested: String
            do { tested = try compiled.truth(in: scope).map(String.init) ?? "null" } catch {
                tested = "error: \((error as? EvaluationError)?.message ?? "\(error)")"
            }
            XCTAssertEqual(tested, expected, source)
        }
    }

    /// Items of a looked-up record live in its storage, not the evaluated record's: fields compare there too.
    func testComparisonsReachIntoLookedUpRecords() throws {
        func v(_ node: Value.Node) -> Value { Value(node) }
        func map(_ pairs: [(String, Value)]) -> Value { v(.mapping(Mapping(pairs.map { .init(key: $0.0, keyPosition: .start, value: $0.1) }))) }
        let checklist = Record(kind: .checklist, id: "CL-1", file: "cl.yaml", value: map([
            ("metadata", map([("id", v(.string("CL-1")))])),
            ("spec", map([("items", v(.list([map([("id", v(.string("工-1"))), ("points", v(.integer(10)))]), map([("id", v(.string("B")))])])))])),
        ]))
        let context = EvaluationContext(record: record, parameters: parameters, asOf: CalendarDate(iso: "2026-11-27")!, index: RecordIndex([record, checklist]))
        let cases: [(String, String)] = [
            ("lookup('Checklist', 'CL-1').spec.items.exists(c, c.id == spec.items[2].id)", "true"),
            ("spec.items.filter(i, lookup('Checklist', 'CL-1').spec.items.exists(c, c.id == i.id)).size()", "2"),
            ("lookup('Checklist', 'CL-1').spec.items.filter(c, has(c.points))[0].id", "工-1"),
            ("lookup('Checklist', 'CL-1').spec.items.all(c, spec.answers.exists(a, a.id == c.id) || c.id == 'B')", "true"),
        ]
        for (source, expected) in cases {
            let compiled = try compile(source)
            XCTAssertEqual(try compiled.evaluate(context).displayText, expected, source)
            XCTAssertEqual(try compiled.evaluateExplaining(context).value.displayText, expected, source)
        }
    }

    /// `params.synonyms.exists(t, contains(x, t))` searches x once; `contains(x, t) == true` is the same test,
    /// evaluated item by item.
    func testSynonymSearchGivesTheItemByItemAnswer() throws {
        let subjects = ["metadata.title", "'施工计划'", "spec.missing", "spec.nothing", "spec.words", "spec.number", "spec.items[2].id"]
        for subject in subjects {
            for list in ["params.synonyms", "params.none", "['工', '']", "['依据']"] {
                let searched = try answers("\(list).exists(t, contains(\(subject), t))").fast
                let itemByItem = try answers("\(list).exists(t, contains(\(subject), t) == true)").fast
                XCTAssertEqual(searched, itemByItem, "\(list) in \(subject)")
            }
        }
        XCTAssertEqual(try answers("params.synonyms.exists(t, contains(metadata.title, t))").fast, "true")
        XCTAssertEqual(try answers("['依据'].exists(t, contains(spec.words, t))").fast, "true")
        XCTAssertEqual(try answers("params.synonyms.exists(t, contains(spec.number, t))").fast, "error: contains() needs text or a list, not integer")
    }

    /// Swift's `==` on texts (canonical equivalence) against the byte comparison, on random texts built
    /// from characters that do and do not compose, decompose or combine.
    func testTextComparisonIsSwiftEquality() {
        let alphabet = ["a", "K", "e", "\u{E9}", "\u{301}", "\u{212A}", "工", "程", "\u{304B}", "\u{3099}", "\u{304C}", "\u{3000}", "\u{302A}",
                        "\u{FF08}", "\u{2000}", "\u{2002}", "\u{201C}", "-", "。", "\u{1F600}", "\u{F900}", "\u{8C48}", "\u{212B}", "\u{C5}"]
        var generator = SystemRandomNumberGenerator()
        func text() -> String { (0 ..< Int.random(in: 0 ... 4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined() }
        for _ in 0 ..< 5_000 {
            let (first, second) = (text(), text())
            let same = Array(first.utf8).withUnsafeBufferPointer { a in Array(second.utf8).withUnsafeBufferPointer { b in StoredEquality.sameText(a, b) } }
            XCTAssertEqual(same, first == second, "'\(first)' vs '\(second)'")
        }
        let checks: [(String, Bool)] = [("abc", true), ("工程-（一）。", true), ("caf\u{E9}", false), ("\u{212A}", false), ("\u{302A}", false), ("", true)]
        for (text, own) in checks {
            XCTAssertEqual(Array(text.utf8).withUnsafeBufferPointer(StoredEquality.isOwnCanonicalForm), own, text)
        }
    }
}
