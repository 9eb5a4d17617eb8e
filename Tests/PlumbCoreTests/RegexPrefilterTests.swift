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

    func testOnlyWholeTextPatternsOfKnownCharactersHaveAnAlphabet() {
        for pattern in ["^\\s*(略|无|暂无|待定|待补充|TBD|/|—+|-+)?\\s*[。．.]?\\s*$", "^[A-Za-z0-9][A-Za-z0-9._#-]{1,63}$", "^\\d{4}$", "^(?:a|b)+$", "^$"] {
            XCTAssertNotNil(RegexAlphabet(pattern: pattern), pattern)
        }
        for pattern in ["^a.b$", "^a|b$", "^[^a]$", "^\\w+$", "^\\p{Han}$", "^(?i)tbd$", "^a\\1$", "a$", "^a", "^[a&&b]$", "^a{x}$", "^a\\$", "^[\\.-z]+$", "^[\\--z]+$", "^[a-c-e]$", "^[:digit:]+$", "^[:L:]+$", "^*a$", "^?a$", "^{0}a$", "^+a$"] {
            XCTAssertNil(RegexAlphabet(pattern: pattern), pattern)
        }
    }

    /// Whole-text patterns on random texts made of their own characters and others: the alphabet only ever
    /// turns away texts the regex does not match.
    func testTheAlphabetGivesTheRegexAnswerOnRandomTexts() throws {
        let patterns = ["^\\s*(略|无|暂无|待定|待补充|TBD|/|—+|-+)?\\s*[。．.]?\\s*$", "^[A-Za-z0-9][A-Za-z0-9._#-]{1,63}$", "^\\d{2,4}$",
                        "^(?:工程|概况)+\\.?$", "^[一-龥]{2}$", "^$", "^a\\.b*$", "^[\\.-z]+$", "^[:digit:]+$", "^[-a]+$", "^[a-]+$", "^*a$", "^?a$", "^{0}a$"]
        let pieces = ["略", "无", "暂无", "待补充", "TBD", "/", "—", "-", "。", "．", ".", " ", "\u{3000}", "\n", "\t", "工程", "概况", "本",
                      "a", "b", "Z", "9", "_", "#", "٣", "x", "\u{301}", "龥", "\u{2028}"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "\n", "略\n", "TBD。", "A-1", "2026", "٣٣"]
        for _ in 0 ..< 600 {
            texts.append((0 ..< Int.random(in: 1 ... 5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for pattern in patterns {
            let regex = SendableRegex(try NSRegularExpression(pattern: pattern))
            for text in texts + ["abc", "123", "-a-", "a.z", "xa"] {
                let expected = regex.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                XCTAssertEqual(regex.matches(text), expected, "\(pattern) on '\(text)'")
            }
        }
    }
}
