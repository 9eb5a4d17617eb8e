import ArgumentParser

/// The documented exit codes (DESIGN.md): 0 clean, 1 findings at or above `--fail-on`, 2 incomplete run.
enum ExitStatus {
    static let clean = ExitCode(0)
    static let findings = ExitCode(1)
    static let incomplete = ExitCode(2)
}
