/// The source lines findings point at, so pure reporters can show a snippet without reading files.
///
/// The facade reads the lines after a run; reporters only look them up.
public struct SourceExcerpts: Sendable, Hashable {
    private var lines: [String: [Int: String]]

    public init(_ lines: [String: [Int: String]] = [:]) {
        self.lines = lines
    }

    /// Line `number` (1-based) of `file`, without its line break, when it was read.
    public func line(_ number: Int, in file: String) -> String? { lines[file]?[number] }

    /// Records line `number` of `file`.
    public mutating func set(_ text: String, line number: Int, in file: String) {
        lines[file, default: [:]][number] = text
    }

    /// Whether no line was recorded.
    public var isEmpty: Bool { lines.isEmpty }
}
