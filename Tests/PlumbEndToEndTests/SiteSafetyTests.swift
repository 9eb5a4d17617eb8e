import Foundation
import XCTest

/// The shipped site-safety pack: its rules call the in-process discipline checkers on real records, and the
/// findings point at the measured values.
final class SiteSafetyTests: XCTestCase {
    func testCheckersJudgeMeasurementsAndDesignData() throws {
        let scratch = try Scratch()
        try scratch.write("records.yaml", """
        apiVersion: plumbline/v1
        kind: InspectionRecord
        metadata: {id: IR-2026-1127-02, project: 南湖站, discipline: lifting, date: 2026-11-27}
        spec:
          checklist: nh-jgj59-b16-tower-crane
          items: [{id: TC-01, result: pass}]
          measurements:
            crane:
              verticality: [{crane: 1#塔吊, section: free-standing, deviation: 200 mm, height: 46 m}]
              limiters: [{crane: 1#塔吊, device: 力矩限制器, cutoff: 112%}]
        ---
        apiVersion: plumbline/v1
        kind: MethodStatement
        metadata: {id: MS-2026-0430, project: 南湖站, discipline: scaffolding, date: 2026-11-01}
        spec:
          category: special-plan
          parameters: {scaffoldType: ground-standing, scaffoldHeight: 52 m}
          design:
            scaffold:
              tieSteps: 3
              tieBays: 3
              scissorBracing: continuous
              sweepRodHeight: 250 mm
        ---
        apiVersion: plumbline/v1
        kind: RiskAssessment
        metadata: {id: RA-1, project: 南湖站}
        spec:
          method: LEC
          risks:
            - {id: R-01, L: 4, E: 6, C: 40, level: major, controlLevel: company, measures: [a], owner: b}

        """)
        let output = try PlumbProcess.run(["check", "records.yaml", "--only-rules", PlumbProcess.packageRoot.appendingPathComponent("rules/site-safety").path,
                                           "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertEqual(PlumbProcess.headlines(output.stdout), """
        records.yaml:9:70: error: [SS-LFT-001] 1#塔吊独立状态塔身垂直度 4.35/1000（偏差 200 mm / 高度 46 m）超过 4/1000
        records.yaml:10:55: error: [SS-LFT-003] 1#塔吊力矩限制器在额定值的 112% 才切断起升，应在 110% 之前切断
        records.yaml:20:17: error: [SS-SCF-001] 搭设高度 52 m（超过 50 m）连墙件竖向间距 3 步，不应大于 2 步
        records.yaml:23:23: warning: [SS-SCF-003] 纵向扫地杆距底座上皮 250 mm，不应大于 200 mm
        3 records in 1 file: 3 errors, 1 warning, 0 infos

        """)
    }

    /// A rule whose match reaches kinds its checker does not read is a load error, not a silent no-op.
    func testACheckerCalledOnKindsItDoesNotReadIsALoadError() throws {
        let scratch = try Scratch()
        try scratch.write("pack.yaml", """
        pack: demo
        version: 1.0.0
        rules:
          - id: D-001
            match: [HazardTicket, InspectionRecord]
            check: {id: lifting.limiters, options: {cutoffBelow: 110 kN}}

        """)
        let output = try PlumbProcess.run(["rules", "list", "--only-rules", "pack.yaml"], in: scratch.url)
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, """
        plumb: pack.yaml:6:17: error: [pack/bad-value] rule D-001: checker lifting.limiters reads InspectionRecord, not HazardTicket; narrow the rule's match
        plumb: pack.yaml:6:58: error: [pack/bad-checker-options] rule D-001: checker lifting.limiters 'options.cutoffBelow' is '110 kN': kN is a unit of force (力), but this field is a ratio (百分比) in %

        """)
    }
}
