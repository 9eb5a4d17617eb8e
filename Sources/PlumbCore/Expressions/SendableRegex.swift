import Foundation

/// An `NSRegularExpression` shared by the threads that evaluate rules (it is immutable after creation).
///
/// Converting each text to UTF-16 for the regex engine cost more than the match itself in callgrind, so
/// plain text the pattern needs is looked for first, on the UTF-8 bytes (``TextSearch``):
/// - a pattern of plain words joined by `|` (`滑模|爬模|飞模`) is answered by the search alone;
/// - otherwise, when every alternative starts with plain text, the regex runs only on texts holding one;
/// - a whole-text pattern (`^…$`) runs only on texts made of the characters it can match (``RegexAlphabet``).
struct SendableRegex: @unchecked Sendable {
    let regex: NSRegularExpression
    /// Texts of which every match contains at least one (each alternative's leading plain run); nil when
    /// some alternative has none, so every text goes to the regex.
    let requiredTexts: [String]?
    /// ``requiredTexts`` as bytes, searched without a `String` per text (nil when they are).
    private let requiredWords: TextSearch.Words?
    /// Whether the pattern is nothing but ``requiredTexts`` joined by `|`: then containing one is matching.
    let isPlainWords: Bool
    /// For a whole-text pattern (`^…$`), the characters it can match: a text holding another is no match.
    let alphabet: RegexAlphabet?

    init(_ regex: NSRegularExpression) {
        self.regex = regex
        let alternatives = Self.alternatives(of: regex.pattern)
        let literals = alternatives.map(Self.leadingLiteral(of:))
        requiredTexts = literals.allSatisfy { $0 != nil } ? literals.compactMap { $0 } : nil
        requiredWords = requiredTexts.map(TextSearch.Words.init)
        isPlainWords = requiredTexts.map { $0 == alternatives } ?? false
        // Read for the default options only (an option such as case-insensitivity widens what matches).
        alphabet = regex.options.isEmpty ? RegexAlphabet(pattern: regex.pattern) : nil
    }

    func matches(_ text: String) -> Bool {
        if let requiredWords {
            let holdsOne = requiredWords.anyFound(in: text)
            if !holdsOne || isPlainWords { return holdsOne }
        }
        if let alphabet, !alphabet.admits(text) { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The top-level alternatives of a pattern (`a|b|c`), read by Unicode scalars. A pattern with groups,
    /// classes, escapes or repetition counts is taken whole: a `|` inside them is not top-level.
    static func alternatives(of pattern: String) -> [String] {
        let structural: Set<Unicode.Scalar> = ["\\", "(", ")", "[", "]", "{", "}"]
        guard !pattern.unicodeScalars.contains(where: structural.contains) else { return [pattern] }
        return pattern.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// The plain text a pattern starts with, when every match must contain it: nil for a pattern with an
    /// alternative (`|`) anywhere, and the last code point is dropped when a quantifier makes it optional
    /// (`ab?`, `ab*`, `ab{0,2}`). Read by Unicode scalars, as the regex engine reads the pattern: a special
    /// character followed by a combining mark is still special.
    static func leadingLiteral(of pattern: String) -> String? {
        let scalars = pattern.unicodeScalars
        guard !scalars.contains("|") else { return nil }
        let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "?", "*", "+", "(", ")", "[", "]", "{", "}"]
        var literal = Array(scalars.prefix { !special.contains($0) })
        if !literal.isEmpty, let next = scalars.dropFirst(literal.count).first, next == "?" || next == "*" || next == "{" {
            literal.removeLast()
        }
        return literal.isEmpty ? nil : String(String.UnicodeScalarView(literal))
    }
}
