import Foundation

/// A rule-id or record-id pattern in a waiver: the text itself, or with `*` for any run of characters
/// (`RH-DATE-*`, `HZ-2026-*`). Matching is exact otherwise, case included.
struct Wildcard: Sendable, Hashable {
    let pattern: String
    private let pieces: [Substring]

    init(_ pattern: String) {
        self.pattern = pattern
        pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
    }

    /// Whether the pattern holds a `*`.
    var isPattern: Bool { pieces.count > 1 }

    func matches(_ text: String) -> Bool {
        guard isPattern else { return text == pattern }
        var rest = Substring(text)
        guard rest.hasPrefix(pieces[0]) else { return false }
        rest = rest.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        let last = pieces[pieces.count - 1]
        return rest.count >= last.count && rest.hasSuffix(last)
    }
}
