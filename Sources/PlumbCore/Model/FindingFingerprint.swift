/// A fingerprint of a finding that survives edits elsewhere in its file (baselines, SARIF `partialFingerprints`).
///
/// It is built from the rule id, the record id (the file, for findings outside any record), the field
/// path and the message with positions blanked, never from the finding's own line or column: inserting
/// lines above a finding leaves its fingerprint unchanged.
public extension Finding {
    /// 16 hex digits (FNV-1a, 64 bits) of ``fingerprintText``.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in fingerprintText.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The text the fingerprint hashes: `v1`, rule, record (or file), path and normalised message, separated by U+001F.
    var fingerprintText: String {
        ["v1", ruleId, recordId ?? "file:" + location.file, location.path ?? "", Self.normalisedMessage(message)]
            .joined(separator: "\u{1F}")
    }

    /// `message` with line and column numbers blanked to `#`: digits right after a colon
    /// (`a.yaml:3:16`, `at 3:5`) or after the words `line`, `column`, `row`.
    static func normalisedMessage(_ message: String) -> String {
        var output = ""
        var blanking = false
        for character in message {
            guard character.isASCII, character.isNumber else {
                blanking = false
                output.append(character)
                continue
            }
            if blanking { continue }
            let before = output.suffix(7).lowercased()
            if before.hasSuffix(":") || ["line ", "column ", "row "].contains(where: { before.hasSuffix($0) }) {
                blanking = true
                output.append("#")
            } else {
                output.append(character)
            }
        }
        return output
    }
}
