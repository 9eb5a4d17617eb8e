import PlumbCore
import XCTest
@testable import PlumbLoad

/// YAML 1.2 core schema resolution of plain and tagged scalars.
final class ScalarResolutionTests: XCTestCase {
    func testPlainScalarsResolveByTheCoreSchema() {
        let cases: [(String, Value.Node)] = [
            ("no", .string("no")), ("on", .string("on")), ("NO", .string("NO")), ("y", .string("y")),
            ("yes", .string("yes")), ("off", .string("off")),
            ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
            ("null", .null), ("~", .null), ("", .null), ("Null", .null),
            ("42", .integer(42)), ("-7", .integer(-7)), ("+3", .integer(3)), ("0x1F", .integer(31)), ("0o17", .integer(15)),
            ("6.5", .number(6.5)), ("1e3", .number(1000)), (".5", .number(0.5)), ("-.inf", .number(-.infinity)),
            ("2026-11-02", .string("2026-11-02")), ("3#塔吊", .string("3#塔吊")), ("1/d", .string("1/d")),
            ("0x", .string("0x")), ("1.2.3", .string("1.2.3")), ("e5", .string("e5")), ("12 t", .string("12 t")),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(ScalarResolver.resolvePlain(text), expected, "plain scalar '\(text)'")
        }
        guard case .number(let nan) = ScalarResolver.resolvePlain(".nan") else { return XCTFail(".nan is a float") }
        XCTAssertTrue(nan.isNaN)
    }

    /// The reader takes four digits and a dash as text without the number parser: nothing that is a number
    /// may take that path.
    func testDateLikeScalarsAreTextAndNumbersStayNumbers() {
        let root = parse("a: 2026-11-02\nb: 1.5e-3\nc: 1234-5\nd: 2026\ne: 2026-11-02T08:00:00+08:00\nf: 1e-5\n").documents[0]
        XCTAssertEqual(root.value(at: "a")?.node, .string("2026-11-02"))
        XCTAssertEqual(root.value(at: "b")?.node, .number(0.0015))
        XCTAssertEqual(root.value(at: "c")?.node, .string("1234-5"))
        XCTAssertEqual(root.value(at: "d")?.node, .integer(2026))
        XCTAssertEqual(root.value(at: "e")?.node, .string("2026-11-02T08:00:00+08:00"))
        XCTAssertEqual(root.value(at: "f")?.node, .number(0.00001))
    }

    /// The reader stores a plain scalar as text without resolving it when `isPlainText` says so: on random
    /// scalars built from the characters that decide resolution, that must be exactly when resolution gives text,
    /// but for number-like scalars, which may always be resolved.
    func testTheTextShortcutAgreesWithResolution() {
        let pieces = ["n", "N", "~", "t", "T", "f", "F", "null", "Null", "NULL", "true", "True", "TRUE", "false", "FALSE",
                      "0", "7", "-", "+", ".", "e", "x", "o", "inf", "nan", " ", "塔", "a", "2026-", "ame", "itle", "ail"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "~", "null", "true", "FALSE", "name", "title", "fail", "nan", "no", "tRUE", "nul", "truest", "~~", "2026-11-02", "42", "6.5 m"]
        for _ in 0 ..< 5_000 {
            texts.append((0 ..< Int.random(in: 1 ... 3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let isText = Array(text.utf8).withUnsafeBufferPointer(ScalarResolver.isPlainText)
            let resolved = ScalarResolver.resolvePlain(text)
            if isText { XCTAssertEqual(resolved, .string(text), "'\(text)' taken as text") }
            let numberLike = text.first.map { "0123456789-+.".contains($0) } ?? false
            if !numberLike, resolved == .string(text) { XCTAssertTrue(isText, "'\(text)' resolves to text but is resolved") }
        }
    }

    func testQuotedScalarsAreAlwaysStringsAndTagsAreHonoured() {
        let output = parse("""
        a: "42"
        b: 'true'
        c: !!str 0417
        d: !!int "12"
        e: !!float 3
        f: !!bool "false"
        g: !!null ""
        h: !custom 5
        """)
        XCTAssertEqual(output.issues, [])
        let map = output.documents[0].mappingValue!
        XCTAssertEqual(map["a"]?.node, .string("42"))
        XCTAssertEqual(map["b"]?.node, .string("true"))
        XCTAssertEqual(map["c"]?.node, .string("0417"))
        XCTAssertEqual(map["d"]?.node, .integer(12))
        XCTAssertEqual(map["e"]?.node, .number(3))
        XCTAssertEqual(map["f"]?.node, .bool(false))
        XCTAssertEqual(map["g"]?.node, .null)
        XCTAssertEqual(map["h"]?.node, .integer(5), "an unknown local tag resolves as untagged")
    }

    func testATagThatDoesNotFitItsTextIsAFinding() {
        let output = parse("a: !!int abc\n")
        XCTAssertEqual(output.issues.map(\.problem), [.badType])
        XCTAssertEqual(output.issues.first?.position, SourcePosition(line: 1, column: 4))
    }
}
