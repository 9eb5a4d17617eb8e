import Foundation

/// Byte comparisons of UTF-8 text in record storage: keys against names, texts against texts.
///
/// One `memcmp`, where `elementsEqual` on buffers went through a generic iterator (a tenth of reading a
/// file in callgrind, key look-ups being the commonest operation of reading and validating).
package enum UTF8Bytes {
    /// Whether two byte runs are the same bytes.
    @inline(__always)
    package static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard let left = first.baseAddress, let right = second.baseAddress, first.count > 0 else { return true }
        return left.pointee == right.pointee && memcmp(left, right, first.count) == 0
    }
}
