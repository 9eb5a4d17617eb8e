import Foundation
import PlumbCore
import PlumbPluginHost
import XCTest

/// An external plugin driven through the Checker API: batches split by batchSize, per-record errors, and
/// a handshake in the wrong protocol version.
final class ExternalPluginTests: XCTestCase {
    private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plugins").path

    private func plugin(_ mode: String, batchSize: Int = 64) -> ExternalPlugin {
        let check = CheckDeclaration(id: "fixture-\(mode).check", summary: "s", details: nil, kinds: [.hazardTicket], disciplines: [],
                                     optionsSchema: ObjectSchema([]), optionDefaults: [:], references: [], examples: [])
        return ExternalPlugin(manifest: PluginManifest(
            id: "fixture-\(mode)", version: "0.0.1", protocolVersion: 1, title: "fixture", description: nil, disciplines: [],
            command: ["python3", "\(fixtures)/misbehave.py", mode, "fixture-\(mode)"], timeout: 5, maxResponseBytes: 65_536,
            batchSize: batchSize, checks: [check], file: "\(fixtures)/plugin.yaml", folder: fixtures))
    }

    private func requests(_ count: Int) -> [CheckerRequest] {
        (1...count).map { number in
            let record = Record(kind: .hazardTicket, id: "HZ-\(number)", file: "t.yaml", value: Value(.mapping(Mapping())))
            return CheckerRequest(record: record, options: Value(.mapping(Mapping())),
                                  context: EvaluationContext(record: record, parameters: [:], asOf: CalendarDate(year: 2026, month: 11, day: 27)!, index: .empty))
        }
    }

    private func describe(_ result: Result<[CheckerFinding], any Error>) -> String {
        switch result {
        case .success(let findings): findings.map { "\($0.path ?? "-"): \($0.message)" }.joined(separator: "; ")
        case .failure(let error): "failed: \(error)"
        }
    }

    func testBatchesAreSplitAndARecordErrorStaysWithItsRecord() throws {
        let partial = plugin("partial", batchSize: 2)
        defer { partial.shutdown() }
        let checker = try XCTUnwrap(partial.plugin.checkers.first)
        let results = checker.check(batch: requests(3)).map(describe)
        XCTAssertEqual(results, [
            "spec.level: seen HZ-1 on 2026-11-27",
            "failed: plugin fixture-partial failed: could not check record HZ-2: cannot read HZ-2",
            "spec.level: seen HZ-3 on 2026-11-27",
        ])
        // The plugin is still running: a record error does not stop it.
        XCTAssertEqual(checker.check(batch: requests(1)).map(describe), ["spec.level: seen HZ-1 on 2026-11-27"])
    }

    func testAWrongProtocolVersionFailsEveryRequest() throws {
        let old = plugin("old")
        defer { old.shutdown() }
        let checker = try XCTUnwrap(old.plugin.checkers.first)
        let expected = "failed: plugin fixture-old failed: speaks protocol version 2; plumb speaks 1; it was stopped"
        XCTAssertEqual(checker.check(batch: requests(2)).map(describe), [expected, expected])
        XCTAssertEqual(checker.check(batch: requests(1)).map(describe), [expected], "a failed plugin is not started again")
    }
}
