public import PlumbCore

/// Checks one document against the record format and normalises it into a ``Record``.
///
/// Enumerations become their English token, quantities and dates become typed values. Every
/// problem is a ``LoadIssue`` at the offending node; validation goes on past each one so a user
/// sees all problems of a record at once.
public struct RecordValidator: Sendable {
    /// The outcome for one document.
    public struct Outcome: Sendable {
        /// The record, unless the document is not a record at all (no kind, unknown version, no id).
        public var record: Record?
        public var issues: [LoadIssue]
        /// `metadata.id` as written, also when the document is not a record (to label its findings).
        public var id: String?
    }

    /// Whether scalar text may stand for numbers and booleans (CSV cells are always text).
    public var acceptsTextForScalars: Bool

    public init(acceptsTextForScalars: Bool = false) {
        self.acceptsTextForScalars = acceptsTextForScalars
    }

    /// Validates a copy of `document` (a tree built in code, or a view into a storage others read too).
    public func validate(_ document: Value, file: String) -> Outcome {
        validate(storage: RecordStorage(copying: document), file: file)
    }

    /// Validates the document in `storage`, normalising it in place (nothing else may read the storage
    /// meanwhile: the submission reader hands over the document it has just read); the record keeps a sealed
    /// copy, so the storage can be reused.
    package func validate(storage: RecordStorage, file: String) -> Outcome {
        var issues: [LoadIssue] = []
        let document = storage.rootValue
        guard case .mapping = document.node else {
            let what = document.isNull ? "an empty document" : "a \(document.typeName)"
            issues.append(LoadIssue(.notAMapping, "a record must be a mapping with apiVersion, kind, metadata and spec; this is \(what)", at: document.position))
            return Outcome(record: nil, issues: issues, id: nil)
        }
        guard let kind = checkHeader(document, issues: &issues) else {
            return Outcome(record: nil, issues: issues, id: document.value(at: "metadata.id")?.stringValue)
        }
        var walker = FieldWalker(acceptsTextForScalars: acceptsTextForScalars, storage: storage)
        walker.check(storage.root, as: .object(kind.schema), path: { "" })
        issues += walker.issues
        let id = storage.rootValue.value(at: "metadata.id")?.stringValue
        guard let id, !id.isEmpty else {
            return Outcome(record: nil, issues: issues, id: id)
        }
        // The record keeps exactly its nodes and the text they read: typed dates and quantities no longer
        // read theirs, and a Chinese term's token was added beside it.
        return Outcome(record: Record(kind: kind, id: id, file: file, storage: storage.sealedCopy()), issues: issues, id: id)
    }

    /// `apiVersion` and `kind`: without both known, the rest cannot be read.
    private func checkHeader(_ document: Value, issues: inout [LoadIssue]) -> RecordKind? {
        let position = document.position
        guard let root = document.mappingValue else { return nil }
        var fine = true
        if let version = root["apiVersion"] {
            if let text = version.stringValue, RecordKind.supportedAPIVersions.contains(text) {
                // known
            } else {
                issues.append(LoadIssue(
                    .unknownVersion,
                    "apiVersion '\(version.displayText)' is not one this release reads (\(RecordKind.supportedAPIVersions.joined(separator: ", ")))",
                    at: version.position, path: "apiVersion"))
                fine = false
            }
        } else {
            issues.append(LoadIssue(.missingField, "required field 'apiVersion' is missing (plumbline/v1)", at: position, path: "apiVersion"))
        }
        guard let kindValue = root["kind"] else {
            issues.append(LoadIssue(
                .missingField,
                "required field 'kind' is missing (one of \(RecordKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: position, path: "kind"))
            return nil
        }
        guard let text = kindValue.stringValue, let kind = RecordKind(rawValue: text) else {
            let written = kindValue.displayText
            issues.append(LoadIssue(
                .unknownKind,
                "kind '\(written)' is not a record kind\(Suggestion.hint(for: written, among: RecordKind.allCases.map(\.rawValue)))",
                at: kindValue.position, path: "kind"))
            return nil
        }
        return fine ? kind : nil
    }
}
