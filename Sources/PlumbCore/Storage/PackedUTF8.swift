/// Fixed texts laid end to end as one UTF-8 buffer, read as byte runs: the keys of a field path, the words
/// of a synonym list. Compared with storage's bytes without a `String` per read, and walking them retains
/// nothing (walking a `[String]` retained each text).
package struct PackedUTF8: Sendable {
    private let bytes: [UInt8]
    private let ranges: [Range<Int>]

    package init(_ texts: [String]) {
        var bytes: [UInt8] = []
        ranges = texts.map { text in
            let first = bytes.count
            bytes.append(contentsOf: text.utf8)
            return first ..< bytes.count
        }
        self.bytes = bytes
    }

    package var count: Int { ranges.count }

    /// `body` on the bytes of the text at `index`.
    package func withText<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = ranges[index]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether `body` holds for the bytes of any of the texts.
    package func contains(where body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { all in ranges.contains { body(UnsafeBufferPointer(rebasing: all[$0])) } }
    }
}
