import XCTest
@testable import PlumbCore

/// `contains()` and `in` search text as UTF-8 bytes: as the expression language sees it, and checked
/// against a plain byte-by-byte search on texts of a few letters and Chinese characters (many near-misses).
final class TextSearchTests: XCTestCase {
    private func reference(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8)
        let needle = Array(part.utf8)
        if needle.isEmpty { return true }
        guard needle.count <= haystack.count else { return false }
        return (0 ... haystack.count - needle.count).contains { Array(haystack[$0 ..< $0 + needle.count]) == needle }
    }

    func testFindsExactlyWhatAByteByByteSearchFinds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "b", "工", "程", "况", "概", " "]
        func text(_ length: Int) -> String { String((0 ..< length).map { _ in alphabet.randomElement(using: &generator)! }) }
        for _ in 0 ..< 2_000 {
            let haystack = text(Int.random(in: 0 ... 12, using: &generator))
            let needle = text(Int.random(in: 0 ... 4, using: &generator))
            XCTAssertEqual(TextSearch.contains(haystack, needle), reference(haystack, needle), "'\(needle)' in '\(haystack)'")
        }
    }

    func testContainsOnChineseAndMixedText() throws {
        let environment = ExpressionEnvironment(kinds: [])
        let record = Record(kind: .hazardTicket, id: "X", file: "x.yaml", value: Value(.mapping(Mapping())))
        let context = EvaluationContext(record: record, parameters: [:], asOf: CalendarDate(iso: "2026-11-27")!, index: .empty)
        let cases: [(String, Bool)] = [
            ("contains('一、工程概况', '工程概况')", true), ("contains('一、工程概况', '概况 ')", false),
            ("contains('abc', '')", true), ("contains('', 'a')", false), ("contains('施工', '施工计划')", false),
            ("'概况' in '第一章 工程概况'", true), ("'x' in 'abc'", false), ("contains('3#塔吊', '#塔')", true),
        ]
        for (source, expected) in cases {
            let value = try CompiledExpression.compile(source, in: environment).evaluate(context)
            XCTAssertEqual(value.node, .bool(expected), source)
        }
    }

    func testEdgesOfTheText() {
        XCTAssertTrue(TextSearch.contains("工程概况", "工"))
        XCTAssertTrue(TextSearch.contains("工程概况", "况"))
        XCTAssertTrue(TextSearch.contains("工程概况", "工程概况"))
        XCTAssertFalse(TextSearch.contains("工程概", "工程概况"))
        XCTAssertTrue(TextSearch.contains("", ""))
        XCTAssertFalse(TextSearch.contains("", "a"))
        XCTAssertFalse(TextSearch.contains("aab", "abb"))
    }
}
