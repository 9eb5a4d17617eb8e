/// The reporters `--format` can name: an explicit list (STYLE.md §4).
public enum ReporterRegistry {
    /// Identifiers in the order docs list them.
    public static let identifiers: [String] = [
        TextReporter.identifier, JSONReporter.identifier, SARIFReporter.identifier, JUnitReporter.identifier,
        MarkdownReporter.identifier, GitHubReporter.identifier, HTMLReporter.identifier,
    ]

    /// The reporter called `identifier`, or nil. Only the text reporter colours, and only when asked.
    public static func reporter(_ identifier: String, useColour: Bool) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(useColour: useColour)
        case JSONReporter.identifier: JSONReporter()
        case SARIFReporter.identifier: SARIFReporter()
        case JUnitReporter.identifier: JUnitReporter()
        case MarkdownReporter.identifier: MarkdownReporter()
        case GitHubReporter.identifier: GitHubReporter()
        case HTMLReporter.identifier: HTMLReporter()
        default: nil
        }
    }
}
