import Foundation

/// Reads one line typed at the result prompt: a result, or a command.
///
/// Results: `pass`/`p`/`合格`, `fail`/`f`/`不合格`, `na`/`n`/`n/a`/`不适用`. Commands: `back`/`b`,
/// `skip`/`s`, `goto ID`/`g ID` (or the item's number), `list`/`l`, `help`/`?`, `quit`/`q`.
public enum AnswerInput: Sendable, Hashable {
    case result(ResultToken)
    case keep
    case back
    case skip
    case goto(String)
    case list
    case help
    case quit
    case unknown(String)

    /// The three results, independent of PlumbCore's enum so the parser is self-contained.
    public enum ResultToken: String, Sendable, Hashable { case pass, fail, na }

    public init(_ line: String) {
        let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = text.lowercased()
        switch lower {
        case "": self = .keep
        case "pass", "p", "合格", "y", "ok": self = .result(.pass)
        case "fail", "f", "不合格", "x": self = .result(.fail)
        case "na", "n", "n/a", "不适用", "-": self = .result(.na)
        case "back", "b", "上一项": self = .back
        case "skip", "s", "跳过": self = .skip
        case "list", "l", "列表": self = .list
        case "help", "h", "?", "？", "帮助": self = .help
        case "quit", "q", "exit", "退出": self = .quit
        default:
            for prefix in ["goto ", "go ", "g ", "jump ", "j ", "跳到 "] where lower.hasPrefix(prefix) {
                self = .goto(String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
                return
            }
            self = .unknown(text)
        }
    }

    /// Whether a line typed at a detail prompt (deduction, note, evidence) means "stop the run".
    public static func isQuit(_ line: String) -> Bool {
        ["quit", "退出"].contains(line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
    }
}
