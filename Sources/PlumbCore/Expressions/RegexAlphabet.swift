/// The characters a whole-text pattern (`^…$`) can match: a text holding any other cannot match it.
///
/// `matches(s.content, '^\s*(略|无|待补充)?\s*[。．.]?\s*$')` asks whether a whole chapter is a placeholder;
/// nearly every text fails at its first character, yet the regex engine first converted the whole text to
/// UTF-16. The alphabet is read from the pattern — literal characters, classes without negation, `\s`, `\d`,
/// escaped punctuation, groups, alternatives inside groups and repetition — and is a superset of what the
/// pattern can match (whitespace is always admitted, for `$` before a final line break). Any other
/// construct (`.`, `\w`, `\p{…}`, `(?i)`, a negated class, `|` outside a group) leaves no alphabet, and
/// every text goes to the regex.
struct RegexAlphabet: Sendable {
    private var scalars: Set<Unicode.Scalar> = []
    private var ranges: [ClosedRange<Unicode.Scalar>] = []
    private var admitsDigits = false

    /// Whether every character of `text` is in the alphabet (when not, the pattern cannot match it).
    func admits(_ text: String) -> Bool {
        // Cheapest tests first: ids of ASCII letters and digits are nearly all in ranges.
        text.unicodeScalars.allSatisfy { scalar in
            ranges.contains { $0.contains(scalar) } || scalars.contains(scalar) || Self.isWhitespace(scalar)
                || (admitsDigits && scalar.properties.numericType == .decimal)
        }
    }

    /// Unicode whitespace (a superset of the regex engine's `\s` and line terminators), ASCII without a
    /// property look-up.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09 ... 0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// The alphabet of a pattern anchored at both ends, or nil.
    init?(pattern: String) {
        var input = Array(pattern.unicodeScalars)
        guard input.count >= 2, input.first == "^", input.last == "$", input[input.count - 2] != "\\" else { return nil }
        input = Array(input.dropFirst().dropLast())
        // A quantifier on the anchor itself (`^*a$`, `^?a$`, `^{0}a$`) lets the match start anywhere.
        if let first = input.first, first == "*" || first == "+" || first == "?" || first == "{" { return nil }
        var index = 0
        var depth = 0
        while index < input.count {
            let scalar = input[index]
            index += 1
            switch scalar {
            case "\\":
                guard index < input.count, add(escape: input[index]) else { return nil }
                index += 1
            case "[":
                guard let end = addClass(input, from: index) else { return nil }
                index = end
            case "(":
                if index < input.count, input[index] == "?" {
                    guard index + 1 < input.count, input[index + 1] == ":" else { return nil }
                    index += 2
                }
                depth += 1
            case ")":
                depth -= 1
                guard depth >= 0 else { return nil }
            case "|":
                // At the top level `^a|b$` is (^a)|(b$): not a whole-text pattern.
                guard depth > 0 else { return nil }
            case "*", "+", "?":
                break
            case "{":
                while index < input.count, input[index] != "}" {
                    guard input[index].properties.numericType == .decimal || input[index] == "," else { return nil }
                    index += 1
                }
                index += 1
            case ".", "^", "$", "]", "}":
                return nil
            default:
                scalars.insert(scalar)
            }
        }
        guard depth == 0 else { return nil }
    }

    /// `\s`, `\d`, `\t`, `\n`, `\r` and escaped punctuation; false for any other escape.
    private mutating func add(escape scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "s": break
        case "d": admitsDigits = true
        case "t": scalars.insert("\t")
        case "n": scalars.insert("\n")
        case "r": scalars.insert("\r")
        default:
            guard scalar.isASCII, !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) else { return false }
            scalars.insert(scalar)
        }
        return true
    }

    /// The members of a class opening at `start` (after its `[`); the index after its `]`, or nil.
    private mutating func addClass(_ input: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        // `[^…]` is negated and `[:digit:]` is a POSIX set in ICU: neither is a list of characters.
        guard index < input.count, input[index] != "^", input[index] != ":" else { return nil }
        var previous: Unicode.Scalar?
        while index < input.count {
            let scalar = input[index]
            index += 1
            switch scalar {
            case "]" where index - 1 > start:
                return index
            case "[", "&":
                return nil
            case "\\":
                guard index < input.count, add(escape: input[index]) else { return nil }
                previous = nil
                index += 1
            case "-" where index - 1 > start && index < input.count && input[index] != "]":
                // A range; one whose lower end is not a plain character (`[\.-z]`, `[a-c-e]`) is not read.
                let upper = input[index]
                guard upper != "\\", upper != "[", let lower = previous, lower <= upper else { return nil }
                ranges.append(lower ... upper)
                previous = nil
                index += 1
            default:
                scalars.insert(scalar)
                previous = scalar
            }
        }
        return nil
    }
}
