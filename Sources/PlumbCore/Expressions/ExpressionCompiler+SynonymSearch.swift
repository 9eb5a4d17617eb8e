/// `params.chapter1Titles.exists(t, contains(title, t))`: does a text contain any of a fixed list of words.
///
/// Rule packs test titles against lists of synonyms (同义词) this way, and the generic list function read
/// the text again, and copied it, for every word. When the list is known as the pack loads and the text
/// does not depend on the word, the text is read once and searched for each word's bytes. The answer is
/// the generic one's in every case: null text finds nothing, a list is searched by equality, any other
/// value is the same error.
extension ExpressionCompiler {
    /// The compiled search, or nil when `body` over `list` is not of this form.
    mutating func synonymSearch(over list: Compiled, variable: String, body: SyntaxNode) throws(ExpressionError) -> Compiled? {
        guard case .list(let items)? = list.constant?.node,
              case .call("contains", let arguments) = body.kind, arguments.count == 2,
              case .identifier(let part) = arguments[1].kind, part == variable,
              !arguments[0].mentions(variable) else { return nil }
        var words: [String] = []
        for item in items {
            guard case .string(let word) = item.node else { return nil }
            words.append(word)
        }
        let evaluateWhole = try compile(arguments[0]).evaluate
        let (search, constantItems) = (TextSearch.Words(words), Array(items))
        return Compiled(test: { scope in
            // The generic loop reads the text only when there is a word to look for.
            guard !constantItems.isEmpty else { return false }
            // Null text finds no word, as each item's `contains()` gives null.
            let found = try Self.contains(in: try evaluateWhole(scope), text: { search.anyFound(in: $0) }, item: { value in
                constantItems.contains { ValueOperations.equals(value, $0) }
            })
            return found ?? false
        })
    }
}
