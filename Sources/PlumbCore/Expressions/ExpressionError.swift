/// A syntax or type error in an expression, found when its pack loads.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// 0-based character offset inside the expression text.
    public var offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// `message (expression column N)`, 1-based.
    public var description: String { "\(message) (expression column \(offset + 1))" }
}
