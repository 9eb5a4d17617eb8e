import Foundation
public import PlumbCore

/// The interactive run as a state machine: it says what to ask (``prompt``) and takes one line at a
/// time (``respond(_:)``). The terminal loop in `plumb` prints and reads; everything else, and all
/// of it testable, is here.
public struct ChecklistRunSession: Sendable {
    public let checklist: Checklist
    public private(set) var state: RunState

    public init(checklist: Checklist, state: RunState) {
        self.checklist = checklist
        self.state = state
        if checklist.items.isEmpty || !checklist.items.indices.contains(state.position) { self.state.position = 0 }
    }

    /// How many items have a complete answer.
    public var answeredCount: Int { checklist.items.count { state.answers[$0.id]?.isComplete == true } }

    /// The ids of items without a complete answer, in checklist order.
    public var unansweredIDs: [String] { checklist.items.filter { state.answers[$0.id]?.isComplete != true }.map(\.id) }

    public var prompt: RunPrompt {
        guard !unansweredIDs.isEmpty, let item = current else { return .finished }
        let answer = state.answers[item.id]
        switch answer?.stage {
        case .deduction?: return .deduction(item, maximum: item.points ?? 0)
        case .note?: return .note(item)
        case .evidence?: return .evidence(item)
        case .done?, nil: return .result(item, number: state.position + 1, previous: answer)
        }
    }

    private var current: ChecklistItem? {
        checklist.items.indices.contains(state.position) ? checklist.items[state.position] : nil
    }

    public mutating func respond(_ line: String) -> RunFeedback {
        switch prompt {
        case .finished:
            return .rejected("every item is answered")
        case .result(let item, _, let previous):
            return respondToResult(line, item: item, previous: previous)
        case .deduction(let item, let maximum):
            if AnswerInput.isQuit(line) { return .quit }
            let text = line.trimmingCharacters(in: .whitespaces)
            let value: Double
            if text.isEmpty {
                value = maximum
            } else if let number = Double(text.replacingOccurrences(of: "分", with: "")), number.isFinite {
                value = number
            } else {
                return .rejected("扣分应为 0～\(maximum.formatted) 之间的数（Enter 取 \(maximum.formatted)）")
            }
            guard value >= 0, value <= maximum else {
                return .rejected("扣分 \(value.formatted) 超出 0～\(maximum.formatted)：不得超过该项应得分")
            }
            update(item) { $0.deduction = value; $0.stage = .note }
            return .recorded
        case .note(let item):
            if AnswerInput.isQuit(line) { return .quit }
            let text = line.trimmingCharacters(in: .whitespaces)
            update(item) { answer in
                answer.note = text.isEmpty ? nil : text
                answer.stage = answer.result == .fail ? .evidence : .done
            }
            if state.answers[item.id]?.isComplete == true { advance(from: item) }
            return .recorded
        case .evidence(let item):
            if AnswerInput.isQuit(line) { return .quit }
            let paths = line.split(whereSeparator: { ";；,，".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            update(item) { $0.evidence = paths; $0.stage = .done }
            advance(from: item)
            return .recorded
        }
    }

    private mutating func respondToResult(_ line: String, item: ChecklistItem, previous: DraftAnswer?) -> RunFeedback {
        switch AnswerInput(line) {
        case .keep:
            guard previous?.isComplete == true else { return .rejected("请回答 pass / fail / na（合格 / 不合格 / 不适用），help 查看命令") }
            advance(from: item)
            return .moved
        case .result(let token):
            let result = ItemResult(rawValue: token.rawValue) ?? .na
            let stage: DraftAnswer.Stage
            switch result {
            case .pass: stage = .done
            case .fail: stage = item.points == nil ? .note : .deduction
            case .na: stage = .note
            }
            state.answers[item.id] = DraftAnswer(result: result, deduction: result == .pass && item.points != nil ? 0 : nil, stage: stage)
            if stage == .done { advance(from: item) }
            return .recorded
        case .back:
            guard state.position > 0 else { return .rejected("已是第一项") }
            state.position -= 1
            return .moved
        case .skip:
            guard let next = nextUnanswered(after: state.position, excludingCurrent: true) else {
                return .rejected("只剩这一项未答，请回答或 quit")
            }
            state.position = next
            return .moved
        case .goto(let target):
            if let index = checklist.items.firstIndex(where: { $0.id.caseInsensitiveCompare(target) == .orderedSame }) {
                state.position = index
            } else if let number = Int(target), checklist.items.indices.contains(number - 1) {
                state.position = number - 1
            } else {
                return .rejected("没有检查项目 '\(target)'\(Suggestion.hint(for: target, among: checklist.items.map(\.id)))")
            }
            return .moved
        case .list:
            return .info(listing)
        case .help:
            return .info(ChecklistRunSession.help)
        case .quit:
            return .quit
        case .unknown(let text):
            return .rejected("'\(text)' 不是结果或命令：pass / fail / na（合格 / 不合格 / 不适用，p / f / n），back、skip、goto ID、list、quit；help 查看说明")
        }
    }

    private mutating func update(_ item: ChecklistItem, _ change: (inout DraftAnswer) -> Void) {
        guard var answer = state.answers[item.id] else { return }
        change(&answer)
        state.answers[item.id] = answer
    }

    /// After an answer: the next item without a complete answer, looking forward and then from the top.
    private mutating func advance(from item: ChecklistItem) {
        if let next = nextUnanswered(after: state.position, excludingCurrent: true) { state.position = next }
    }

    private func nextUnanswered(after index: Int, excludingCurrent: Bool) -> Int? {
        let count = checklist.items.count
        guard count > 0 else { return nil }
        for step in 1...count {
            let candidate = (index + step) % count
            if excludingCurrent, candidate == index { continue }
            if state.answers[checklist.items[candidate].id]?.isComplete != true { return candidate }
        }
        return nil
    }

    /// Every item with its answer, for `list`.
    public var listing: String {
        checklist.items.enumerated().map { index, item in
            let marker = index == state.position ? "→" : " "
            let status: String
            if let answer = state.answers[item.id] {
                status = answer.result.chineseName + (answer.deduction.map { $0 > 0 ? " 扣\($0.formatted)" : "" } ?? "")
                    + (answer.isComplete ? "" : "（未完）")
            } else {
                status = "未答"
            }
            return "\(marker) \(index + 1). \(item.id) \(item.title) — \(status)"
        }.joined(separator: "\n")
    }

    public static let help = """
        结果: pass / p / 合格   fail / f / 不合格   na / n / n/a / 不适用
        Enter 保留已有答案；不合格项接着问扣分（不超过该项应得分）、检查情况、影像资料。
        命令: back (b) 上一项   skip (s) 跳过   goto ID / g 3 跳到某项   list (l) 列表   quit (q) 保存并退出
        每个回答都立即保存；中断（Ctrl-C、关闭终端）后用 plumb checklist run --resume FILE 继续。
        """
}
