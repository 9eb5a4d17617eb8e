/// The one line a child process prints for its parent: `BENCH key=value key=value ...`.
struct ChildReport {
    static let marker = "BENCH"

    var values: [String: Double] = [:]

    subscript(key: String) -> Double {
        get { values[key] ?? .nan }
        set { values[key] = newValue }
    }

    /// The line to print.
    var line: String {
        ([Self.marker] + values.keys.sorted().map { "\($0)=\(values[$0]!)" }).joined(separator: " ")
    }

    /// The report in a child's standard output, or nil when it printed none.
    init?(output: String) {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix(Self.marker + " ") }) else { return nil }
        for pair in line.split(separator: " ").dropFirst() {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let number = Double(parts[1]) { values[String(parts[0])] = number }
        }
    }

    init() {}
}
