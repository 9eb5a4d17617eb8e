import Foundation
import XCTest
@testable import PlumbCore

/// `matches()` first looks for the text every match must contain (the pattern's leading plain run), and
/// runs the regular expression only when it is there: the answer must be the regex's own either way.
final class RegexPrefilterTests: XCTestCase {
    func testTheLeadingLiteralIsOnlyTextEveryMatchContains() {
        let cases: [(String, String?)] = [
            ("工[ 　]*程[ 　]*概[ 　]*况", "工"),
            ("计算书", "计算书"),
            ("abc+", "abc"),
            ("ab?c", "a"),
            ("ab*", "a"),
            ("ab{0,2}", "a"),
            ("a?", nil),
            ("滑模|爬模", nil),
            ("(?i)tbd", nil),
            ("^\\s*(略|无)?\\s*$", nil),
            ("\\d+", nil),
            (".*", nil),
            // A special character followed by a combining mark is still special (the engine reads code points).
            ("caf.\u{301}", "caf"),
            ("x|\u{301}", nil),
            ("ab?\u{301}", "a"),
            ("abc\u{301}", "abc\u{301}"),
        ]
        for (pattern, literal) in cases {
            XCTAssertEqual(SendableRegex.leadingLiteral(of: pattern), literal, pattern)
        }
    }

    func testMatchingGivesTheRegexAnswer() throws {
        let texts = ["第一章 工 程 概 况", "工程概况", "概况", "", "工", "施工计划及工 程概况", "cafe\u{301}", "e\u{301}", "a\u{301}"]
        for pattern in ["工[ 　]*程[ 　]*概[ 　]*况", "ab?c", "程", "工程概况$", "caf.\u{301}", "x|\u{301}", "ab?\u{301}"] {
            let regex = SendableRegex(try NSRegularExpression(pattern: pattern))
            for text in texts {
                let expected = regex.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                XCTAssertEqual(regex.matches(text), expected, "\(pattern) on '\(text)'")
            }
        }
    }

    func testAlternativesAreSplitOnlyAtTopLevel() {
        XCTAssertEqual(SendableRegex.alternatives(of: "滑模|爬模|飞模"), ["滑模", "爬模", "飞模"])
        XCTAssertEqual(SendableRegex.alternatives(of: "a|"), ["a", ""])
        XCTAssertEqual(SendableRegex.alternatives(of: "(a|b)c"), ["(a|b)c"])
        XCTAssertEqual(SendableRegex.alternatives(of: "[|]x"), ["[|]x"])
        XCTAssertEqual(SendableRegex.alternatives(of: "a\\|b"), ["a\\|b"])
    }

    func testPlainWordsAreAnsweredBySearchAlone() throws {
        XCTAssertTrue(SendableRegex(try NSRegularExpression(pattern: "码头|桥梁|高架")).isPlainWords)
        XCTAssertEqual(SendableRegex(try NSRegularExpression(pattern: "码头|桥梁|高架")).requiredTexts, ["码头", "桥梁", "高架"])
        XCTAssertFalse(SendableRegex(try NSRegularExpression(pattern: "码头|桥.")).isPlainWords)
        XCTAssertEqual(SendableRegex(try NSRegularExpression(pattern: "码头|桥.")).requiredTexts, ["码头", "桥"])
        XCTAssertNil(SendableRegex(try NSRegularExpression(pattern: "码头|.桥")).requiredTexts)
        XCTAssertNil(SendableRegex(try NSRegularExpression(pattern: "码头|")).requiredTexts)
    }

    /// Every pattern form the prefilter treats differently, on texts built at random from pieces of the patterns.
    func testAlternativesGiveTheRegexAnswerOnRandomTexts() throws {
        let patterns = ["码头|桥梁|高架", "滑模|爬模", "ab?|cd", "网架|索膜|膜结构$", "a|", "(a|b)c", "[|]x", "x|\u{301}", "^码头|桥梁",
                        "尚无.*标准|四新", "e\u{301}|caf"]
        let pieces = ["码", "头", "桥梁", "高", "架", "滑模", "爬", "a", "b", "c", "d", "|", "x", "e", "\u{301}", "网架", "膜结构", "尚无", "标准", "四新", " ", "caf"]
        var generator = SystemRandomNumberGenerator()
        var texts = [""]
        for _ in 0 ..< 400 {
            texts.append((0 ..< Int.random(in: 1 ... 6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for pattern in patterns {
            let regex = SendableRegex(try NSRegularExpression(pattern: pattern))
            for text in texts {
                let expected = regex.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                XCTAssertEqual(regex.matches(text), expected, "\(pattern) on '\(text)'")
            }
        }
    }
}
