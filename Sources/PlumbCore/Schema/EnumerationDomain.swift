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

    public init(_ name: String, _ cases: [Case]) {
        self.name = name
        self.cases = cases
        var lookup: [String: String] = [:]
        for item in cases {
            lookup[item.token.lowercased()] = item.token
            for term in item.chineseTerms { lookup[term] = item.token }
        }
        self.lookup = lookup
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
}
