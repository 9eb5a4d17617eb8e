/// Substring search on UTF-8 bytes, for `contains()` and `in`: text is compared as written (code points),
/// which for the records' text finds what Swift's Character-level search finds, many times faster.
enum TextSearch {
    static func contains(_ text: String, _ part: String) -> Bool {
        if part.isEmpty { return true }
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                let count = needle.count
                guard count <= haystack.count else { return false }
                let first = needle[0]
                var start = 0
                while start + count <= haystack.count {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < count, haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
