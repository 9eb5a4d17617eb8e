import Foundation
import XCTest

/// plumb.yaml through the binary: found upward, every setting applied, the command line winning,
/// and every mistake an exit 2 naming the file, line and column.
final class ConfigurationTests: XCTestCase {
    func project(_ configuration: String) throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("plumb.yaml", configuration)
        try scratch.write("records/a.yaml", Fixtures.ticket("HZ-1", level: "bad"))
        try scratch.write("records/drafts/b.yaml", Fixtures.ticket("HZ-2", extra: ["statuss: x"]))
        return scratch
    }

    func testTheFileIsFoundFromASubfolderAndItsPathsAreRelativeToIt() throws {
        let scratch = try project("paths: [records]\nexclude: [drafts]\n")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("deep/er"), withIntermediateDirectories: true)
        let output = try PlumbProcess.run(["check"], in: scratch.url.appendingPathComponent("deep/er"))
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("../../records/a.yaml:9:10: error: [record/bad-enum]"), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("1 record in 1 file: 1 error, 0 warnings, 0 infos\n"), "drafts/ is excluded:\n" + output.stdout)
    }

    func testSettingsApplyAndTheCommandLineWins() throws {
        let scratch = try project("""
        # 项目配置
        paths: [records]
        severity:
          record/bad-enum: warning
        disable: [record/unknown-field]
        formats: [json]
        failOn: warning
        show: warning
        """)
        let configured = try PlumbProcess.run(["check"], in: scratch.url)
        XCTAssertEqual(configured.status, 1, "failOn: warning fails on the downgraded finding")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(configured.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["summary"] as? [String: Int], ["records": 2, "errors": 0, "warnings": 1, "infos": 0, "waived": 0])
        XCTAssertEqual((json["findings"] as? [[String: Any]])?.map { $0["ruleId"] as? String }, ["record/bad-enum"])

        let overridden = try PlumbProcess.run(["check", "records/a.yaml", "--format", "text", "--fail-on", "error"], in: scratch.url)
        XCTAssertEqual(overridden.status, 0, "--fail-on error wins over failOn: warning")
        XCTAssertTrue(overridden.stdout.hasPrefix("records/a.yaml:9:10: warning: [record/bad-enum]"), overridden.stdout)

        let ignored = try PlumbProcess.run(["check", "records", "--no-config"], in: scratch.url)
        XCTAssertEqual(ignored.status, 1)
        XCTAssertTrue(ignored.stdout.contains("records/a.yaml:9:10: error: [record/bad-enum]"), ignored.stdout)
        XCTAssertTrue(ignored.stdout.contains("records/drafts/b.yaml:12:3: warning: [record/unknown-field]"), ignored.stdout)
    }

    func testPacksParametersIncludeAndConfigFileOption() throws {
        let scratch = try Scratch()
        try scratch.write("ci/plumb.yaml", """
        packs: [packs]
        parameters:
          funds.maxFunds: 2000
        include: ["records/**/*.yaml"]
        waivers: waivers.yaml
        """)
        try scratch.write("ci/packs/funds.yaml", """
        pack: funds
        version: 1.0.0
        parameters:
          maxFunds: {type: number, default: 5000}
        rules:
          - id: F-001
            match: HazardTicket
            assert: spec.rectification.funds <= params.maxFunds
            message: funds {spec.rectification.funds} over {params.maxFunds}
        """)
        try scratch.write("ci/waivers.yaml", "[]\n")
        try scratch.write("records/t.yaml", Fixtures.ticket("HZ-1", extra: ["rectification: {funds: 3000}"]))
        try scratch.write("records/t.json", "{}")
        let output = try PlumbProcess.run(["check", "records", "--config", "ci/plumb.yaml", "--only-rules", "ci/packs"], in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stdout.hasPrefix("records/t.yaml:12:26: error: [F-001] funds 3000 over 2000"), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("1 record in 1 file: 1 error, 0 warnings, 0 infos\n"), "t.json is not included:\n" + output.stdout)
        let set = try PlumbProcess.run(["check", "records", "--config", "ci/plumb.yaml", "--only-rules", "ci/packs", "--set", "funds.maxFunds=4000"], in: scratch.url)
        XCTAssertEqual(set.status, 0, "--set wins over parameters: " + set.stdout)
    }

    func testReviewKPIAndRulesReadTheSameConfigurationAsCheck() throws {
        let scratch = try Scratch()
        try scratch.write("plumb.yaml", """
        paths: [plans, records]
        severity:
          MS-CH-003: warning
        disable: [MS-APR-003]
        """)
        let root = PlumbProcess.packageRoot.appendingPathComponent("examples/review")
        for name in ["ms-ba-03-formwork-hazardous.yaml", "ms-ba-05-lifting-hazardous.yaml"] {
            try scratch.write("plans/" + name, String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
        }
        try scratch.write("records/t.yaml", Fixtures.ticket("HZ-1"))
        try scratch.write("elsewhere/t.yaml", Fixtures.ticket("HZ-2"))

        // review: MS-CH-003 is only a warning and MS-APR-003 is off, so both plans can be approved.
        let configured = try PlumbProcess.run(["review", "plans", "--as-of", "2026-11-27", "--format", "json"], in: scratch.url)
        XCTAssertEqual(configured.status, 0, configured.stdout + configured.stderr)
        let unconfigured = try PlumbProcess.run(["review", "plans", "--as-of", "2026-11-27", "--no-config"], in: scratch.url)
        XCTAssertEqual(unconfigured.status, 1, "without plumb.yaml both plans need revising: " + unconfigured.stdout)

        // kpi: plumb.yaml's paths when none are given.
        let kpi = try PlumbProcess.run(["kpi", "--as-of", "2026-11-27", "--format", "json"], in: scratch.url)
        XCTAssertEqual(kpi.status, 0, kpi.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(kpi.stdout.utf8)) as? [String: Any])
        let overall = try XCTUnwrap((report["kpi"] as? [String: Any])?["overall"] as? [String: Any])
        XCTAssertEqual(overall["recordCount"] as? Int, 3, "two plans and the ticket under records/, not elsewhere/")

        // rules list / show: the settings as plumb.yaml makes them.
        let list = try PlumbProcess.run(["rules", "list"], in: scratch.url)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("  MS-CH-003  warning  MethodStatement  "), list.stdout)
        XCTAssertTrue(list.stdout.contains("  MS-APR-003  off  MethodStatement  "), list.stdout)
        let show = try PlumbProcess.run(["rules", "show", "MS-APR-003"], in: scratch.url)
        XCTAssertTrue(show.stdout.contains("  severity:    error (plumb.yaml: off)"), show.stdout)
        let plain = try PlumbProcess.run(["rules", "show", "MS-APR-003", "--no-config"], in: scratch.url)
        XCTAssertTrue(plain.stdout.contains("  severity:    error\n"), plain.stdout)
    }

    func testRulesTestKeepsDefaultParametersAndRulesListOnlyWarnsAboutUnknownSettings() throws {
        let scratch = try Scratch()
        try scratch.write("plumb.yaml", """
        parameters:
          record-hygiene.idPattern: "^HZ-[0-9]+$"
        disable: [MS-CH-99]
        """)
        // Examples are written against the packs' defaults: a project's parameters do not make them fail.
        let test = try PlumbProcess.run(["rules", "test", "--rule", "RH-ID-001", "--rule", "RH-DATE-001"], in: scratch.url)
        XCTAssertEqual(test.status, 0, test.stdout + test.stderr)
        XCTAssertTrue(test.stdout.hasSuffix("2 passed, 0 failed\n"), test.stdout)

        // list and show warn about a setting for no rule (they are where one looks the id up); check stops.
        let list = try PlumbProcess.run(["rules", "list"], in: scratch.url)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.hasSuffix(" rules\n"), list.stdout)
        XCTAssertTrue(list.stderr.contains("plumb.yaml:3:11: warning: [config/unknown-rule] no rule 'MS-CH-99'"), list.stderr)
        XCTAssertTrue(list.stderr.contains("did you mean 'MS-CH-009'"), list.stderr)
        let check = try PlumbProcess.run(["check", "."], in: scratch.url)
        XCTAssertEqual(check.status, 2, check.stdout + check.stderr)
    }

    /// Each broken configuration: exit 2, stderr names plumb.yaml's line and column, nothing is checked.
    func testConfigurationErrorsExitTwoNamingLineAndColumn() throws {
        let cases: [(name: String, configuration: String, expected: String)] = [
            ("unknown key", "paths: [records]\npakcs: [rules]\n",
             "plumb: plumb.yaml:2:1: error: [config/unknown-key] unknown key 'pakcs' (did you mean 'packs'?); known keys: paths, packs, parameters, severity, disable, include, exclude, plugins, waivers, baseline, formats, failOn, show\n"),
            ("malformed YAML", "paths: [records\n", "plumb: plumb.yaml:2:1: error: [config/invalid-yaml] while parsing a flow sequence (at 1:8): did not find expected ',' or ']'"),
            ("bad glob", "exclude:\n  - 'records/[a-'\n", "plumb: plumb.yaml:2:5: error: [config/bad-glob] 'exclude' pattern 'records/[a-': '[' opens a character class that is never closed with ']'\n"),
            ("glob with **", "include: ['records/a**']\n", "plumb: plumb.yaml:1:11: error: [config/bad-glob] 'include' pattern 'records/a**': '**' must be a whole path segment, as in 'a/**/b'\n"),
            ("unknown format", "formats: [sarif, txt]\n", "plumb: plumb.yaml:1:18: error: [config/unknown-format] unknown format 'txt' (did you mean 'text'?)"),
            ("bad failOn", "failOn: sometimes\n", "plumb: plumb.yaml:1:9: error: [config/bad-value] 'failOn' is 'sometimes', not one of error, warning, info, never\n"),
            ("bad severity", "severity: {record/bad-enum: fatal}\n", "plumb: plumb.yaml:1:29: error: [config/bad-value] severity of 'record/bad-enum' is 'fatal', not one of error, warning, info, off\n"),
            ("unknown rule", "disable: [RH-DATE-01]\n", "plumb: plumb.yaml:1:11: error: [config/unknown-rule] no rule 'RH-DATE-01' (did you mean 'RH-DATE-001'?)\n"),
            ("unknown parameter", "parameters:\n  record-hygiene.futureToleranceDayz: 3\n",
             "plumb: plumb.yaml:2:3: error: [pack/unknown-parameter] pack 'record-hygiene' has no parameter 'futureToleranceDayz' (did you mean 'futureToleranceDays'?)\n"),
            ("not a mapping", "- records\n", "plumb: plumb.yaml:1:1: error: [config/bad-value] plumb.yaml should be a mapping of settings (packs:, waivers:, ...), not a list\n"),
            ("wrong type", "waivers: [a, b]\n", "plumb: plumb.yaml:1:10: error: [config/bad-value] 'waivers' should be text, not list '[2 items]'\n"),
        ]
        for (name, configuration, expected) in cases {
            let scratch = try project(configuration)
            // Every command that reads plumb.yaml stops the same way.
            for command in ["check", "review", "kpi"] {
                let output = try PlumbProcess.run([command, "records"], in: scratch.url)
                XCTAssertEqual(output.status, 2, "\(command): \(name)")
                XCTAssertTrue(output.stderr.hasPrefix(expected), "\(command): \(name):\n\(output.stderr)")
                XCTAssertEqual(output.stdout, "", "\(command): \(name): nothing is checked")
            }
        }
    }

    func testEveryProblemIsReportedAtOnce() throws {
        let scratch = try project("pakcs: []\nshow: loud\nexclude: ['[']\n")
        let output = try PlumbProcess.run(["check", "records"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        let places = output.stderr.split(separator: "\n").map { line in line.split(separator: "]").first.map(String.init) ?? "" }
        XCTAssertEqual(places, [
            "plumb: plumb.yaml:1:1: error: [config/unknown-key",
            "plumb: plumb.yaml:2:7: error: [config/bad-value",
            "plumb: plumb.yaml:3:11: error: [config/bad-glob",
        ])
    }

    func testAMissingConfigFileExitsTwo() throws {
        let scratch = try Scratch()
        let output = try PlumbProcess.run(["check", "--config", "nope.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "plumb: nope.yaml: no such configuration file\n")
    }

    func testInitWritesAStarterThatLoadsAndRefusesToOverwrite() throws {
        let scratch = try Scratch()
        try scratch.write("records/a.yaml", Fixtures.ticket("HZ-1"))
        let first = try PlumbProcess.run(["init"], in: scratch.url)
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try String(contentsOf: scratch.url.appendingPathComponent("plumb.yaml"), encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("# plumb.yaml: project configuration for Plumbline"), written)
        for key in ["paths", "packs", "parameters", "severity", "disable", "include", "exclude", "plugins", "waivers", "baseline", "formats", "failOn", "show"] {
            XCTAssertTrue(written.contains("\(key):"), "the starter mentions \(key)")
        }
        let check = try PlumbProcess.run(["check", "records"], in: scratch.url)
        XCTAssertEqual(check.status, 0, "the starter file is valid: " + check.stderr)

        try scratch.write("plumb.yaml", "paths: [mine]\n")
        let again = try PlumbProcess.run(["init"], in: scratch.url)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stderr, "plumb: plumb.yaml already exists; use --force to overwrite it\n")
        XCTAssertEqual(try String(contentsOf: scratch.url.appendingPathComponent("plumb.yaml"), encoding: .utf8), "paths: [mine]\n")
        let forced = try PlumbProcess.run(["init", "--force"], in: scratch.url)
        XCTAssertEqual(forced.status, 0)
        XCTAssertEqual(try String(contentsOf: scratch.url.appendingPathComponent("plumb.yaml"), encoding: .utf8), written)
    }
}
