import Foundation
import XCTest

/// `plumb checklist run`: piped answers, early end of input, bad input re-asked, resume, and a real
/// terminal (a pseudo-terminal driven by Python's pty module) interrupted with Ctrl-C.
final class ChecklistRunTests: XCTestCase {
    let start = ["checklist", "run", "jgj59-b17-tower-crane", "--project", "南湖站", "--site", "3#塔吊", "--inspector", "陈刚",
                 "--date", "2026-11-27", "--id", "IR-20261127-01", "--out", "records/ir.yaml"]

    func testPipedAnswersWriteTheRecordAndATicketPerFailedItem() throws {
        let scratch = try Scratch()
        // TC-01 p; TC-02 fail −4 with note and two photos; TC-03..TC-04 p; TC-05 n/a with a note; TC-06..TC-09 p; TC-10 不合格, Enter = all 10 points.
        let answers = ["p", "f", "4", "幅度限位器失灵", "photos/a.jpg; photos/b.jpg", "p", "合格", "n", "单塔作业", "p", "p", "p", "p", "不合格", "", "", ""]
        let output = try PlumbProcess.run(start, in: scratch.url, input: answers.joined(separator: "\n") + "\n")
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        let record = try String(contentsOf: scratch.url.appendingPathComponent("records/ir.yaml"), encoding: .utf8)
        XCTAssertTrue(record.contains("  checklist: jgj59-b17-tower-crane\n"))
        XCTAssertTrue(record.contains("""
              - id: TC-02
                result: fail
                deduction: 4
                note: 幅度限位器失灵
                evidence: [photos/a.jpg, photos/b.jpg]
                hazard: HZ-20261127-01-TC-02

            """), record)
        XCTAssertTrue(record.contains("  - id: TC-05\n    result: na\n    note: 单塔作业\n"), record)
        XCTAssertTrue(record.contains("  - id: TC-10\n    result: fail\n    deduction: 10\n    hazard: HZ-20261127-01-TC-10\n"), record)
        let tickets = try String(contentsOf: scratch.url.appendingPathComponent("records/ir.tickets.yaml"), encoding: .utf8)
        XCTAssertEqual(tickets.components(separatedBy: "kind: HazardTicket").count - 1, 2)
        XCTAssertTrue(tickets.contains("  level: major\n  majorCriterion: \"2024-8.4\"\n  description: 行程限位装置：幅度限位器失灵\n"), tickets)
        XCTAssertTrue(tickets.contains("  rectification:\n    measures:\n    owner:\n    funds:\n    deadline: 2026-11-28\n    contingency:\n  status: open\n"), tickets)
        XCTAssertTrue(tickets.contains("  id: HZ-20261127-01-TC-10\n"))
        XCTAssertTrue(tickets.contains("  level: general\n  description: 电气安全不合格\n"), "TC-10: general, 7 days")
        XCTAssertTrue(tickets.contains("    deadline: 2026-12-04\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("records/ir.yaml.progress.yaml").path),
                       "a finished run leaves no progress file")
        // (10 − 4 + 10 × 7 + 0) = 76 of 90 → 84.44; the TC-02 deduction leaves guarantee items at 46 ≥ 40.
        XCTAssertTrue(output.stdout.contains("  得分 84.44（应得 90，实得 76，缺项按 实得÷应得×100 折算）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  HZ-20261127-01-TC-02  重大事故隐患  整改期限 2026-11-28  依据 2024-8.4  行程限位装置\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("重大事故隐患：立即停止相关部位作业"))
        // What the run wrote passes the project's own checks.
        let check = try PlumbProcess.run(["check", "records", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertEqual(check.stdout, "3 records in 2 files: 0 errors, 0 warnings, 0 infos\n")
    }

    func testInputEndingEarlyKeepsEveryAnswerAndExitsThree() throws {
        let scratch = try Scratch()
        let output = try PlumbProcess.run(start, in: scratch.url, input: "p\nf\n3\n吊钩防脱装置缺失\n")
        XCTAssertEqual(output.status, 3, output.stderr)
        XCTAssertTrue(output.stderr.contains("input ended with 9 of 10 items unanswered (TC-02, TC-03"), output.stderr)
        XCTAssertTrue(output.stderr.contains("Resume with: plumb checklist run --resume records/ir.yaml"), output.stderr)
        let progressURL = scratch.url.appendingPathComponent("records/ir.yaml.progress.yaml")
        let progress = try String(contentsOf: progressURL, encoding: .utf8)
        XCTAssertTrue(progress.contains("- id: TC-01\n  result: pass\n  deduction: 0\n  stage: done\n"), progress)
        XCTAssertTrue(progress.contains("- id: TC-02\n  result: fail\n  deduction: 3\n  note: 吊钩防脱装置缺失\n  stage: evidence\n"), progress)
        XCTAssertTrue(progress.contains("position: TC-02\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("records/ir.yaml").path))

        // Resume: the evidence of TC-02 is asked first, nothing given before is asked again.
        let rest = ["photos/tc02.jpg", "p", "p", "p", "p", "p", "p", "p", "p"]
        let resumed = try PlumbProcess.run(["checklist", "run", "--resume", "records/ir.yaml"], in: scratch.url, input: rest.joined(separator: "\n") + "\n")
        XCTAssertEqual(resumed.status, 0, resumed.stdout + resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("继续上次的检查：已答 1 项。"), resumed.stdout)
        XCTAssertFalse(resumed.stdout.contains("[1/10]"), "TC-01 is not asked again")
        let record = try String(contentsOf: scratch.url.appendingPathComponent("records/ir.yaml"), encoding: .utf8)
        XCTAssertTrue(record.contains("    deduction: 3\n    note: 吊钩防脱装置缺失\n    evidence: [photos/tc02.jpg]\n    hazard: HZ-20261127-01-TC-02\n"), record)
        XCTAssertFalse(FileManager.default.fileExists(atPath: progressURL.path))
    }

    func testTheSameCommandAgainResumesTheSavedRun() throws {
        let scratch = try Scratch()
        XCTAssertEqual(try PlumbProcess.run(start, in: scratch.url, input: "p\np\n").status, 3)
        let again = try PlumbProcess.run(start, in: scratch.url, input: "q\n")
        XCTAssertEqual(again.status, 3)
        XCTAssertTrue(again.stdout.contains("A run is already saved in records/ir.yaml.progress.yaml: resuming it."), again.stdout)
        XCTAssertTrue(again.stdout.contains("[3/10] TC-03"), again.stdout)
        XCTAssertTrue(again.stderr.contains("stopped with 8 of 10 items unanswered"), again.stderr)
    }

    func testBadInputIsAskedAgainAndCommandsMoveAround() throws {
        let scratch = try Scratch()
        let answers = [
            "maybe",            // not a result: asked again
            "skip",             // TC-01 left for later → TC-02
            "f", "15", "abc", "-1", "2", "", "",  // deduction over the 10 points, not a number, negative: asked again; then 2
            "back",             // back to TC-02 (answered): Enter keeps it
            "",
            "goto TC-09", "p",  // jump ahead; the run goes on to TC-10, then wraps to the first unanswered (TC-01)
            "list",
            "p",                // TC-10
            "p", "p", "p", "p", "p", "p", "p",  // TC-01, TC-03..TC-08
        ]
        let output = try PlumbProcess.run(start, in: scratch.url, input: answers.joined(separator: "\n") + "\n")
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.contains("  ✗ 'maybe' 不是结果或命令"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  ✗ 扣分 15 超出 0～10：不得超过该项应得分\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  ✗ 扣分应为 0～10 之间的数（Enter 取 10）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  ✗ 扣分 -1 超出 0～10"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  已答: 不合格 扣 2 分（Enter 保留）\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  1. TC-01 载荷限制装置 — 未答\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("→ 10. TC-10 电气安全 — 未答\n"), "after TC-09 the run goes on to the next unanswered item")
        XCTAssertTrue(output.stdout.contains("  9. TC-09 结构设施 — 合格\n"), output.stdout)
        let record = try String(contentsOf: scratch.url.appendingPathComponent("records/ir.yaml"), encoding: .utf8)
        XCTAssertTrue(record.contains("  - id: TC-02\n    result: fail\n    deduction: 2\n    hazard: HZ-20261127-01-TC-02\n"), record)
        XCTAssertEqual(record.components(separatedBy: "result: pass").count - 1, 9)
    }

    func testAnUnscoredHiddenHazardListRaisesMajorTicketsCitingTheArticle() throws {
        let scratch = try Scratch()
        // Art. 8 has nine items: A8-04 fails (no deduction is asked: the list is unscored), the rest pass.
        let answers = ["p", "p", "p", "f", "力矩限制器被短接", "photos/a8.jpg"] + Array(repeating: "p", count: 5)
        let output = try PlumbProcess.run(["checklist", "run", "major-hazards-2024-art8-lifting", "--project", "南湖站", "--site", "1#塔吊",
                                           "--date", "2026-11-27", "--id", "IR-ZD-01", "--out", "zd.yaml"],
                                          in: scratch.url, input: answers.joined(separator: "\n") + "\n")
        XCTAssertEqual(output.status, 0, output.stdout + output.stderr)
        XCTAssertFalse(output.stdout.contains("扣分 0～"), "an unscored list asks no deduction")
        XCTAssertFalse(output.stdout.contains("得分"), "and prints no score")
        let record = try String(contentsOf: scratch.url.appendingPathComponent("zd.yaml"), encoding: .utf8)
        XCTAssertTrue(record.contains("  - id: A8-04\n    result: fail\n    note: 力矩限制器被短接\n    evidence: [photos/a8.jpg]\n    hazard: HZ-ZD-01-A8-04\n"), record)
        XCTAssertFalse(record.contains("deduction"))
        let tickets = try String(contentsOf: scratch.url.appendingPathComponent("zd.tickets.yaml"), encoding: .utf8)
        XCTAssertTrue(tickets.contains("  level: major\n  majorCriterion: \"2024-8.4\"\n"), tickets)
        XCTAssertTrue(tickets.contains("    deadline: 2026-11-28\n"), tickets)
        let check = try PlumbProcess.run(["check", ".", "--as-of", "2026-11-27"], in: scratch.url)
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
    }

    func testUsageErrorsExitTwo() throws {
        let scratch = try Scratch()
        let noSite = try PlumbProcess.run(["checklist", "run", "jgj59-b17-tower-crane", "--project", "南湖站"], in: scratch.url)
        XCTAssertEqual(noSite.status, 2)
        XCTAssertTrue(noSite.stderr.contains("--site is required"), noSite.stderr)
        let unknown = try PlumbProcess.run(["checklist", "run", "no-such-list", "--project", "p", "--site", "s"], in: scratch.url)
        XCTAssertEqual(unknown.status, 2)
        let nothingSaved = try PlumbProcess.run(["checklist", "run", "--resume", "nothing.yaml"], in: scratch.url)
        XCTAssertEqual(nothingSaved.status, 2)
        XCTAssertTrue(nothingSaved.stderr.contains("no saved run at nothing.yaml.progress.yaml"), nothingSaved.stderr)
        try scratch.write("records/ir.yaml", "done before\n")
        let exists = try PlumbProcess.run(start, in: scratch.url, input: "p\n")
        XCTAssertEqual(exists.status, 2)
        XCTAssertTrue(exists.stderr.contains("records/ir.yaml already exists"), exists.stderr)
        XCTAssertEqual(try String(contentsOf: scratch.url.appendingPathComponent("records/ir.yaml"), encoding: .utf8), "done before\n")
    }

    func testACorruptProgressFileIsReportedWithItsPlace() throws {
        let scratch = try Scratch()
        XCTAssertEqual(try PlumbProcess.run(start, in: scratch.url, input: "p\n").status, 3)
        let url = scratch.url.appendingPathComponent("records/ir.yaml.progress.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "result: pass", with: "result: perhaps")
        try Data(text.utf8).write(to: url)
        let output = try PlumbProcess.run(["checklist", "run", "--resume", "records/ir.yaml"], in: scratch.url, input: "p\n")
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("records/ir.yaml.progress.yaml:15:3: error: [checklist/bad-progress]"), output.stderr)
    }

    /// A real terminal: answer three items, press Ctrl-C at the fourth prompt, resume, finish.
    func testCtrlCInATerminalLosesNothingAndTheRunResumes() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 drives the pseudo-terminal")
        let scratch = try Scratch()
        let driver = try scratch.write("drive.py", Self.ptyDriver)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [driver.path, PlumbProcess.binary.path, scratch.url.path]
        let outURL = scratch.url.appendingPathComponent("driver.out")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = out
        try process.run()
        process.waitUntilExit()
        try out.close()
        let transcript = try String(contentsOf: outURL, encoding: .utf8)
        XCTAssertEqual(process.terminationStatus, 0, transcript)
        XCTAssertTrue(transcript.contains("FIRST EXIT 130"), transcript)
        XCTAssertTrue(transcript.contains("FIRST SAID interrupted"), transcript)
        XCTAssertTrue(transcript.contains("PROGRESS KEPT TC-03"), transcript)
        XCTAssertTrue(transcript.contains("RESUMED AT [4/10]"), transcript)
        XCTAssertTrue(transcript.contains("SECOND EXIT 0"), transcript)
        let record = try String(contentsOf: scratch.url.appendingPathComponent("ir.yaml"), encoding: .utf8)
        XCTAssertTrue(record.contains("  - id: TC-02\n    result: fail\n    deduction: 3\n    note: 起升高度限位器不灵敏\n    hazard: HZ-PTY-01-TC-02\n"), record)
        XCTAssertTrue(record.contains("  - id: TC-04\n    result: na\n"), record)
        XCTAssertEqual(record.components(separatedBy: "result: pass").count - 1, 8)
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("ir.tickets.yaml").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("ir.yaml.progress.yaml").path))
    }

    /// Python: run plumb in a pseudo-terminal, type answers at each prompt, send Ctrl-C (0x03 through
    /// the terminal's line discipline, as a keyboard does), then resume and finish.
    static let ptyDriver = #"""
    import os, pty, select, sys, time
    binary, folder = sys.argv[1], sys.argv[2]

    def spawn(args):
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(folder)
            os.environ["NO_COLOR"] = "1"
            os.execv(binary, [binary] + args)
        return pid, fd

    pending = {}

    def until(fd, marker, timeout=30):
        """Read until `marker`; return the text up to and including it, keeping what follows for the next call."""
        seen = pending.get(fd, b"")
        end = time.time() + timeout
        while marker.encode() not in seen:
            ready, _, _ = select.select([fd], [], [], max(0, end - time.time()))
            if not ready:
                print("TIMEOUT waiting for", marker, seen[-400:].decode("utf-8", "replace"))
                sys.exit(1)
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        cut = seen.find(marker.encode())
        cut = len(seen) if cut < 0 else cut + len(marker.encode())
        pending[fd] = seen[cut:]
        return seen[:cut].decode("utf-8", "replace")

    def finish(pid, fd):
        seen = pending.pop(fd, b"")
        while True:
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        _, status = os.waitpid(pid, 0)
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        return code, seen.decode("utf-8", "replace")

    PROMPT = "help: "
    pid, fd = spawn(["checklist", "run", "jgj59-b17-tower-crane", "--project", "南湖站", "--site", "3#塔吊",
                     "--date", "2026-11-27", "--id", "IR-PTY-01", "--out", "ir.yaml"])
    until(fd, PROMPT); os.write(fd, b"p\r")
    until(fd, PROMPT); os.write(fd, b"f\r")
    until(fd, ": "); os.write(fd, b"3\r")
    until(fd, ": "); os.write(fd, "起升高度限位器不灵敏\r".encode())
    until(fd, ": "); os.write(fd, b"\r")
    until(fd, PROMPT); os.write(fd, b"p\r")
    until(fd, "[4/10]")
    until(fd, PROMPT)
    os.write(fd, b"\x03")
    code, text = finish(pid, fd)
    print("FIRST EXIT", code)
    if "interrupted" in text:
        print("FIRST SAID interrupted")
    progress = open(os.path.join(folder, "ir.yaml.progress.yaml"), encoding="utf-8").read()
    if "- id: TC-03\n  result: pass" in progress and "TC-04" not in progress.split("answers:")[1]:
        print("PROGRESS KEPT TC-03")

    pid, fd = spawn(["checklist", "run", "--resume", "ir.yaml"])
    text = until(fd, PROMPT)
    if "[4/10] TC-04" in text:
        print("RESUMED AT [4/10]")
    os.write(fd, b"n\r")
    until(fd, ": "); os.write(fd, b"\r")
    for _ in range(6):
        until(fd, PROMPT); os.write(fd, b"p\r")
    code, text = finish(pid, fd)
    print("SECOND EXIT", code)
    """#
}
