import PlumbCore

/// Resolves scalars by the YAML 1.2 core schema, without regular expressions.
///
/// `null`, `Null`, `NULL`, `~` and the empty plain scalar are null; `true`/`True`/`TRUE` and
/// the `false` forms are booleans (`yes`, `no`, `on`, `off`, `y`, `n` stay text); decimal, `0o` octal
/// and `0x` hex integers; decimal floats, `.inf`, `-.inf`, `.nan`. Everything else is text.
enum ScalarResolver {
    /// Whether a plain scalar (its UTF-8) is text, decided on its bytes without building a `String`: exactly
    /// when ``resolvePlain(_:)`` would give `.string`, except that a scalar starting like a number is sent to
    /// it unless it holds what no number holds — a space or a non-ASCII character (`6.5 m`, `3#塔吊`) — or
    /// starts like a date (four digits and a dash). Keys and values starting with `n`, `t` or `f` (`name`,
    /// `title`, `fail`) are text unless they are one of the null and boolean words.
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            return !nullSpellings.contains { UTF8Bytes.equal($0, bytes) }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return !booleanSpellings.contains { UTF8Bytes.equal($0, bytes) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if bytes.contains(where: { $0 == UInt8(ascii: " ") || $0 >= 0x80 }) { return true }
            return bytes.count >= 5 && bytes[4] == UInt8(ascii: "-") && bytes[0 ..< 4].allSatisfy(isDigit)
        default:
            return true
        }
    }

    /// The plain scalars that are null (besides the empty one).
    static let nullWords = ["~", "null", "Null", "NULL"]
    /// The plain scalars that are booleans: three spellings of true, then three of false.
    static let booleanWords = ["true", "True", "TRUE", "false", "False", "FALSE"]
    private static let nullSpellings = PackedUTF8(nullWords)
    private static let booleanSpellings = PackedUTF8(booleanWords)

    /// The value of a plain (unquoted, untagged) scalar.
    static func resolvePlain(_ text: String) -> Value.Node {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return number(text) ?? .string(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            return isNull(text) ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return boolean(text).map(Value.Node.bool) ?? .string(text)
        default:
            return .string(text)
        }
    }

    static func isNull(_ text: String) -> Bool {
        text.isEmpty || nullWords.contains(text)
    }

    static func boolean(_ text: String) -> Bool? {
        booleanWords.firstIndex(of: text).map { $0 < 3 }
    }

    /// An integer or float by the core schema, or nil.
    static func number(_ text: String) -> Value.Node? {
        var copy = text
        return copy.withUTF8 { number(text, bytes: $0) }
    }

    private static func number(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Value.Node? {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            if bytes[1] == UInt8(ascii: "x") {
                return Int(String(decoding: bytes[2...], as: UTF8.self), radix: 16).map(Value.Node.integer)
            }
            if bytes[1] == UInt8(ascii: "o") {
                return Int(String(decoding: bytes[2...], as: UTF8.self), radix: 8).map(Value.Node.integer)
            }
        }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let rest = bytes[index...]
        // Only a four-byte rest starting with "." can be an infinity or NaN (dates and ids never are).
        if rest.count == 4, rest.first == UInt8(ascii: ".") {
            if rest.elementsEqual(".inf".utf8) || rest.elementsEqual(".Inf".utf8) || rest.elementsEqual(".INF".utf8) {
                return .number(bytes.first == UInt8(ascii: "-") ? -.infinity : .infinity)
            }
            if index == 0, rest.elementsEqual(".nan".utf8) || rest.elementsEqual(".NaN".utf8) || rest.elementsEqual(".NAN".utf8) {
                return .number(.nan)
            }
        }
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var digits = 0
        var isInteger = true
        while index < bytes.count, isDigit(bytes[index]) { index += 1; digits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        if isInteger, let whole = Int(text) { return .integer(whole) }
        return Double(text).map(Value.Node.number)
    }

    /// What an explicit tag makes of a scalar.
    enum TagResolution {
        /// The tag is a core tag and the text fits it.
        case value(Value.Node)
        /// The tag is a core tag but the text does not fit it (`!!int abc`).
        case mismatch
        /// Not a core tag (`!custom`): resolve as if untagged.
        case notCoreTag
    }

    /// The value of a scalar with an explicit tag (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`).
    static func resolveTagged(_ text: String, tag: String) -> TagResolution {
        let node: Value.Node?
        switch tag {
        case "tag:yaml.org,2002:str": node = .string(text)
        case "tag:yaml.org,2002:null": node = isNull(text) ? .null : nil
        case "tag:yaml.org,2002:bool": node = boolean(text).map(Value.Node.bool)
        case "tag:yaml.org,2002:int":
            if case .integer(let whole)? = number(text) { node = .integer(whole) } else { node = nil }
        case "tag:yaml.org,2002:float":
            switch number(text) {
            case .integer(let whole)?: node = .number(Double(whole))
            case .number(let real)?: node = .number(real)
            default: node = nil
            }
        default: return .notCoreTag
        }
        return node.map(TagResolution.value) ?? .mismatch
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
