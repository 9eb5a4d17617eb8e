/// The reporters `--format` can name: an explicit list (STYLE.md §4).
public enum ReporterRegistry {
    /// Identifiers in the order docs list them.
    public static let identifiers: [String] = [TextReporter.identifier, JSONReporter.identifier]

    /// The reporter called `identifier`, or nil.
    public static func reporter(_ identifier: String, useColour: Bool) -> (any Reporter)? {
        switch identifier {
        case TextReporter.identifier: TextReporter(useColour: useColour)
        case JSONReporter.identifier: JSONReporter()
        default: nil
        }
    }
}
