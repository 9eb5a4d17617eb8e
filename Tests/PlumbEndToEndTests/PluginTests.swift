import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Plugins through the binary: the real Python evidence-check plugin end to end, misbehaving plugins that
/// must not take the run down with them, and broken manifests.
final class PluginTests: XCTestCase {
    private let root = PlumbProcess.packageRoot
    private var externalPlugins: String { root.appendingPathComponent("plugins/external").path }
    private var evidencePack: String { root.appendingPathComponent("plugins/external/evidence-check/rules").path }
    private func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/plugins/\(name)").path }

    // MARK: - evidence-check, the real plugin

    /// Findings at the evidence entries' own lines and columns: missing, not an image, too old by mtime
    /// and by EXIF (which wins over the file's time).
    func testEvidenceCheckFindsMissingFakeAndStalePhotos() throws {
        let scratch = try Scratch()
        try scratch.write("records/ir.yaml", """
        apiVersion: plumbline/v1
        kind: InspectionRecord
        metadata:
          id: IR-1
          project: 测试项目
          discipline: lifting
          date: 2026-11-03T09:30:00+08:00
        spec:
          checklist: jgj59-b16-tower-crane
          items:
            - id: TC-01
              result: fail
              evidence:
                - photos/ok.jpg
                - photos/old.png
                - photos/fake.jpg
                - photos/missing.jpg
                - photos/today.png
                - photos/old-exif.jpg
        ---
        apiVersion: plumbline/v1
        kind: HazardTicket
        metadata: {id: HZ-1, project: 测试项目, discipline: lifting, date: 2026-11-03}
        spec:
          level: general
          description: 电缆未固定
          status: verified
          verification: {by: 陈刚, at: 2026-11-05, result: pass, evidence: [photos/ok.jpg]}

        """)
        try scratch.write("records/photos/ok.jpg", bytes: ImageBytes.jpeg(taken: "2026:11:04 10:00:00"))
        try scratch.write("records/photos/old-exif.jpg", bytes: ImageBytes.jpeg(taken: "2026:10:20 10:00:00"))
        try scratch.write("records/photos/old.png", bytes: ImageBytes.png)
        try scratch.write("records/photos/today.png", bytes: ImageBytes.png)
        try scratch.write("records/photos/fake.jpg", "这是文字，不是照片\n")
        try setModified("records/photos/old.png", in: scratch, to: "2026-10-01")
        try setModified("records/photos/today.png", in: scratch, to: "2026-11-03")
        try setModified("records/photos/old-exif.jpg", in: scratch, to: "2026-11-03")

        let output = try PlumbProcess.run(["check", "records", "--plugins", externalPlugins, "--only-rules", evidencePack, "--as-of", "2026-11-27"],
                                          in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stdout + output.stderr)
        XCTAssertEqual(PlumbProcess.headlines(output.stdout), """
        records/ir.yaml:15:11: error: [EV-001] 照片 photos/old.png 拍摄于 2026-10-01（文件修改时间），与检查日期 2026-11-03 相差 33 天，超过 3 天
        records/ir.yaml:16:11: error: [EV-001] 证据文件 photos/fake.jpg 不是图片（文件头不是 JPEG、PNG、GIF、WebP、HEIC 等图片格式）
        records/ir.yaml:17:11: error: [EV-001] 证据文件 photos/missing.jpg 不存在（相对记录文件所在目录查找）
        records/ir.yaml:19:11: error: [EV-001] 照片 photos/old-exif.jpg 拍摄于 2026-10-20（EXIF 拍摄时间），与检查日期 2026-11-03 相差 14 天，超过 3 天
        2 records in 1 file: 4 errors, 0 warnings, 0 infos

        """)
        XCTAssertEqual(output.stderr, "")
    }

    /// The JSON report carries the field path of each evidence entry.
    func testEvidenceFindingsCarryTheirFieldPath() throws {
        let scratch = try Scratch()
        try scratch.write("ir.yaml", """
        apiVersion: plumbline/v1
        kind: InspectionRecord
        metadata: {id: IR-2, project: 测试项目, discipline: lifting, date: 2026-11-03}
        spec:
          checklist: c
          items:
            - {id: A, result: pass}
            - {id: B, result: fail, evidence: [a.jpg, b.jpg]}

        """)
        try scratch.write("a.jpg", bytes: ImageBytes.jpeg(taken: "2026:11:03 08:00:00"))
        let output = try PlumbProcess.run(["check", "ir.yaml", "--plugins", externalPlugins, "--only-rules", evidencePack, "--as-of", "2026-11-27",
                                           "--format", "json"], in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        XCTAssertEqual(findings.count, 1)
        let location = findings.first?["location"] as? [String: Any]
        XCTAssertEqual(location?["path"] as? String, "spec.items[1].evidence[1]")
        XCTAssertEqual(location?["line"] as? Int, 8)
        XCTAssertEqual(location?["column"] as? Int, 47)
        XCTAssertEqual(findings.first?["pack"] as? String, "evidence-files@1.0.0")
    }

    func testEvidencePackPassesItsExamplesWithThePlugin() throws {
        let output = try PlumbProcess.run(["rules", "test", evidencePack, "--plugins", externalPlugins])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertEqual(output.stdout, "ok    EV-001 (2 examples)\nok    EV-002 (2 examples)\n2 passed, 0 failed\n")
    }

    /// Without --plugins the pack cannot load: plugins are never discovered, not even beside the records.
    func testPluginsLoadOnlyFromNamedPaths() throws {
        let scratch = try Scratch()
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("plugins/external/evidence-check").path,
                                         toPath: scratch.url.appendingPathComponent("records/evidence-check").path)
        try scratch.write("records/ticket.yaml", """
        apiVersion: plumbline/v1
        kind: HazardTicket
        metadata: {id: HZ-1, project: 测试项目, discipline: lifting}
        spec: {level: general, description: a, status: open}

        """)
        let output = try PlumbProcess.run(["check", "records", "--rules", evidencePack], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("[pack/unknown-checker] rule EV-001: unknown checker 'evidence-check.files'"), output.stderr)
    }

    // MARK: - Misbehaving plugins

    /// Each misbehaving plugin: the documented error naming it, within its timeout + 1 s, every other finding
    /// intact, exit 2, and none of its processes left behind.
    func testMisbehavingPluginsFailAloneWithinTheirTimeout() throws {
        let cases: [(fixture: String, reason: String)] = [
            ("crash", "exited with status 3 while answering check request 1; it said: Traceback: boom, the database is gone"),
            ("hang", "did not answer within 1 s (answering check request 1); it was stopped"),
            ("garbage", "wrote something that is not a protocol message while answering check request 1: 'this is not json at all'; it was stopped"),
            ("wrong-id", "answered check request 1 with id 8; it was stopped"),
            ("oversized", "sent a line longer than 65536 bytes (answering check request 1); it was stopped"),
        ]
        for (name, reason) in cases {
            let scratch = try Scratch()
            let plugin = "fixture-\(name)"
            try scratch.write("pids/.keep", "")
            try scratch.write("pack.yaml", """
            pack: fixture-pack
            version: 1.0.0
            rules:
              - id: FX-001
                match: HazardTicket
                check: {id: \(plugin).check}

            """)
            try scratch.write("records/tickets.yaml", """
            apiVersion: plumbline/v1
            kind: HazardTicket
            metadata: {id: HZ-1, project: 测试项目, discipline: lifting, date: 2026-11-03}
            spec: {level: general, description: a, status: rectified, rectifiedAt: 2026-11-04, rectifiedBy: 周伟, rectification: {measures: m, owner: 周伟, funds: 0, deadline: 2026-11-05, contingency: c}}
            ---
            apiVersion: plumbline/v1
            kind: HazardTicket
            metadata: {id: HZ-2, project: 测试项目, discipline: lifting, date: 2026-11-03}
            spec: {level: general, description: b, status: rectified, rectifiedAt: 2026-11-01, rectifiedBy: 周伟, rectification: {measures: m, owner: 周伟, funds: 0, deadline: 2026-11-05, contingency: c}}

            """)
            let started = Date()
            let output = try PlumbProcess.run(["check", "records", "--plugins", fixture(name), "--rules", "pack.yaml", "--as-of", "2026-11-27"],
                                              in: scratch.url, environment: ["PLUMB_FIXTURE_PIDS": scratch.url.appendingPathComponent("pids").path])
            let elapsed = Date().timeIntervalSince(started)
            let failure = "plugin \(plugin) failed: \(reason)"
            XCTAssertEqual(output.status, 2, "\(name): \(output.stdout)\(output.stderr)")
            // The plugin's timeout is 1 s; the bound proves the run does not hang, with room for a loaded CI
            // machine (process start-up of plumb and python). The precise figure is measured, not asserted.
            XCTAssertLessThan(elapsed, 6.0, "\(name) took \(elapsed) s; its timeout is 1 s")
            XCTAssertEqual(output.stderr, "plumb: \(failure); the rules that call it were not run on some records (see plugin/failure findings)\n", name)
            XCTAssertEqual(PlumbProcess.headlines(output.stdout), """
            records/tickets.yaml:1:1: error: [plugin/failure] \(failure); rule FX-001 (check \(plugin).check) was not run on this record
            records/tickets.yaml:6:1: error: [plugin/failure] \(failure); rule FX-001 (check \(plugin).check) was not run on this record
            records/tickets.yaml:9:72: error: [RH-DATE-001] 整改完成日期 2026-11-01 早于隐患发现日期 2026-11-03
            2 records in 1 file: 3 errors, 0 warnings, 0 infos

            """, name)
            let pids = try FileManager.default.contentsOfDirectory(atPath: scratch.url.appendingPathComponent("pids").path).filter { $0.hasSuffix(".pid") }
            XCTAssertFalse(pids.isEmpty, "\(name) wrote no pid file")
            XCTAssertEqual(name == "hang" ? 2 : 1, pids.count, name)
            for file in pids {
                let text = try String(contentsOf: scratch.url.appendingPathComponent("pids/\(file)"), encoding: .utf8)
                let pid = try XCTUnwrap(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), file)
                XCTAssertTrue(isGone(pid), "\(name): process \(pid) (\(file)) outlived the run")
            }
        }
    }

    /// `plumb plugins test` runs the failing plugin's example and exits 2, naming it.
    func testPluginsTestReportsAFailingPlugin() throws {
        let output = try PlumbProcess.run(["plugins", "test", "--plugins", fixture("crash"), "--checker", "fixture-crash.check"])
        XCTAssertEqual(output.status, 2, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("FAIL  fixture-crash.check\n      \(fixture("crash"))/plugin.yaml:15: plugin fixture-crash failed: exited with status 3"),
                      output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("0 passed, 1 failed\n"), output.stdout)
    }

    /// An interrupted plumb stops the plugin's whole process group on its way out.
    func testInterruptedRunLeavesNoPluginProcess() throws {
        let scratch = try Scratch()
        try scratch.write("pids/.keep", "")
        try scratch.write("pack.yaml", "pack: p\nversion: 1.0.0\nrules:\n  - {id: FX-001, match: HazardTicket, check: {id: fixture-slow.check}}\n")
        try scratch.write("plugin/plugin.yaml", """
        id: fixture-slow
        version: 0.0.1
        protocolVersion: 1
        command: [sh, \(fixture("hang"))/hang.sh, fixture-slow]
        timeout: 60
        checks: [{id: fixture-slow.check, summary: hangs, kinds: [HazardTicket]}]

        """)
        try scratch.write("t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: lifting}\nspec: {level: general, description: a, status: open}\n")
        let process = Process()
        process.executableURL = PlumbProcess.binary
        process.arguments = ["check", "t.yaml", "--plugins", "plugin", "--rules", "pack.yaml", "--as-of", "2026-11-27"]
        process.currentDirectoryURL = scratch.url
        process.environment = ProcessInfo.processInfo.environment.merging(["PLUMB_FIXTURE_PIDS": scratch.url.appendingPathComponent("pids").path]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let childFile = scratch.url.appendingPathComponent("pids/fixture-slow-child.pid")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: childFile.path), Date() < deadline { usleep(20_000) }
        usleep(100_000)
        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130)
        for name in ["fixture-slow.pid", "fixture-slow-child.pid"] {
            let text = try String(contentsOf: scratch.url.appendingPathComponent("pids/\(name)"), encoding: .utf8)
            let pid = try XCTUnwrap(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
            XCTAssertTrue(isGone(pid), "process \(pid) (\(name)) outlived the interrupted run")
        }
    }

    // MARK: - Manifests and listing

    func testBrokenManifestsExitTwoNamingLineAndColumn() throws {
        let scratch = try Scratch()
        try scratch.write("plugins/bad/plugin.yaml", """
        id: bad
        version: 1.0.0
        protocolVersion: 1
        comand: [python3, bad.py]
        timeout: forever
        checks:
          - id: other.check
            summary: s
            options:
              depth: {type: lenght}

        """)
        try scratch.write("records/t.yaml", "apiVersion: plumbline/v1\nkind: HazardTicket\nmetadata: {id: HZ-1, project: p, discipline: lifting}\nspec: {level: general, description: a, status: open}\n")
        let expected = """
        plumb: plugins/bad/plugin.yaml:4:1: error: [plugin/unknown-key] unknown key 'comand' in a plugin manifest (did you mean 'command'?)
        plumb: plugins/bad/plugin.yaml:1:1: error: [plugin/missing-key] plugin bad needs 'command' (the program to run and its arguments, e.g. [python3, plugin.py])
        plumb: plugins/bad/plugin.yaml:5:10: error: [plugin/bad-value] 'timeout' should be seconds between 0 and 600 (e.g. 10, or "500 ms"), not 'forever'
        plumb: plugins/bad/plugin.yaml:7:9: error: [plugin/bad-value] check id 'other.check' should start with the plugin id: 'bad.…'
        plumb: plugins/bad/plugin.yaml:10:21: error: [plugin/bad-value] option type 'lenght' is not one of text, number, integer, boolean, date, quantity, list, any

        """
        for arguments in [["check", "records", "--plugins", "plugins/bad"], ["plugins", "list", "--plugins", "plugins/bad"]] {
            let output = try PlumbProcess.run(arguments, in: scratch.url)
            XCTAssertEqual(output.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(output.stderr, expected, arguments.joined(separator: " "))
            XCTAssertEqual(output.stdout, "")
        }
        let missing = try PlumbProcess.run(["plugins", "list", "--plugins", "nowhere"], in: scratch.url)
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "plumb: nowhere:1:1: error: [plugin/not-found] no such plugin file or folder\n")
    }

    func testPluginsListShowsBuiltInAndExternalPlugins() throws {
        let output = try PlumbProcess.run(["plugins", "list", "--plugins", externalPlugins])
        XCTAssertEqual(output.status, 0, output.stderr)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "excavation  0.1.0  in-process  excavation  基坑工程 (excavation)")
        XCTAssertTrue(lines.contains("  lifting.crane-verticality  Tower-crane verticality within 4/1000 free-standing and 2/1000 below the top tie"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("  function lec(number, number, number) -> number") })
        XCTAssertTrue(lines.contains("evidence-check  1.0.0  external  general  证据照片核查 (evidence files)  (\(externalPlugins)/evidence-check/plugin.yaml)"),
                      output.stdout)
        XCTAssertEqual(lines.last, "8 plugins, 19 checks")
    }

    func testEveryCheckerPassesItsExamplesBuiltInAndExternal() throws {
        let output = try PlumbProcess.run(["plugins", "test", "--plugins", externalPlugins])
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.contains("ok    evidence-check.files (6 examples)\n"), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("19 passed, 0 failed\n"), output.stdout)
    }

    // MARK: - Helpers

    /// Sets a file's modification time to local noon of an ISO day.
    private func setModified(_ path: String, in scratch: Scratch, to day: String) throws {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        let date = try XCTUnwrap(Calendar.current.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)))
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: scratch.url.appendingPathComponent(path).path)
    }

    /// Whether the process with this pid has ended: no such process, or a zombie whose parent died and which
    /// only awaits reaping by init (it runs nothing and holds nothing but its pid).
    private func isGone(_ pid: Int32) -> Bool {
        for _ in 0..<100 {
            if kill(pid, 0) != 0, errno == ESRCH { return true }
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z") {
                return true
            }
            usleep(20_000)
        }
        return false
    }
}
