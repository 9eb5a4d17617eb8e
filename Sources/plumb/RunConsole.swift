import Foundation
import Plumbline

/// The terminal side of `plumb checklist run`: print the prompt, read a line, hand it to the session,
/// save the progress whenever the answers changed. Reads with readLine(), so it works the same on a
/// terminal and on piped input (one answer a line).
struct RunConsole {
    enum Ending {
        case finished
        case quit
        case endOfInput
    }

    var session: ChecklistRunSession
    /// Whether stdin is a terminal; when not, each answer read is echoed so the transcript reads well.
    let interactive: Bool

    /// Runs until every item is answered, the user quits, or input ends. Throws when progress cannot be saved.
    mutating func loop() throws -> Ending {
        while true {
            let prompt = session.prompt
            if case .finished = prompt { return .finished }
            Terminal.write(text(for: prompt))
            guard let line = readLine(strippingNewline: true) else {
                Terminal.write("\n")
                return .endOfInput
            }
            if !interactive { Terminal.write(line + "\n") }
            let before = session.state
            let feedback = session.respond(line)
            if session.state != before { try save() }
            switch feedback {
            case .recorded, .moved: break
            case .rejected(let reason): Terminal.write("  ✗ \(reason)\n")
            case .info(let text): Terminal.write(text + "\n")
            case .quit: return .quit
            }
        }
    }

    func save() throws {
        try AtomicFile.write(RunProgressCodec.encode(session.state, checklist: session.checklist), to: session.state.settings.progressPath)
    }

    private func text(for prompt: RunPrompt) -> String {
        let total = session.checklist.items.count
        switch prompt {
        case .finished:
            return ""
        case .result(let item, let number, let previous):
            let about = [item.group?.chineseName, item.points.map { "\($0.formatted) 分" }].compactMap { $0 }.joined(separator: "，")
            var lines = ["", "[\(number)/\(total)] \(item.id) \(item.title)\(about.isEmpty ? "" : "（\(about)）")"]
            if let criteria = item.criteria { lines.append("  扣分标准: \(criteria)") }
            if let notes = item.notes { lines.append("  说明: \(notes)") }
            if let previous, previous.isComplete {
                let deduction = previous.deduction.map { $0 > 0 ? " 扣 \($0.formatted) 分" : "" } ?? ""
                lines.append("  已答: \(previous.result.chineseName)\(deduction)（Enter 保留）")
            }
            lines.append("结果 pass / fail / na（合格 / 不合格 / 不适用），或 back、skip、goto ID、list、quit、help: ")
            return lines.joined(separator: "\n")
        case .deduction(_, let maximum):
            return "  扣分 0～\(maximum.formatted)（Enter = \(maximum.formatted)）: "
        case .note:
            return "  检查情况 note（Enter 跳过）: "
        case .evidence:
            return "  影像资料 evidence，多个用 ; 分隔（Enter 跳过）: "
        }
    }
}
