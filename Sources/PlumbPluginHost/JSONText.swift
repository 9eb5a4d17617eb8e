import PlumbCore

/// Writes a record's ``Value`` as compact JSON for the plugin protocol: one line, no newline inside.
///
/// Dates become ISO text (`"2026-11-03"`); quantities become `{"amount": 6.5, "unit": "m"}`; numbers that JSON
/// cannot hold (infinities, NaN) become null. Key order is the record's written order.
enum JSONText {
    static func write(_ value: Value, into output: inout String) {
        switch value.node {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .integer(let whole): output += String(whole)
        case .number(let real): number(real, into: &output)
        case .string(let text): string(text, into: &output)
        case .date(let date): string(date.description, into: &output)
        case .quantity(let quantity):
            output += "{\"amount\":"
            number(quantity.amount, into: &output)
            output += ",\"unit\":"
            string(quantity.unit.symbol, into: &output)
            output += "}"
        case .list(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .mapping(let map):
            output += "{"
            for (index, entry) in map.entries.enumerated() {
                if index > 0 { output += "," }
                string(entry.key, into: &output)
                output += ":"
                write(entry.value, into: &output)
            }
            output += "}"
        }
    }

    static func text(_ value: Value) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    static func number(_ real: Double, into output: inout String) {
        guard real.isFinite else {
            output += "null"
            return
        }
        output += real == real.rounded() && abs(real) < 1e15 ? String(Int(real)) : String(real)
    }

    /// A JSON string: quotes, backslashes and control characters escaped; other characters written as UTF-8.
    static func string(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
