import Foundation
import XCTest

/// Compares a reporter's output with a file under Golden/, byte for byte.
///
/// Run with `PLUMB_UPDATE_GOLDEN=1 swift test --filter PlumbReportTests` to rewrite the files after
/// a deliberate change to a format, then review the diff before committing.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["PLUMB_UPDATE_GOLDEN"] == "1" }

    static func assertMatches(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("no golden file \(name); run with PLUMB_UPDATE_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let shown = { (lines: [String]) in first < lines.count ? lines[first] : "<end of output>" }
            XCTFail("""
                \(name) differs from the golden file at line \(first + 1):
                expected: \(shown(expectedLines))
                actual:   \(shown(actualLines))
                (PLUMB_UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change)
                """, file: file, line: line)
        }
    }
}
