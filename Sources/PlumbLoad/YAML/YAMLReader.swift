import CYAML
public import PlumbCore

/// Reads YAML (and JSON, a subset of it) through libyaml's event API straight into one flat
/// ``RecordStorage`` per document.
///
/// No intermediate node tree is built: each event appends to the container on top of an explicit
/// stack, so deep nesting cannot overflow the call stack. Every node keeps its 1-based line and column.
public struct YAMLReader: Sendable {
    /// The documents of a stream, and the problems met while reading it.
    public struct Output: Sendable {
        /// One entry per complete, well-formed document, in order.
        public var documents: [Value] = []
        public var issues: [LoadIssue] = []
    }

    public var limits: ReadLimits

    public init(limits: ReadLimits = .standard) {
        self.limits = limits
    }

    /// Reads every document of `bytes`. Never throws: problems come back as issues with positions.
    public func read(_ bytes: UnsafeRawBufferPointer) -> Output {
        var documents: [Value] = []
        let issues = read(bytes) { documents.append($0.sealedCopy().rootValue) }
        return Output(documents: documents, issues: issues)
    }

    /// Reads every document of `bytes`, handing each to `document` as soon as it is complete, in the reader's
    /// working storage: the callee validates it in place (or copies it) before the next document reuses that
    /// storage, so a document is read, validated and copied out while its memory is still in the cache.
    package func read(_ bytes: UnsafeRawBufferPointer, document: (RecordStorage) -> Void) -> [LoadIssue] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return [LoadIssue(.invalidYAML, "libyaml could not start a parser (out of memory)", at: .start)]
        }
        defer { yaml_parser_delete(&parser) }
        let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        yaml_parser_set_input_string(&parser, base ?? UnsafePointer(bitPattern: 1)!, bytes.count)

        var builder = StorageBuilder(limits: limits)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                builder.issues.append(Self.parserIssue(parser, bytes: bytes))
                break
            }
            let type = event.type
            builder.handle(event)
            yaml_event_delete(&event)
            if builder.hasDocument { document(builder.document) }
            if type == YAML_STREAM_END_EVENT || builder.aborted { break }
        }
        builder.finish()
        return builder.issues
    }

    /// The issue for a libyaml error: its own message at its own mark (or at the byte offset, for encoding errors).
    private static func parserIssue(_ parser: yaml_parser_t, bytes: UnsafeRawBufferPointer) -> LoadIssue {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            var start = parser.problem_offset
            if !problem.contains("leading") {
                // libyaml points at the bad trailing byte; the character starts at its leading byte.
                var back = start
                while back > 0, start - back < 3, bytes[back] & 0xC0 != 0xC0 { back -= 1 }
                if bytes[back] & 0xC0 == 0xC0 { start = back }
            }
            let position = Self.position(ofByteOffset: start, in: bytes)
            return LoadIssue(.invalidEncoding, "not valid UTF-8 text: \(problem) (byte \(parser.problem_offset))", at: position)
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            let mark = parser.context_mark
            message = "\(context) (at \(mark.line + 1):\(mark.column + 1)): \(problem)"
        }
        let mark = parser.problem_mark
        return LoadIssue(.invalidYAML, message, at: SourcePosition(line: mark.line + 1, column: mark.column + 1))
    }

    /// The line and column of a byte offset, counting columns in UTF-8 characters as libyaml does.
    static func position(ofByteOffset offset: Int, in bytes: UnsafeRawBufferPointer) -> SourcePosition {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
