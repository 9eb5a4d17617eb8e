import ArgumentParser
import Foundation
import Plumbline

/// `plumb checklist run ID --project P --site S`: run a checklist on site, one item at a time, saving
/// every answer as it is given; write the InspectionRecord and a HazardTicket per failed item.
struct ChecklistRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a checklist interactively (or from piped answers); every answer is saved at once, and an interrupted run resumes.",
        discussion: """
            Exit codes: 0 finished (record and tickets written); 2 could not run (unknown checklist, bad \
            options, unreadable progress file, a file cannot be written); 3 stopped before every item was \
            answered (quit, or input ended) with every answer saved; 130 interrupted (Ctrl-C, kill, closed \
            terminal) with every answer saved. Resume with --resume FILE.
            """
    )

    @Argument(help: "The checklist id (or alias), or a checklist file. Not needed with --resume.")
    var checklist: String?

    @Option(help: "Project name (项目).")
    var project: String?

    @Option(help: "Where on site (检查部位), e.g. 3#塔吊.")
    var site: String?

    @Option(help: "Who inspects (检查人).")
    var inspector: String?

    @Option(help: "The InspectionRecord file to write (default: RECORD-ID.yaml). Answers are saved in FILE.progress.yaml as they are given.")
    var out: String?

    @Option(name: .customLong("id"), help: "metadata.id of the InspectionRecord (default: IR-YYYYMMDD-HHMMSS).")
    var recordID: String?

    @Option(help: "Inspection date YYYY-MM-DD (default: today).")
    var date: String?

    @Option(help: "metadata.discipline (default: the checklist's, else general).")
    var discipline: String?

    @Option(help: "Resume the run saved for FILE (the --out file, or its .progress.yaml).")
    var resume: String?

    @OptionGroup var checklists: ChecklistOptions

    func validate() throws {
        if resume == nil {
            guard checklist != nil else { throw ValidationError("name the checklist to run (plumb checklist list shows them), or give --resume FILE") }
            guard let project, !project.isEmpty else { throw ValidationError("--project is required (项目名称)") }
            guard let site, !site.isEmpty else { throw ValidationError("--site is required (检查部位)") }
        }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date '\(date)' is not a date (YYYY-MM-DD)") }
        if let discipline, EnumerationDomain.discipline.token(for: discipline) == nil {
            throw ValidationError("--discipline '\(discipline)' is not one of \(EnumerationDomain.discipline.tokens.joined(separator: ", "))")
        }
    }

    func run() throws {
        guard let (session, resumed) = try start() else { throw ExitStatus.incomplete }
        var console = RunConsole(session: session, interactive: isatty(STDIN_FILENO) == 1)
        let settings = session.state.settings
        do {
            try console.save()
        } catch {
            Terminal.error("cannot save answers to \(settings.progressPath): \(error.localizedDescription)")
            throw ExitStatus.incomplete
        }
        let resumeHint = "plumb checklist run --resume \(settings.outPath)"
        InterruptGuard.install(resumeHint: resumeHint)
        let checklist = session.checklist
        Terminal.write("""
            \(checklist.title ?? checklist.id)\(checklist.standard.map { "（\($0)）" } ?? "")：\(checklist.items.count) 项，\(settings.site)，\(settings.date)
            \(resumed ? "继续上次的检查：已答 \(session.answeredCount) 项。" : "开始检查。")每个回答都立即保存到 \(settings.progressPath)；help 查看命令。

            """)
        let ending: RunConsole.Ending
        do {
            ending = try console.loop()
        } catch {
            Terminal.error("cannot save answers to \(settings.progressPath): \(error.localizedDescription)")
            throw ExitStatus.incomplete
        }
        switch ending {
        case .finished:
            try finish(console.session)
        case .quit, .endOfInput:
            let left = console.session.unansweredIDs
            let why = ending == .quit ? "stopped" : "input ended"
            Terminal.error("\(why) with \(left.count) of \(checklist.items.count) items unanswered (\(left.prefix(8).joined(separator: ", "))\(left.count > 8 ? ", …" : "")); "
                           + "\(console.session.answeredCount) answers are saved in \(settings.progressPath). Resume with: \(resumeHint)")
            throw ExitStatus.runNotFinished
        }
    }

    /// A new session, or the saved one; nil after printing why neither is possible.
    private func start() throws -> (ChecklistRunSession, resumed: Bool)? {
        if let resume {
            let progressPath = resume.hasSuffix(".progress.yaml") ? resume : RunSettings.progressPath(forOut: resume)
            return load(progressPath: progressPath, expecting: checklist).map { ($0, true) }
        }
        guard let name = checklist, let project, let site, let (found, _) = checklists.resolve(name) else { return nil }
        let day = date.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today
        let id = recordID ?? Self.defaultRecordID()
        let outPath = out ?? "\(id).yaml"
        let progressPath = RunSettings.progressPath(forOut: outPath)
        if FileManager.default.fileExists(atPath: progressPath) {
            Terminal.write("A run is already saved in \(progressPath): resuming it.\n")
            return load(progressPath: progressPath, expecting: name).map { ($0, true) }
        }
        if FileManager.default.fileExists(atPath: outPath) {
            Terminal.error("\(outPath) already exists; choose another --out (or --id) so it is not overwritten")
            return nil
        }
        let settings = RunSettings(
            checklist: found.answers(to: name) ? name : found.id, project: project, site: site, inspector: inspector, date: day,
            recordID: id, discipline: discipline.flatMap { EnumerationDomain.discipline.token(for: $0) } ?? found.discipline ?? "general",
            outPath: outPath, ticketsPath: RunSettings.ticketsPath(forOut: outPath))
        return (ChecklistRunSession(checklist: found, state: RunState(settings: settings)), false)
    }

    private func load(progressPath: String, expecting name: String?) -> ChecklistRunSession? {
        guard let data = FileManager.default.contents(atPath: progressPath) else {
            Terminal.error("no saved run at \(progressPath)")
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let saved = RunProgressCodec.checklistName(in: text) else {
            Terminal.error("\(progressPath): not a plumb checklist progress file")
            return nil
        }
        if let name, name != saved {
            Terminal.error("\(progressPath) holds a run of checklist '\(saved)', not '\(name)'; resume it with --resume, or choose another --out")
            return nil
        }
        guard let (checklist, _) = checklists.resolve(saved) else { return nil }
        switch RunProgressCodec.decode(text, file: progressPath, checklist: checklist) {
        case .success(let state): return ChecklistRunSession(checklist: checklist, state: state)
        case .failure(let error):
            Terminal.error(error.description)
            return nil
        }
    }

    private func finish(_ session: ChecklistRunSession) throws {
        let settings = session.state.settings
        let output: RunRecordWriter.Output
        do {
            output = try RunRecordWriter.make(session)
            try AtomicFile.write(output.inspection, to: settings.outPath)
            if !output.tickets.isEmpty { try AtomicFile.write(output.tickets, to: settings.ticketsPath) }
        } catch {
            Terminal.error("cannot write the record: \(error); every answer is still saved in \(settings.progressPath)")
            throw ExitStatus.incomplete
        }
        try? FileManager.default.removeItem(atPath: settings.progressPath)
        var lines = ["", "检查完成：\(session.checklist.items.count) 项全部回答。已写入检查记录 \(settings.outPath)。"]
        if session.checklist.isScored, let inspection = Inspection(record: output.inspectionRecord) {
            lines += ScoreText.table(TableScorer.score(inspection, against: session.checklist), detailed: false)
        }
        if output.raised.isEmpty {
            lines.append("无不合格项，无需开具隐患整改单。")
        } else {
            lines.append("已开具 \(output.raised.count) 张隐患整改单 \(settings.ticketsPath)：")
            for ticket in output.raised {
                let criterion = ticket.majorCriterion.map { "  依据 \($0)" } ?? ""
                lines.append("  \(ticket.id)  \(ticket.level.chineseName)  整改期限 \(ticket.deadline)\(criterion)  \(ticket.itemTitle)")
            }
            lines.append("下一步：")
            var step = 1
            if output.raised.contains(where: { $0.level == .major }) {
                lines.append("  \(step). 重大事故隐患：立即停止相关部位作业、撤出人员，报告项目负责人，编制治理方案（建质规〔2024〕5号）。")
                step += 1
            }
            lines.append("  \(step). 在 \(settings.ticketsPath) 填写五定：整改措施、责任人、资金、应急预案（时限已填）。")
            lines.append("  \(step + 1). 整改后由他人复查（verification），合格后销号（closedAt）。")
            lines.append("  \(step + 2). 提交前检查：plumb check \((settings.outPath as NSString).deletingLastPathComponent.isEmpty ? "." : (settings.outPath as NSString).deletingLastPathComponent)")
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }

    /// `IR-20261127-093015`: unique enough for one officer, and matches the usual id pattern.
    static func defaultRecordID() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "IR-" + formatter.string(from: Date())
    }
}
