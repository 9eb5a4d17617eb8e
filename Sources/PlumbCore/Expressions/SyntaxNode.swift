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

    /// Whether the name `name` is read anywhere in this expression (a field or function name does not count).
    func mentions(_ name: String) -> Bool {
        switch kind {
        case .literal: return false
        case .identifier(let identifier): return identifier == name
        case .member(let base, _): return base.mentions(name)
        case .index(let base, let index): return base.mentions(name) || index.mentions(name)
        case .call(_, let arguments): return arguments.contains { $0.mentions(name) }
        case .method(let receiver, _, let arguments): return receiver.mentions(name) || arguments.contains { $0.mentions(name) }
        case .unary(_, let operand): return operand.mentions(name)
        case .binary(_, let left, let right): return left.mentions(name) || right.mentions(name)
        case .conditional(let condition, let then, let otherwise):
            return condition.mentions(name) || then.mentions(name) || otherwise.mentions(name)
        case .list(let items): return items.contains { $0.mentions(name) }
        }
    }
}
