import Foundation

extension Double {
    /// A score for people: at most two decimals, no trailing zeros (`87`, `96.67`).
    package var scoreText: String {
        let rounded = JGJ59Rounding.twoDecimals(self)
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
