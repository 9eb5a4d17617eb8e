/// A finding message with `{expression}` placeholders, compiled with the rule (`{{` and `}}` are literal braces).
public struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case expression(CompiledExpression)
    }

    let parts: [Part]
    /// The template as written.
    public let source: String

    /// Compiles every placeholder; errors carry the offset inside the template.
    public init(_ source: String, in environment: ExpressionEnvironment) throws(ExpressionError) {
        self.source = source
        var parts: [Part] = []
        var text = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "{", index + 1 < characters.count, characters[index + 1] == "{" {
                text.append("{")
                index += 2
            } else if character == "}", index + 1 < characters.count, characters[index + 1] == "}" {
                text.append("}")
                index += 2
            } else if character == "{" {
                guard let close = characters[index...].firstIndex(of: "}") else {
                    throw ExpressionError("'{' in the message is never closed (write {{ for a literal brace)", at: index)
                }
                if !text.isEmpty { parts.append(.text(text)) }
                text = ""
                let inner = String(characters[(index + 1)..<close])
                do {
                    parts.append(.expression(try CompiledExpression.compile(inner, in: environment)))
                } catch {
                    throw ExpressionError(error.message, at: index + 1 + error.offset)
                }
                index = close + 1
            } else {
                text.append(character)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// The message for one record; a placeholder that cannot be evaluated shows as `{?}`.
    public func render(_ context: EvaluationContext) -> String {
        render(in: EvaluationScope(context: context, explain: false))
    }

    /// The message in the scope the engine keeps for the record, so pack definitions its rules already
    /// computed are not computed again.
    func render(in scope: EvaluationScope) -> String {
        parts.map { part in
            switch part {
            case .text(let text): return text
            case .expression(let expression):
                guard let value = try? expression.evaluate(in: scope) else { return "{?}" }
                return value.isNull ? "（无）" : value.displayText
            }
        }.joined()
    }
}
