import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlumbCore
import PlumbReport
import XCTest

/// What each format promises beyond its golden file: the grep-able line, carets, escaping, counts.
final class ReporterBehaviourTests: XCTestCase {
    let result = ReportFixture.result

    // MARK: text

    func testTheFirstLineOfEveryTextFindingIsTheGrepableOne() {
        let text = TextReporter().report(result)
        XCTAssertTrue(text.contains("\nrecords/ms-0417.yaml:12:22: error: [MS-EXC-002] 开挖深度 6.5 m 达到 5 m，应组织专家论证\n"), text)
        XCTAssertTrue(text.hasPrefix("plumb-waivers.yaml:9:11: info: [waiver/unused] the waiver of RH-REF-002 for record HZ-9 matched no finding; remove it\n"), text)
        XCTAssertTrue(text.contains("\n\nrecords/broken.yaml:2:1: error: [record/invalid-yaml] "), text)
    }

    func testTheCaretLandsUnderTheColumnCountingWideCharactersTwiceAndKeepingTabs() {
        let reporter = TextReporter()
        XCTAssertEqual(reporter.caretIndent("  status: 待整改", column: 11), String(repeating: " ", count: 10))
        XCTAssertEqual(reporter.caretIndent("  name: 高峰, date: x", column: 19), String(repeating: " ", count: 8) + "    " + String(repeating: " ", count: 8))
        XCTAssertEqual(reporter.caretIndent("\tkey: v", column: 3), "\t ")
        XCTAssertEqual(reporter.caretIndent("ab", column: 9), "  ", "a column past the end puts the caret after the text")
        let text = reporter.report(result)
        XCTAssertTrue(text.contains("  9 |   rectification: {deadline: 2026-11-04}\n    |               ^\n"), text)
    }

    func testWaivedFindingsAreShownAsWaivedAndCountedApart() {
        let text = TextReporter().report(result)
        XCTAssertTrue(text.contains("records/tickets/南湖站 tickets.yaml:9:15: warning (waived): [RH-DATE-004] "), text)
        XCTAssertTrue(text.contains("= waived: 整改期限经监理书面同意延期 (approved by 赵敏, expires 2027-01-31, ticket TM-2026-118) at plumb-waivers.yaml:3:5"), text)
        XCTAssertTrue(text.hasSuffix("3 records in 3 files: 2 errors, 1 warning, 2 infos, 1 waived; baseline plumb-baseline.json: 5 new, 2 unchanged (not shown), 1 fixed\n"), text)
    }

    func testColourOnlyWhenAsked() {
        XCTAssertFalse(TextReporter(useColour: false).report(result).contains("\u{1B}["))
        let coloured = TextReporter(useColour: true).report(result)
        XCTAssertTrue(coloured.contains("\u{1B}[1;31merror\u{1B}[0m: [MS-EXC-002]"), coloured)
    }

    func testShowHidesLessSevereFindingsButNotTheirCountsOrTheExitDecision() {
        var warningsUp = result
        warningsUp.shownSeverity = .warning
        let text = TextReporter().report(warningsUp)
        XCTAssertFalse(text.contains("[RH-NOTE-001]"))
        XCTAssertFalse(text.contains("[waiver/unused]"))
        XCTAssertTrue(text.contains("[record/unknown-field]"))
        XCTAssertTrue(text.contains(": 2 errors, 1 warning, 2 infos, 1 waived;"), text)
        XCTAssertTrue(text.contains("; 2 findings below warning not shown"), text)
        XCTAssertTrue(warningsUp.hasFindings(atOrAbove: .info), "--show does not change what fails the run")
        let json = JSONReporter().report(warningsUp)
        XCTAssertFalse(json.contains("RH-NOTE-001"))
    }

    func testWaivedFindingsNeverFailTheRun() {
        let waivedOnly = CheckResult(findings: [ReportFixture.findings[2]], recordCount: 1, fileCount: 1, asOf: ReportFixture.asOf)
        XCTAssertFalse(waivedOnly.hasFindings(atOrAbove: .info))
        XCTAssertEqual(waivedOnly.count(.warning), 0)
        XCTAssertEqual(waivedOnly.waivedCount, 1)
    }

    // MARK: json

    func testJSONSummaryCountsWaivedApartAndCarriesTheBaseline() throws {
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReporter().report(result).utf8)) as? [String: Any])
        XCTAssertEqual(json["summary"] as? [String: Int], ["records": 3, "errors": 2, "warnings": 1, "infos": 2, "waived": 1])
        let baseline = try XCTUnwrap(json["baseline"] as? [String: Any])
        XCTAssertEqual(baseline["file"] as? String, "plumb-baseline.json")
        XCTAssertEqual([baseline["new"], baseline["unchanged"], baseline["fixed"]].map { $0 as? Int }, [5, 2, 1])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 6)
        let waived = try XCTUnwrap(findings.first { $0["ruleId"] as? String == "RH-DATE-004" })
        let waiver = try XCTUnwrap(waived["waiver"] as? [String: Any])
        XCTAssertEqual(waiver["approvedBy"] as? String, "赵敏")
        XCTAssertEqual(waiver["expires"] as? String, "2027-01-31")
        XCTAssertNil(findings.first { $0["ruleId"] as? String == "MS-EXC-002" }?["waiver"], "unwaived findings have no waiver key")
    }

    // MARK: sarif

    func testSARIFLevelsIndexesSuppressionsAndRelativeURIs() throws {
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReporter().report(result).utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let rules = try XCTUnwrap(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, ReportFixture.rules.map(\.id))
        let help = try XCTUnwrap(rules[0]["help"] as? [String: String])
        XCTAssertTrue(help["text"]?.hasSuffix("Reference: 建办质〔2018〕31号 附件二 一") == true, "\(help)")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 6)
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
        }
        let levels = Dictionary(results.map { ($0["ruleId"] as! String, $0["level"] as! String) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(levels["MS-EXC-002"], "error")
        XCTAssertEqual(levels["record/unknown-field"], "warning")
        XCTAssertEqual(levels["RH-NOTE-001"], "note")
        let waived = try XCTUnwrap(results.first { $0["ruleId"] as? String == "RH-DATE-004" })
        let suppression = try XCTUnwrap((waived["suppressions"] as? [[String: String]])?.first)
        XCTAssertEqual(suppression["kind"], "external")
        XCTAssertEqual(suppression["status"], "accepted")
        let location = try XCTUnwrap(((waived["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: String])?["uri"], "records/tickets/%E5%8D%97%E6%B9%96%E7%AB%99%20tickets.yaml")
        XCTAssertEqual(location["region"] as? [String: Int], ["startLine": 9, "startColumn": 15])
        XCTAssertNil(results.first { $0["ruleId"] as? String == "MS-EXC-002" }?["suppressions"])
    }

    func testSARIFURIs() {
        XCTAssertEqual(SARIFReporter.uri("./records/a b.yaml"), "records/a%20b.yaml")
        XCTAssertEqual(SARIFReporter.uri("/abs/r#1.yaml"), "file:///abs/r%231.yaml")
    }

    // MARK: junit

    func testJUnitIsWellFormedXMLWithATestCasePerRecordAndAFailurePerFinding() throws {
        let xml = JUnitReporter().report(result)
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ElementCounter()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        // Three records, plus one case each for the broken file and the waivers file (findings outside any record).
        XCTAssertEqual(collector.counts["testcase"], 5)
        // Five unwaived findings fail; the waived one is listed in system-out.
        XCTAssertEqual(collector.counts["failure"], 5)
        XCTAssertEqual(collector.counts["system-out"], 1)
        XCTAssertTrue(xml.contains("<testsuites name=\"plumb\" tests=\"5\" failures=\"4\""), xml)
        XCTAssertTrue(xml.contains("<testcase classname=\"records/tickets/南湖站 tickets.yaml\" name=\"HazardTicket HZ-2026-0092\" file=\"records/tickets/南湖站 tickets.yaml\" line=\"14\"/>"), xml)
        XCTAssertTrue(xml.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"), xml)
    }

    // MARK: markdown, github, html

    func testMarkdownEscapesTableCellsAndCapsLongLists() {
        let markdown = MarkdownReporter().report(result)
        XCTAssertTrue(markdown.hasPrefix("### ❌ Plumbline: 2 errors, 1 warning, 2 infos\n"), markdown)
        XCTAssertTrue(markdown.contains("note &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \\| 50% , a:b<br>second line"), markdown)
        XCTAssertTrue(markdown.contains("<details><summary>1 waived finding</summary>"), markdown)
        let capped = MarkdownReporter(limit: 2).report(result)
        XCTAssertTrue(capped.contains("… and 3 more; see the full report."), capped)
        XCTAssertTrue(MarkdownReporter().report(ReportFixture.clean).hasPrefix("### ✅ Plumbline: 0 errors, 0 warnings, 0 infos\n"))
    }

    func testGitHubCommandsEscapeDataAndProperties() {
        let text = GitHubReporter().report(result)
        XCTAssertTrue(text.contains("::error file=records/ms-0417.yaml,line=12,col=22,title=MS-EXC-002::开挖深度 6.5 m 达到 5 m，应组织专家论证%0Areference: 建办质〔2018〕31号 附件二 一\n"), text)
        XCTAssertTrue(text.contains("::notice file=records/tickets/南湖站 tickets.yaml,line=10,col=3,title=RH-NOTE-001::note <script>alert(\"x\")</script> & | 50%25 , a:b%0Asecond line\n"), text)
        XCTAssertTrue(text.contains("::notice file=records/tickets/南湖站 tickets.yaml,line=9,col=15,title=RH-DATE-004 (waived)::"), text)
        XCTAssertEqual(GitHubReporter.property("a,b:c%"), "a%2Cb%3Ac%25")
        XCTAssertFalse(text.contains("::error file=records/tickets"), "a waived warning is never an error annotation")
    }

    func testHTMLIsSelfContainedAndEscaped() {
        let html = HTMLReporter().report(result)
        XCTAssertFalse(html.contains("<script"), "record text is escaped and the page has no script")
        XCTAssertTrue(html.contains("note &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; | 50% , a:b\nsecond line"), html)
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "nothing is fetched")
        XCTAssertTrue(html.contains("<tr class=\"waived\">"))
    }

    // MARK: fingerprints

    func testFingerprintsIgnoreLinesAndPositionsInMessages() {
        let finding = ReportFixture.findings[1]
        var shifted = finding
        shifted.location.line += 7
        shifted.location.column += 2
        XCTAssertEqual(finding.fingerprint, shifted.fingerprint)
        var other = finding
        other.ruleId = "MS-EXC-003"
        XCTAssertNotEqual(finding.fingerprint, other.fingerprint)
        var duplicate = Finding(ruleId: "record/duplicate-id", severity: .error, message: "metadata.id 'HZ-1' is already used by the HazardTicket at a.yaml:3:16",
                                location: SourceLocation(file: "b.yaml", line: 4, column: 16), recordId: "HZ-1")
        let before = duplicate.fingerprint
        duplicate.message = "metadata.id 'HZ-1' is already used by the HazardTicket at a.yaml:13:16"
        XCTAssertEqual(before, duplicate.fingerprint, "line numbers inside messages are blanked")
        duplicate.message = "metadata.id 'HZ-2' is already used by the HazardTicket at a.yaml:13:16"
        XCTAssertNotEqual(before, duplicate.fingerprint, "other digits count")
        XCTAssertEqual(finding.fingerprint.count, 16)
    }
}

/// Counts XML elements by name.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[elementName, default: 0] += 1
    }
}
