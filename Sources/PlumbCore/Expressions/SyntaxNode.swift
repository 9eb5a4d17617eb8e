/// A node of a parsed expression, with its 0-based offset for error messages.
final class SyntaxNode {
    enum Kind {
        case literal(Value.Node)
        case identifier(String)
        case member(SyntaxNode, String)
        case index(SyntaxNode, SyntaxNode)
        case call(String, [SyntaxNode])
        /// `receiver.name(arguments)`: CEL-style method call, e.g. `spec.experts.all(e, e.years >= 15)`.
        case method(SyntaxNode, String, [SyntaxNode])
        case unary(String, SyntaxNode)
        case binary(String, SyntaxNode, SyntaxNode)
        case conditional(SyntaxNode, SyntaxNode, SyntaxNode)
        case list([SyntaxNode])
    }

    let kind: Kind
    let offset: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The dotted path this node reads (`spec.parameters.depth`, `e.years`), if it is a plain path.
    var path: String? {
        switch kind {
        case .identifier(let name): return name
        case .member(let base, let name): return base.path.map { "\($0).\(name)" }
        case .index(let base, let index):
            guard let basePath = base.path else { return nil }
            switch index.kind {
            case .literal(.integer(let position)): return "\(basePath)[\(position)]"
            case .literal(.string(let name)): return "\(basePath).\(name)"
            default: return nil
            }
        default: return nil
        }
    }
}
