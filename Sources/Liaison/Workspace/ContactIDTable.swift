import Foundation

//===----------------------------------------------------------------------===//
// ContactIDTable: contact id bytes -> ContactIndex, without making Strings
//===----------------------------------------------------------------------===//

/// An open-addressing hash table from contact-id bytes to `ContactIndex`, used while loading so that
/// resolving the ids of a million interactions never builds or hashes a `String`.
///
/// Ids are stored back to back in one byte arena, each behind an 8-byte header (its index and its
/// length). A slot holds the upper 32 bits of the key's hash beside the entry's arena offset (0 =
/// empty), so a lookup touches two cache lines — the slot and the entry — and compares bytes only
/// when the fingerprints agree. Slots are probed linearly and kept at most half full. The hash reads
/// the key 8 bytes at a time, multiplying each word in (as in the FxHash family), and finishes with
/// MurmurHash3's 64-bit avalanche (`fmix64`) so that slugs differing in their last character spread.
///
/// - Complexity: O(length of the id) expected per insert or lookup; O(total id bytes + n) space.
struct ContactIDTable {
    /// Entries: index (UInt32, little-endian), length (UInt32), then the id's bytes.
    private var arena: [UInt8] = []
    /// (fingerprint << 32) | (arena offset + 1); 0 = empty.
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(expectedCount: Int) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        if let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = (h ^ word) &* 0x5171_5B2C_6B47_8E1B
                h = (h << 23) | (h >> 41)
                i += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while i < n { tail |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0x5171_5B2C_6B47_8E1B
        }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// The slot where `key` is, or the empty slot where it would go, and the key's index if present.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, index: Int32?) {
        let fingerprint = h >> 32
        return arena.withUnsafeBytes { a in
            slots.withUnsafeBufferPointer { sl in
                var slot = Int(truncatingIfNeeded: h) & mask
                while true {
                    let v = sl[slot]
                    if v == 0 { return (slot, nil) }
                    if v >> 32 == fingerprint {
                        let offset = Int(v & 0xFFFF_FFFF) - 1
                        let length = Int(a.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                        if length == key.count,
                           key.isEmpty || memcmp(a.baseAddress! + offset + 8, key.baseAddress!, length) == 0 {
                            return (slot, Int32(a.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The index of `key`, or `nil`.
    func index(of key: UnsafeBufferPointer<UInt8>) -> ContactIndex? { find(key, hash: Self.hash(key)).index }

    func index(of key: String) -> ContactIndex? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Adds `key` as the next index and returns that index, or returns the existing index of `key`
    /// (a duplicate) without adding it.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: ContactIndex, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(key)
        let (slot, existing) = find(key, hash: h)
        if let existing { return (existing, false) }
        let index = count
        let offset = arena.count
        precondition(offset + key.count + 8 < Int(UInt32.max), "contact ids exceed 4 GiB")
        withUnsafeBytes(of: UInt32(index).littleEndian) { arena.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(key.count).littleEndian) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: key)
        slots[slot] = (h >> 32) << 32 | UInt64(offset + 1)
        count += 1
        return (ContactIndex(index), true)
    }

    mutating func insert(_ key: String) -> (index: ContactIndex, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var fresh = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        arena.withUnsafeBytes { a in
            var offset = 0
            while offset < a.count {
                let length = Int(a.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                let key = UnsafeBufferPointer(start: (a.baseAddress! + offset + 8).assumingMemoryBound(to: UInt8.self), count: length)
                let h = Self.hash(key)
                var slot = Int(truncatingIfNeeded: h) & newMask
                while fresh[slot] != 0 { slot = (slot + 1) & newMask }
                fresh[slot] = (h >> 32) << 32 | UInt64(offset + 1)
                offset += 8 + length
            }
        }
        slots = fresh
        mask = newMask
    }
}
