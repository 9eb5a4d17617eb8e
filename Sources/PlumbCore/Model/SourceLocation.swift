/// Where a finding points: a file, a 1-based line and column, and the record field it is about.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    /// The file path as given on the command line (relative paths stay relative).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// Dotted field path inside the record, e.g. `spec.parameters.excavationDepth`; nil for the whole file.
    public var path: String?

    public init(file: String, line: Int = 1, column: Int = 1, path: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
    }

    public init(file: String, position: SourcePosition, path: String? = nil) {
        self.init(file: file, line: Int(position.line), column: Int(position.column), path: path)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
