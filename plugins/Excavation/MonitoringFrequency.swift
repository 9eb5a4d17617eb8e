/// Reads a monitoring frequency written the ways plans write it: `1/d`, `2/d`, `1/2d`, `3/w`, `1/h`,
/// `1次/天`, `每天2次`, `每日1次`, `每2天1次`.
enum MonitoringFrequency {
    /// Readings per day, or nil when the text is not a frequency.
    static func readingsPerDay(_ text: String) -> Double? {
        var normalised = text.lowercased().filter { !$0.isWhitespace && $0 != "次" && $0 != "一" }
        for (word, unit) in [("小时", "h"), ("hour", "h"), ("day", "d"), ("天", "d"), ("日", "d"), ("周", "w"), ("week", "w")] {
            normalised = normalised.replacingOccurrences(of: word, with: unit)
        }
        if normalised.hasPrefix("每") {
            // 每2d1 (每2天1次), 每d2 (每天2次)
            let rest = normalised.dropFirst()
            guard let unitIndex = rest.firstIndex(where: { "dhw".contains($0) }) else { return nil }
            let every = rest[..<unitIndex].isEmpty ? 1 : Double(rest[..<unitIndex])
            let count = rest[rest.index(after: unitIndex)...].isEmpty ? 1 : Double(rest[rest.index(after: unitIndex)...])
            guard let every, let count, every > 0 else { return nil }
            return count / (every * days(rest[unitIndex]))
        }
        let parts = normalised.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let count = Double(parts[0]), let unit = parts[1].last, "dhw".contains(unit) else { return nil }
        let period = parts[1].dropLast()
        guard let every = period.isEmpty ? 1 : Double(period), every > 0 else { return nil }
        return count / (every * days(unit))
    }

    private static func days(_ unit: Character) -> Double {
        switch unit {
        case "h": 1.0 / 24
        case "w": 7
        default: 1
        }
    }
}
