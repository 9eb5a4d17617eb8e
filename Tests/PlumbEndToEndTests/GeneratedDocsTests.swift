import Foundation
import XCTest

/// Generated documentation is committed; these tests fail when it is stale (STYLE.md §4).
/// Regenerate with `swift run plumb rules docs` and `swift run plumb schema`.
final class GeneratedDocsTests: XCTestCase {
    func testRuleDocsMatchThePacks() throws {
        try assertGenerated(["rules", "docs", "--out"], committed: "docs/rules", regenerate: "swift run plumb rules docs")
    }

    func testJSONSchemasMatchTheRecordFormat() throws {
        try assertGenerated(["schema", "--out"], committed: "docs/schema", regenerate: "swift run plumb schema")
    }

    private func assertGenerated(_ command: [String], committed: String, regenerate: String) throws {
        let scratch = try Scratch()
        let output = try PlumbProcess.run(command + [scratch.url.path])
        XCTAssertEqual(output.status, 0, output.stderr)
        let committedFolder = PlumbProcess.packageRoot.appendingPathComponent(committed)
        let manager = FileManager.default
        let generated = try manager.contentsOfDirectory(atPath: scratch.url.path).sorted()
        let existing = try manager.contentsOfDirectory(atPath: committedFolder.path).sorted()
        XCTAssertEqual(existing, generated, "\(committed) has other files than the generator writes; run \(regenerate)")
        for name in generated {
            let fresh = try String(contentsOf: scratch.url.appendingPathComponent(name), encoding: .utf8)
            let old = try? String(contentsOf: committedFolder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(old, fresh, "\(committed)/\(name) is stale; run \(regenerate)")
        }
    }
}
