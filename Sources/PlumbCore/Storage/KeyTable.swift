/// The mapping keys of one file's records, each distinct key written once.
///
/// A file's records repeat the same few dozen keys (`metadata`, `id`, `title`, …): kept in every record's
/// own text they took about 300 bytes a record. Nodes refer to a key by its offset here (``StoredNode``).
/// A reader fills the table while it reads the file; from then on it never changes and is shared by the
/// file's storages, which is why it is `@unchecked Sendable` (as ``RecordStorage`` is).
public final class KeyTable: @unchecked Sendable {
    @exclusivity(unchecked) private var buffer = GrowableBuffer<UInt8>(capacity: 256)
    /// The keys' bytes, one after the other.
    package var bytes: UnsafeMutablePointer<UInt8> { buffer.base }
    /// Open-addressing index of the keys written so far: `offset << 16 | length`, plus one (0 is empty).
    /// Dropped by ``seal()`` once the reader is done.
    @exclusivity(unchecked) private var slots: [UInt64]
    /// How many slots are taken.
    @exclusivity(unchecked) private var used = 0

    package init() {
        slots = Array(repeating: 0, count: 64)
    }

    deinit {
        buffer.deallocate()
    }

    /// The offset of `key` in the table, writing it if it is not there yet. Keys are at most
    /// ``StoredNode/maxKeyLength`` bytes (the reader cuts longer ones first).
    package func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        if slots.isEmpty { slots = Array(repeating: 0, count: 64) }
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0 {
            let entry = slots[slot] - 1
            let offset = Int(entry >> 16)
            if Int(entry & 0xFFFF) == key.count, UTF8Bytes.equal(UnsafeBufferPointer(start: bytes + offset, count: key.count), key) {
                return offset
            }
            slot = (slot + 1) & mask
        }
        let offset = buffer.append(key)
        slots[slot] = UInt64(offset) << 16 | UInt64(key.count) + 1
        used += 1
        if used * 2 > slots.count { rehash() }
        return offset
    }

    /// ``intern(_:)`` for a key given as a string. A key longer than a node can carry is cut before the
    /// character that would not fit whole (readers report such keys: the YAML reader and the CSV header).
    package func intern(_ key: String) -> (offset: Int, length: Int) {
        var key = key
        return key.withUTF8 { bytes in
            let length = Self.fittingLength(of: bytes)
            return (intern(UnsafeBufferPointer(rebasing: bytes[..<length])), length)
        }
    }

    /// How many bytes of `key` a node can carry: all of it, or up to the last whole character that fits.
    package static func fittingLength(of key: UnsafeBufferPointer<UInt8>) -> Int {
        guard key.count > StoredNode.maxKeyLength else { return key.count }
        var length = StoredNode.maxKeyLength
        while length > 0, key[length] & 0xC0 == 0x80 { length -= 1 }
        return length
    }

    /// The bytes of a key.
    package func key(offset: Int, length: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + offset, count: length)
    }

    /// Ends writing: the index and spare room are given back.
    package func seal() {
        slots = []
        used = 0
        buffer.shrinkToFit()
    }

    /// FNV-1a: keys are short, and this is all the mixing they need.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    private func rehash() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            let offset = Int((entry - 1) >> 16)
            let length = Int((entry - 1) & 0xFFFF)
            var slot = Self.hash(UnsafeBufferPointer(start: bytes + offset, count: length)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
