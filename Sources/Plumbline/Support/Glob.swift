/// A path pattern for `include`, `exclude` and waiver `path`, compiled once when configuration loads.
///
/// `*` matches any run of characters within a folder or file name, `?` one character, `[a-z]` one of
/// a class (`[!a-z]` none of it), `**` as a whole segment any number of folders, `\` escapes. A
/// pattern without `/` matches a name in any folder (`*.csv`). A pattern that matches a folder
/// matches everything under it (`records/drafts`). Paths are compared with `/` separators,
/// relative to the project root.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    /// Why a pattern does not compile.
    public struct SyntaxError: Error, Sendable, Equatable {
        /// What is wrong with the pattern, for a message after `pattern '...': `.
        public var message: String
    }

    /// One folder or file name of a pattern.
    enum Segment: Sendable, Hashable {
        /// `**`: any number of segments.
        case anyFolders
        case name([Token])
    }

    /// One piece of a name pattern.
    enum Token: Sendable, Hashable {
        case literal(Character)
        case anyRun
        case anyOne
        case oneOf([ClosedRange<Character>], negated: Bool)
    }

    /// The pattern as written.
    public let pattern: String
    let segments: [Segment]
    /// Whether the pattern names a file in any folder (it holds no `/`).
    let matchesNameAnywhere: Bool

    public var description: String { pattern }

    /// Compiles `pattern`; throws when it does not compile (an unclosed `[`, `**` inside a name, ...).
    public init(_ pattern: String) throws(SyntaxError) {
        self.pattern = pattern
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text.removeLast() }
        guard !text.isEmpty else { throw SyntaxError(message: "an empty pattern matches nothing") }
        if text.hasPrefix("/") { throw SyntaxError(message: "patterns are relative to the project root; remove the leading '/'") }
        matchesNameAnywhere = !text.contains("/")
        var segments: [Segment] = []
        for part in text.split(separator: "/", omittingEmptySubsequences: false) {
            if part.isEmpty { throw SyntaxError(message: "'//' leaves an empty folder name") }
            if part == "**" {
                if segments.last != .anyFolders { segments.append(.anyFolders) }
                continue
            }
            if part.contains("**") { throw SyntaxError(message: "'**' must be a whole path segment, as in 'a/**/b'") }
            segments.append(.name(try Self.tokens(part)))
        }
        self.segments = segments
    }

    /// Whether `path` (relative, `/`-separated) or one of the folders it lies in matches.
    public func matches(_ path: String) -> Bool {
        var clean = path
        while clean.hasPrefix("./") { clean.removeFirst(2) }
        let parts = clean.split(separator: "/").map(String.init)
        if matchesNameAnywhere {
            return parts.contains { Self.match(segments, [$0]) }
        }
        return (1...max(1, parts.count)).contains { Self.match(segments[...], parts.prefix($0)) }
    }

    private static func match(_ segments: [Segment], _ parts: [String]) -> Bool { match(segments[...], parts[...]) }

    /// Segments against folder and file names, by dynamic programming: `**` never makes it exponential.
    private static func match(_ segments: ArraySlice<Segment>, _ parts: ArraySlice<String>) -> Bool {
        let segments = Array(segments)
        let parts = Array(parts)
        // matched[j]: the segments so far match the first j parts.
        var matched = Array(repeating: false, count: parts.count + 1)
        matched[0] = true
        for segment in segments {
            var next = Array(repeating: false, count: parts.count + 1)
            switch segment {
            case .anyFolders:
                var reachable = false
                for j in 0...parts.count {
                    reachable = reachable || matched[j]
                    next[j] = reachable
                }
            case .name(let tokens):
                for j in 0..<parts.count where matched[j] && matchName(tokens, Array(parts[j])) {
                    next[j + 1] = true
                }
            }
            matched = next
        }
        return matched[parts.count]
    }

    /// A name pattern against a name, by dynamic programming over tokens and characters.
    private static func matchName(_ tokens: [Token], _ name: [Character]) -> Bool {
        var matched = Array(repeating: false, count: name.count + 1)
        matched[0] = true
        for token in tokens {
            var next = Array(repeating: false, count: name.count + 1)
            switch token {
            case .anyRun:
                var reachable = false
                for j in 0...name.count {
                    reachable = reachable || matched[j]
                    next[j] = reachable
                }
            case .anyOne:
                for j in 0..<name.count where matched[j] { next[j + 1] = true }
            case .literal(let character):
                for j in 0..<name.count where matched[j] && name[j] == character { next[j + 1] = true }
            case .oneOf(let ranges, let negated):
                for j in 0..<name.count where matched[j] && ranges.contains(where: { $0.contains(name[j]) }) != negated { next[j + 1] = true }
            }
            matched = next
        }
        return matched[name.count]
    }

    private static func tokens(_ part: Substring) throws(SyntaxError) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(part)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
            case "?":
                tokens.append(.anyOne)
            case "\\":
                guard let escaped = characters.popFirst() else { throw SyntaxError(message: "the pattern ends with an escaping '\\'") }
                tokens.append(.literal(escaped))
            case "[":
                var negated = false
                if characters.first == "!" || characters.first == "^" {
                    negated = true
                    characters.removeFirst()
                }
                var ranges: [ClosedRange<Character>] = []
                var closed = false
                while let member = characters.popFirst() {
                    if member == "]", !ranges.isEmpty {
                        closed = true
                        break
                    }
                    if characters.count >= 2, characters.first == "-", characters.dropFirst().first != "]" {
                        characters.removeFirst()
                        let upper = characters.removeFirst()
                        guard member <= upper else { throw SyntaxError(message: "the range '\(member)-\(upper)' runs backwards") }
                        ranges.append(member...upper)
                    } else {
                        ranges.append(member...member)
                    }
                }
                guard closed else { throw SyntaxError(message: "'[' opens a character class that is never closed with ']'") }
                tokens.append(.oneOf(ranges, negated: negated))
            default:
                tokens.append(.literal(character))
            }
        }
        return tokens
    }
}
