public import Foundation
public import PlumbCore

/// Reads one submission file into validated records and findings: the whole load pipeline for a file.
public struct SubmissionReader: Sendable {
    /// What one file yielded.
    public struct FileOutcome: Sendable {
        public var file: String
        public var records: [Record] = []
        public var findings: [Finding] = []
    }

    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
    }

    /// Reads and validates the file at `path`. A file that cannot be opened is a failure the caller reports (exit 2).
    public func read(path: String) throws -> FileOutcome {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        return read(data: data, file: path)
    }

    /// Reads and validates `data` as the content of `file` (the name decides YAML/JSON or CSV).
    public func read(data: Data, file: String) -> FileOutcome {
        var outcome = FileOutcome(file: file)
        // Scanned through the raw bytes: `Data`'s own element access checks exclusivity on every byte.
        let nulOffset = data.withUnsafeBytes { bytes in bytes.prefix(8192).firstIndex(of: 0) }
        if let nulOffset {
            let position = data.withUnsafeBytes { YAMLReader.position(ofByteOffset: nulOffset, in: $0) }
            outcome.findings.append(LoadIssue(.binaryFile, "binary data (a NUL byte) in a record file; is this really YAML, JSON or CSV?", at: position).finding(file: file))
            return outcome
        }
        let isCSV = (file as NSString).pathExtension.lowercased() == "csv"
        let validator = RecordValidator(acceptsTextForScalars: isCSV)
        var documentCount = 0
        // Empty documents (a stray `---`) are not records, as in Kubernetes manifests.
        func validate(_ storage: RecordStorage) {
            guard storage[storage.root].kind != .null else { return }
            documentCount += 1
            let result = validator.validate(storage: storage, file: file)
            outcome.findings += result.issues.map { $0.finding(file: file, recordId: result.id) }
            if let record = result.record { outcome.records.append(record) }
        }
        let issues: [LoadIssue]
        if isCSV {
            guard let text = String(data: data, encoding: .utf8) else {
                outcome.findings.append(LoadIssue(.invalidEncoding, "the CSV file is not valid UTF-8 text", at: .start).finding(file: file))
                return outcome
            }
            let parsed = CSVReader().read(text, fileStem: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
            parsed.documents.forEach { validate(RecordStorage(copying: $0)) }
            issues = parsed.issues
        } else {
            // Each document is validated as soon as it is read, in the reader's working storage.
            issues = data.withUnsafeBytes { YAMLReader(limits: limits).read($0, document: validate) }
        }
        outcome.findings += issues.map { $0.finding(file: file) }
        if documentCount == 0, issues.isEmpty {
            outcome.findings.append(LoadIssue(.emptyFile, "no record in this file (it is empty or holds only comments)", at: .start).finding(file: file))
        }
        return outcome
    }
}
