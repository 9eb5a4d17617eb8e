/// A closed set of values: each an English token with the Chinese terms that mean the same.
///
/// Records may write either; loading normalises to the token (`重大` → `major`).
public struct EnumerationDomain: Sendable {
    /// One allowed value.
    public struct Case: Sendable {
        public let token: String
        public let chineseTerms: [String]

        public init(_ token: String, _ chineseTerms: String...) {
            self.token = token
            self.chineseTerms = chineseTerms
        }
    }

    /// Name used in docs, e.g. `HazardLevel`.
    public let name: String
    public let cases: [Case]
    private let lookup: [String: String]
    /// The keys of ``lookup`` and the tokens as written, as UTF-8, each with its token: a written value equal
    /// to one byte for byte is that token, found without building a `String` (``token(forUTF8:)``).
    private let exactSpellings: PackedUTF8
    private let exactTokens: [String]

    public init(_ name: String, _ cases: [Case]) {
        self.name = name
        self.cases = cases
        var lookup: [String: String] = [:]
        for item in cases {
            lookup[item.token.lowercased()] = item.token
            for term in item.chineseTerms { lookup[term] = item.token }
        }
        self.lookup = lookup
        // Each token as written (`LEC`) finds itself too, as `token(for:)` finds it through its lower case.
        var exact = lookup
        for item in cases where exact[item.token] == nil { exact[item.token] = item.token }
        let spellings = exact.keys.sorted()
        exactSpellings = PackedUTF8(spellings)
        exactTokens = spellings.map { exact[$0]! }
    }

    public var tokens: [String] { cases.map(\.token) }

    /// The first Chinese term of a token, or the token itself.
    public func chineseTerm(for token: String) -> String {
        cases.first { $0.token == token }?.chineseTerms.first ?? token
    }

    /// The token a written value stands for (token in any letter case, or a Chinese term), or nil.
    public func token(for written: String) -> String? {
        lookup[written] ?? lookup[written.lowercased()] ?? lookup[written.trimmingWhitespace]
    }

    /// The token of a value written exactly as a token (as defined, or in lower case) or a Chinese term, from its UTF-8;
    /// nil otherwise, also when ``token(for:)`` would find one in another letter case or with spaces.
    package func token(forUTF8 written: UnsafeBufferPointer<UInt8>) -> String? {
        for index in 0 ..< exactSpellings.count where exactSpellings.withText(index, { UTF8Bytes.equal($0, written) }) {
            return exactTokens[index]
        }
        return nil
    }
}
