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
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let last = numbers.max() ?? 0
            // Bytes, not Characters: split at LF (a CR before it is dropped), stop after the last line wanted.
            let lines: [(Int, String)]? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> [(Int, String)]? in
                let bytes = buffer.bindMemory(to: UInt8.self)
                if bytes.contains(0) { return nil }
                var found: [(Int, String)] = []
                var number = 1
                var start = 0
                var index = 0
                while index <= bytes.count, number <= last {
                    if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                        if numbers.contains(number) {
                            var end = index
                            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                            if number == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                            if text.unicodeScalars.count <= longestLine { found.append((number, text)) }
                        }
                        number += 1
                        start = index + 1
                    }
                    index += 1
                }
                return found
            }
            for (number, text) in lines ?? [] { excerpts.set(text, line: number, in: file) }
        }
        return excerpts
    }
}
