public import PlumbCore

/// Every problem the load layer reports about a submission file, with its stable rule id.
///
/// All user-facing rule ids of the `record/` family live here (STYLE.md §7).
public enum RecordProblem: String, Sendable, CaseIterable {
    case invalidYAML = "record/invalid-yaml"
    case invalidCSV = "record/invalid-csv"
    case invalidEncoding = "record/invalid-encoding"
    case binaryFile = "record/binary-file"
    case emptyFile = "record/empty-file"
    case notAMapping = "record/not-a-mapping"
    case aliasBudget = "record/alias-budget"
    case tooDeep = "record/too-deep"
    case duplicateKey = "record/duplicate-key"
    case badKey = "record/bad-key"
    case missingField = "record/missing-field"
    case unknownField = "record/unknown-field"
    case unknownKind = "record/unknown-kind"
    case unknownVersion = "record/unknown-version"
    case badEnum = "record/bad-enum"
    case badUnit = "record/bad-unit"
    case badDate = "record/bad-date"
    case badType = "record/bad-type"
    case duplicateID = "record/duplicate-id"

    /// How serious the problem is by default.
    public var severity: Severity {
        switch self {
        case .emptyFile, .unknownField: .warning
        default: .error
        }
    }

    /// One line describing the check, for `plumb rules list` and docs.
    public var summary: String {
        switch self {
        case .invalidYAML: "The file is not well-formed YAML or JSON (libyaml's own message and position)."
        case .invalidCSV: "The CSV file is malformed: unclosed quote, ragged row, bad or missing header."
        case .invalidEncoding: "The file is not valid UTF-8 (or UTF-16 with a byte-order mark)."
        case .binaryFile: "The file holds binary data (NUL bytes), not text."
        case .emptyFile: "The file holds no record (empty, or only comments)."
        case .notAMapping: "A document is not a mapping (a bare scalar or a list), so it cannot be a record."
        case .aliasBudget: "Aliases expand to too many nodes (a \"billion laughs\" file)."
        case .tooDeep: "Nesting is deeper than the reader allows."
        case .duplicateKey: "A mapping repeats a key; the first is kept."
        case .badKey: "A mapping key is not a scalar, or is longer than 65,535 bytes."
        case .missingField: "A required field is absent or empty."
        case .unknownField: "A field the format does not define (a typo?); fields starting with x- are allowed."
        case .unknownKind: "`kind` is not one of the record kinds."
        case .unknownVersion: "`apiVersion` is not one this release reads."
        case .badEnum: "A value is not one of the field's allowed tokens or Chinese terms."
        case .badUnit: "A quantity has an unknown unit or a unit of the wrong dimension."
        case .badDate: "A date is not an ISO 8601 date, or names a day that does not exist."
        case .badType: "A field has the wrong type (text where a number is expected, ...)."
        case .duplicateID: "Two records in one run share a metadata.id."
        }
    }
}
