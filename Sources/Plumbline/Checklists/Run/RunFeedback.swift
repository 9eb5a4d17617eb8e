/// How the run took a line of input.
public enum RunFeedback: Sendable, Hashable {
    /// The answer was recorded (save the progress now).
    case recorded
    /// Moved to another item (back, skip, goto): nothing to save but the position.
    case moved
    /// The input was not understood; the same prompt is asked again.
    case rejected(String)
    /// Information to show (list, help); the same prompt is asked again.
    case info(String)
    /// The user asked to stop; everything given so far is saved.
    case quit
}
