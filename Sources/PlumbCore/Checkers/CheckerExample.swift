/// A record a checker carries to prove itself: a `pass` example must give no finding, a `fail` example
/// must give findings (a given number, at given paths, with given words).
///
/// In Swift the record and options are written as YAML text, partial records allowed (the runner fills in
/// `apiVersion`, `metadata.id`, `project` and `discipline`); `#filePath` and `#line` are kept so a failing
/// example points at the line that wrote it. External plugins give them as values read from `plugin.yaml`.
public struct CheckerExample: Sendable {
    public enum Expectation: String, Sendable {
        case pass, fail
    }

    /// A record or options, as YAML text or as an already read value.
    public enum Document: Sendable {
        case yaml(String)
        case value(Value)
    }

    public var expectation: Expectation
    public var record: Document
    /// The rule's options; nil for none (the checker's defaults).
    public var options: Document?
    /// For fail examples: exactly this many findings (nil: at least one).
    public var findingCount: Int?
    /// For fail examples: each path must carry a finding.
    public var paths: [String]
    /// For fail examples: each text must appear in some finding's message.
    public var messages: [String]
    /// The date the example is evaluated on, when it matters.
    public var asOf: CalendarDate?
    /// The file the record is taken to come from (external plugins resolve relative paths against it);
    /// nil: the example's own location.
    public var recordFile: String?
    /// Where the example is written.
    public var location: SourceLocation
    /// What the example shows, for failure messages.
    public var note: String?

    public init(expectation: Expectation, record: Document, options: Document? = nil, findingCount: Int? = nil, paths: [String] = [],
                messages: [String] = [], asOf: CalendarDate? = nil, recordFile: String? = nil, location: SourceLocation, note: String? = nil) {
        self.expectation = expectation
        self.record = record
        self.options = options
        self.findingCount = findingCount
        self.paths = paths
        self.messages = messages
        self.asOf = asOf
        self.recordFile = recordFile
        self.location = location
        self.note = note
    }

    /// A record (YAML) that must give no finding.
    public static func pass(_ record: String, options: String? = nil, note: String? = nil,
                            file: String = #filePath, line: Int = #line) -> CheckerExample {
        CheckerExample(expectation: .pass, record: .yaml(record), options: options.map { .yaml($0) },
                       location: SourceLocation(file: file, line: line), note: note)
    }

    /// A record (YAML) that must give `findings` findings (nil: at least one), at `paths`, with `messages` in their text.
    public static func fail(_ record: String, options: String? = nil, findings: Int? = nil, paths: [String] = [],
                            messages: [String] = [], note: String? = nil, file: String = #filePath, line: Int = #line) -> CheckerExample {
        CheckerExample(expectation: .fail, record: .yaml(record), options: options.map { .yaml($0) }, findingCount: findings,
                       paths: paths, messages: messages, location: SourceLocation(file: file, line: line), note: note)
    }
}
