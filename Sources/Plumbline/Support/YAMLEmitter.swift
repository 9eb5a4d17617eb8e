public import PlumbCore

/// Writes a ``Value`` tree as block-style YAML that Plumbline's own reader reads back to the same values.
///
/// Text that the YAML 1.2 core schema would read as something else (`true`, `12`, `null`, ``) or
/// that YAML syntax would misread (`: `, ` #`, a leading `-` or `[`) is double-quoted; dates are
/// written plain so they read back as dates. Keys keep their order.
public enum YAMLEmitter {
    /// The document for `value` (a mapping), ending with a newline.
    public static func document(_ value: Value) -> String {
        var lines: [String] = []
        emit(value, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func emit(_ value: Value, indent: Int, into lines: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        switch value.node {
        case .mapping(let map):
            for entry in map.entries {
                let key = scalar(entry.key)
                switch entry.value.node {
                case .mapping(let child) where child.count > 0:
                    lines.append("\(pad)\(key):")
                    emit(entry.value, indent: indent + 2, into: &lines)
                case .list(let items) where !items.isEmpty:
                    if items.allSatisfy(isScalar) {
                        lines.append("\(pad)\(key): [\(items.map(inline).joined(separator: ", "))]")
                    } else {
                        lines.append("\(pad)\(key):")
                        emit(entry.value, indent: indent, into: &lines)
                    }
                default:
                    let text = inline(entry.value)
                    lines.append(text.isEmpty ? "\(pad)\(key):" : "\(pad)\(key): \(text)")
                }
            }
        case .list(let items):
            for item in items {
                if case .mapping(let map) = item.node, map.count > 0 {
                    var nested: [String] = []
                    emit(item, indent: indent + 2, into: &nested)
                    if let first = nested.first {
                        nested[0] = pad + "- " + first.dropFirst(indent + 2)
                    }
                    lines += nested
                } else {
                    lines.append("\(pad)- \(inline(item))")
                }
            }
        default:
            lines.append(pad + inline(value))
        }
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value.node {
        case .list, .mapping: false
        default: true
        }
    }

    /// A value on one line: scalars, and empty or scalar lists and mappings in flow style.
    private static func inline(_ value: Value) -> String {
        switch value.node {
        case .null: return ""
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let whole): return String(whole)
        case .number(let real): return real.formatted
        case .string(let text): return scalar(text)
        case .date(let date): return date.description
        case .quantity(let quantity): return scalar(quantity.description)
        case .list(let items): return "[\(items.map(inline).joined(separator: ", "))]"
        case .mapping(let map):
            return "{\(map.entries.map { "\(scalar($0.key)): \(inline($0.value))" }.joined(separator: ", "))}"
        }
    }

    /// Text as a plain scalar when that reads back as the same text, else double-quoted.
    public static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    private static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first.isWhitespace || last.isWhitespace { return true }
        if "-?:,[]{}#&*!|>'\"%@`~".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.contains(where: { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 0x20 } ?? false) }) { return true }
        if ["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~"].contains(text) { return true }
        if CalendarDate(iso: text) != nil { return true }
        // Anything that starts like a number may resolve as one (12, 0x1F, .5, 1e3, .inf).
        if first.isNumber || first == "." || first == "+" { return true }
        return false
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
