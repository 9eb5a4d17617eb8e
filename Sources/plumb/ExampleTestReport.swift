/// The `ok` / `FAIL` listing shared by `plumb rules test` and `plumb plugins test`, ending with the
/// plain `N passed, N failed` line CI runners read.
enum ExampleTestReport {
    /// One tested thing: its name, how many examples it has, why it failed (empty when it passed).
    struct Entry {
        var name: String
        var exampleCount: Int
        var failures: [String]
    }

    static func text(_ entries: [Entry]) -> String {
        var lines: [String] = []
        for entry in entries {
            if entry.failures.isEmpty {
                lines.append("ok    \(entry.name) (\(entry.exampleCount) examples)")
            } else {
                lines.append("FAIL  \(entry.name)")
                lines += entry.failures.map { "      \($0)" }
            }
        }
        let failed = entries.filter { !$0.failures.isEmpty }.count
        lines.append("\(entries.count - failed) passed, \(failed) failed")
        return lines.joined(separator: "\n") + "\n"
    }
}
