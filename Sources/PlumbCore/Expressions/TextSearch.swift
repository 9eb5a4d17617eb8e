import Foundation

/// Substring search on UTF-8 bytes, for `contains()` and `in`: text is compared as written (code points),
/// which for the records' text finds what Swift's Character-level search finds, many times faster.
enum TextSearch {
    static func contains(_ text: String, _ part: String) -> Bool {
        if part.isEmpty { return true }
        // Native strings hand out their bytes in place; copying into a `var` for withUTF8 cost a retain and a
        // release of each text per call.
        if let found = text.utf8.withContiguousStorageIfAvailable({ haystack in
            part.utf8.withContiguousStorageIfAvailable { needle in contains(haystack, needle) }
        }), let found { return found }
        var text = text
        var part = part
        return text.withUTF8 { haystack in part.withUTF8 { needle in contains(haystack, needle) } }
    }

    /// Fixed words to look for (a synonym list, the word of `contains(title, ' ')`), their bytes taken once.
    struct Words: Sendable {
        private let words: PackedUTF8

        init(_ words: [String]) {
            self.words = PackedUTF8(words)
        }

        /// Whether `text` contains any of the words.
        func anyFound(in text: String) -> Bool {
            if let found = text.utf8.withContiguousStorageIfAvailable(anyFound(in:)) { return found }
            return Array(text.utf8).withUnsafeBufferPointer(anyFound(in:))
        }

        private func anyFound(in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            words.contains { TextSearch.contains(haystack, $0) }
        }
    }

    /// Whether `needle` occurs in `haystack` (both UTF-8).
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        if count == 0 { return true }
        guard count <= haystack.count, let base = haystack.baseAddress, let wanted = needle.baseAddress else {
            return false
        }
        // Candidates are found by the needle's last byte with memchr, then compared whole: its first
        // byte would stop at nearly every character of Chinese text (most start with 0xE4–0xE9),
        // its last is one of 64 continuation bytes.
        let last = needle[count - 1]
        var position = count - 1
        while position < haystack.count {
            guard let hit = memchr(base + position, Int32(last), haystack.count - position) else { return false }
            let end = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + end - (count - 1), wanted, count - 1) == 0 { return true }
            position = end + 1
        }
        return false
    }
}
