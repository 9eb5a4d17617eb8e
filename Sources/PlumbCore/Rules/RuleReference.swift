/// The document and clause a rule encodes (依据): what a reviewer pastes into a review opinion.
public struct RuleReference: Sendable, Hashable, Codable {
    /// e.g. `建办质〔2018〕31号`.
    public var document: String
    /// e.g. `2018`, or the standard's edition year.
    public var edition: String?
    /// e.g. `附件二 一`.
    public var clause: String?

    public init(document: String, edition: String? = nil, clause: String? = nil) {
        self.document = document
        self.edition = edition
        self.clause = clause
    }

    /// `建办质〔2018〕31号 附件二 一`.
    public var text: String {
        [document, clause].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
