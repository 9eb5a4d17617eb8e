import Plumbline
import XCTest

/// The glob patterns of include, exclude and waiver paths, as a table.
final class GlobTests: XCTestCase {
    func testMatching() throws {
        let cases: [(pattern: String, path: String, matches: Bool)] = [
            ("records/*.yaml", "records/a.yaml", true),
            ("records/*.yaml", "records/sub/a.yaml", false),
            ("records/**/*.yaml", "records/a.yaml", true),
            ("records/**/*.yaml", "records/x/y/a.yaml", true),
            ("records/**", "records/x/y/a.yaml", true),
            ("**/drafts/**", "a/drafts/b.yaml", true),
            ("*.csv", "records/deep/hazards.csv", true),
            ("*.csv", "records/deep/hazards.yaml", false),
            ("records/drafts", "records/drafts/a.yaml", true),
            ("records/drafts", "records/drafts-old/a.yaml", false),
            ("./records/?.yaml", "records/a.yaml", true),
            ("records/?.yaml", "records/ab.yaml", false),
            ("records/[a-c].yaml", "records/b.yaml", true),
            ("records/[!a-c].yaml", "records/b.yaml", false),
            ("records/[!a-c].yaml", "records/d.yaml", true),
            ("records/\\*.yaml", "records/*.yaml", true),
            ("records/\\*.yaml", "records/a.yaml", false),
            ("南湖站/*.yaml", "南湖站/隐患.yaml", true),
        ]
        for (pattern, path, matches) in cases {
            XCTAssertEqual(try Glob(pattern).matches(path), matches, "\(pattern) vs \(path)")
        }
    }

    func testBadPatterns() {
        let cases: [(pattern: String, message: String)] = [
            ("", "an empty pattern matches nothing"),
            ("records/[a-", "'[' opens a character class that is never closed with ']'"),
            ("records/a**", "'**' must be a whole path segment, as in 'a/**/b'"),
            ("/abs/*.yaml", "patterns are relative to the project root; remove the leading '/'"),
            ("a//b", "'//' leaves an empty folder name"),
            ("records\\", "the pattern ends with an escaping '\\'"),
            ("[z-a]", "the range 'z-a' runs backwards"),
        ]
        for (pattern, message) in cases {
            XCTAssertThrowsError(try Glob(pattern), pattern) { error in
                XCTAssertEqual((error as? Glob.SyntaxError)?.message, message, pattern)
            }
        }
    }
}
