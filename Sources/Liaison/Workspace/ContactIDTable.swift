//===----------------------------------------------------------------------===//
// ContactIDTable: contact id bytes -> ContactIndex, without making Strings
//===----------------------------------------------------------------------===//

/// An open-addressing hash table from contact-id bytes to `ContactIndex`, used while loading so that
/// resolving the ids of a million interactions never builds or hashes a `String`.
///
/// Ids are stored back to back in one byte arena; slots hold indices (−1 = empty) and are probed
/// linearly. The hash is 64-bit FNV-1a (Fowler–Noll–Vo), whose quality is ample for short slugs.
/// The table is kept at most half full.
///
/// - Complexity: O(length of the id) expected per insert or lookup; O(total id bytes + n) space.
struct ContactIDTable {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(expectedCount: Int) {
        var size = 16
        while size < expectedCount * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    @inline(__always)
    private func equals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = starts[index], e = starts[index + 1]
        guard e - s == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            var i = 0
            while i < key.count { if a[s + i] != key[i] { return false }; i += 1 }
            return true
        }
    }

    /// The index of `key`, or `nil`.
    func index(of key: UnsafeBufferPointer<UInt8>) -> ContactIndex? {
        var slot = Self.hash(key) & mask
        while true {
            let v = slots[slot]
            if v < 0 { return nil }
            if equals(Int(v), key) { return v }
            slot = (slot + 1) & mask
        }
    }

    func index(of key: String) -> ContactIndex? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Adds `key` as the next index and returns that index, or returns the existing index of `key`
    /// (a duplicate) without adding it.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (index: ContactIndex, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Self.hash(key) & mask
        while true {
            let v = slots[slot]
            if v < 0 { break }
            if equals(Int(v), key) { return (v, false) }
            slot = (slot + 1) & mask
        }
        let index = ContactIndex(count)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        slots[slot] = index
        return (index, true)
    }

    mutating func insert(_ key: String) -> (index: ContactIndex, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0) }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for i in 0 ..< count {
            let h = arena.withUnsafeBufferPointer { a in
                Self.hash(UnsafeBufferPointer(rebasing: a[starts[i] ..< starts[i + 1]]))
            }
            var slot = h & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
