import Foundation
import XCTest

/// `plumb kpi` through the binary: JSON shape, gates, settings errors, and the HTML page in a real browser.
final class KPICommandTests: XCTestCase {
    func testJSONShapeAndGates() throws {
        let output = try PlumbProcess.run(["kpi", "examples/clean", "--as-of", "2026-11-27", "--format", "json"])
        XCTAssertEqual(output.status, 0, output.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let kpi = try XCTUnwrap(json["kpi"] as? [String: Any])
        XCTAssertEqual(kpi["asOf"] as? String, "2026-11-27")
        let overall = try XCTUnwrap(kpi["overall"] as? [String: Any])
        let statuses = try XCTUnwrap(overall["statuses"] as? [[String: Any]])
        XCTAssertEqual(statuses.compactMap { $0["kpi"] as? String }, ["closure", "major-closure", "timeliness", "archive", "saving", "jgj59", "spi"])
        let closure = try XCTUnwrap(statuses.first)
        XCTAssertEqual(closure["value"] as? Double, 50)
        XCTAssertEqual(closure["met"] as? Bool, false)
        XCTAssertEqual((closure["rate"] as? [String: Double])?["denominator"], 6)
        XCTAssertNil(statuses[1]["value"], "no major hazards: n/a, not 100")

        let passing = try PlumbProcess.run(["kpi", "examples/clean", "--as-of", "2026-11-27", "--fail-under", "archive=100", "--fail-under", "spi=95"])
        XCTAssertEqual(passing.status, 0, passing.stderr)
        let failing = try PlumbProcess.run(["kpi", "examples/clean", "--as-of", "2026-11-27", "--fail-under", "closure=95"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertEqual(failing.stderr, "plumb: KPI gate missed: closure is 50%, below 95%\n")
        let noData = try PlumbProcess.run(["kpi", "examples/clean", "--as-of", "2026-11-27", "--fail-under", "major-closure=100"])
        XCTAssertEqual(noData.status, 1)
        XCTAssertTrue(noData.stderr.contains("major-closure is n/a (no data)"), noData.stderr)
        XCTAssertEqual(try PlumbProcess.run(["kpi", "--fail-under", "closure"]).status, 2, "a malformed gate is a usage error")
    }

    func testAnEmptyFolderShowsNotApplicable() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let output = try PlumbProcess.run(["kpi", "empty", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(output.status, 0)
        XCTAssertTrue(output.stdout.contains("隐患整改闭环率: n/a (0/0)"), output.stdout)
        XCTAssertFalse(output.stdout.contains("100%"), output.stdout)
    }

    func testSettingsFileOverridesAndErrorsHaveLocations() throws {
        let scratch = try Scratch()
        try scratch.write("kpi.yaml", "targets:\n  closure: {atLeast: 40}\n")
        let relaxed = try PlumbProcess.run(["kpi", PlumbProcess.packageRoot.appendingPathComponent("examples/clean").path, "--as-of", "2026-11-27", "--kpi-config", "kpi.yaml"], in: scratch.url)
        XCTAssertTrue(relaxed.stdout.contains("隐患整改闭环率: 50% (3/6) target ≥ 40  met"), relaxed.stdout)
        try scratch.write("bad.yaml", "targets:\n  closure: {atLeast: 40}\n  closur: {atLeast: 1}\n")
        let bad = try PlumbProcess.run(["kpi", "--kpi-config", "bad.yaml"], in: scratch.url)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("bad.yaml:3:3: error: [kpi/config] unknown KPI 'closur' (did you mean 'closure'?)"), bad.stderr)
    }

    /// The HTML bulletin rendered by headless Chromium: a real picture, the expected headings in the DOM,
    /// no console errors. Chromium is installed by .ci/run.
    func testHTMLRendersInAHeadlessBrowser() throws {
        let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let path = try XCTUnwrap(browser, "headless Chromium is required: .ci/run installs Debian's chromium")
        let scratch = try Scratch()
        let html = scratch.url.appendingPathComponent("kpi.html")
        let output = try PlumbProcess.run(["kpi", "examples/", "--as-of", "2026-12-20", "--format", "html:" + html.path])
        XCTAssertEqual(output.status, 0, output.stderr)
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertFalse(page.contains("<script"), "self-contained, no scripts")
        XCTAssertFalse(page.contains("http://") && page.contains("src=\"http"), "no network resources")

        let png = scratch.url.appendingPathComponent("kpi.png")
        let shot = try runBrowser(path, ["--screenshot=\(png.path)", "--window-size=1280,1800", html.absoluteString])
        XCTAssertEqual(shot.status, 0, shot.stderr)
        let size = try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int ?? 0
        XCTAssertGreaterThan(size, 20_000, "a rendered page, not a blank one")
        let dump = try runBrowser(path, ["--dump-dom", "--enable-logging=stderr", "--v=0", html.absoluteString])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        for heading in ["核心指标", "进度红黄绿灯", "趋势", "超期未整改隐患", "资料归档", "常见问题（高频审查发现）"] {
            XCTAssertTrue(dump.stdout.contains("<h2>\(heading)</h2>"), "missing heading \(heading)")
        }
        XCTAssertTrue(dump.stdout.contains("<svg"), "trend charts are inline SVG")
        XCTAssertFalse(dump.stderr.contains("CONSOLE"), "console messages: \(dump.stderr)")
        XCTAssertFalse(dump.stderr.contains("Uncaught"), dump.stderr)
    }

    private func runBrowser(_ path: String, _ arguments: [String]) throws -> PlumbProcess.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + NSTemporaryDirectory() + "plumb-chromium-\(UUID().uuidString)"] + arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let err = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return PlumbProcess.Output(stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8), status: process.terminationStatus)
    }
}
