/// A lexical token of the expression language, with its 0-based character offset in the expression.
struct Token: Equatable {
    enum Kind: Equatable {
        case number(Double)
        case quantity(Double, String)
        case date(String)
        case string(String)
        case identifier(String)
        /// Punctuation and operators: `( ) [ ] , . ? : + - * / == != < <= > >= && || !`.
        case symbol(String)
        case end
    }

    var kind: Kind
    /// 0-based offset in characters from the start of the expression.
    var offset: Int
}
