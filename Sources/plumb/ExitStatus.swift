import ArgumentParser

/// The documented exit codes (DESIGN.md): 0 clean, 1 findings at or above `--fail-on`, 2 incomplete run.
/// `plumb checklist run` adds 3 (stopped before every item was answered; all answers saved) and 130 (interrupted).
enum ExitStatus {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let incomplete = ExitCode(2)
    /// A checklist run that ended (quit, end of input) with items still unanswered; everything given is saved.
    static let runNotFinished = ExitCode(3)
    /// Ctrl-C, kill or a closed terminal (128 + SIGINT), after the answers were saved.
    static let interrupted = ExitCode(130)
}
