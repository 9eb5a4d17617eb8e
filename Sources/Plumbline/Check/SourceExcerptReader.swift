import Foundation
import PlumbCore

/// Reads the lines findings point at, once per file, for the text and HTML snippets.
enum SourceExcerptReader {
    /// Lines longer than this are not shown (a minified JSON file would flood the terminal).
    static let longestLine = 400

    static func excerpts(for findings: [Finding]) -> SourceExcerpts {
        var wanted: [String: Set<Int>] = [:]
        for finding in findings { wanted[finding.location.file, default: []].insert(finding.location.line) }
        var excerpts = SourceExcerpts()
        for (file, numbers) in wanted {
            guard let data = FileManager.default.contents(atPath: file), !data.contains(0) else { continue }
            let last = numbers.max() ?? 0
            var number = 0
            for line in String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                number += 1
                if number > last { break }
                guard numbers.contains(number) else { continue }
                var text = String(line)
                if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                guard text.unicodeScalars.count <= longestLine else { continue }
                excerpts.set(text, line: number, in: file)
            }
        }
        return excerpts
    }
}
