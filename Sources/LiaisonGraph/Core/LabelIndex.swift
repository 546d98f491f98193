//===----------------------------------------------------------------------===//
// LabelIndex: node labels ↔ node indices
//===----------------------------------------------------------------------===//

/// The labels of a graph's nodes and the map back from label to node, in O(1) both ways.
///
/// Edge lists mostly name nodes by numbers ("0 10 0.375"). A label that is a canonical decimal
/// number (ASCII digits, no sign, no leading zero) below `numericLimit` is found through a table
/// indexed by its value, with no hashing and no string built to look it up; every other label goes
/// through a dictionary. Each label lives in exactly one of the two, so both kinds can mix.
///
///     var index = LabelIndex()
///     index.insert("alice")          // (0, true)
///     index.insert(number: 42)       // 1, labelled "42"
///     index.index(of: "42")          // 1
///     index.index(of: "042")         // nil: "042" is another label
///
/// The table grows to the largest number seen, so it is used only for numbers below
/// `numericLimit` (2^24: at most 64 MiB) and below 16 × (labels so far) + 65,536, which keeps it
/// within a small multiple of the labels' own size; larger numbers go to the dictionary.
public struct LabelIndex: Sendable {
    public static let numericLimit = 1 << 24

    /// `labels[i]` is the label of node `i`.
    public private(set) var labels: [String] = []
    @usableFromInline var byNumber: [Int32] = []          // byNumber[k]: node labelled "k", or -1
    private var byText: [String: Int32] = [:]

    public init() {}

    /// The index of `labels` (node `i` labelled `labels[i]`); a repeated label maps to its last node.
    public init(labels: [String]) {
        byText.reserveCapacity(labels.count / 8)
        for (i, label) in labels.enumerated() {
            if let k = Self.canonicalNumber(label), k < Self.tableLimit(labelCount: i) {
                growTable(to: k)
                byNumber[k] = Int32(i)
            } else {
                byText[label] = Int32(i)
            }
        }
        self.labels = labels
    }

    public var count: Int { labels.count }

    /// The node labelled `label`, or nil.
    public func index(of label: String) -> Int32? {
        if let k = Self.canonicalNumber(label), k < byNumber.count, byNumber[k] >= 0 { return byNumber[k] }
        return byText[label]
    }

    /// The node labelled `label`, added at the end when new.
    @discardableResult
    public mutating func insert(_ label: String) -> (index: Int32, inserted: Bool) {
        if let k = Self.canonicalNumber(label) { return insert(number: k) }
        if let i = byText[label] { return (i, false) }
        let i = Int32(labels.count)
        labels.append(label)
        byText[label] = i
        return (i, true)
    }

    /// The node labelled with the decimal form of `value` (≥ 0), added at the end when new.
    /// The fast path of edge-list loading: no string is made unless the number is new.
    @inlinable @inline(__always) @discardableResult
    public mutating func insert(number value: Int) -> (index: Int32, inserted: Bool) {
        if value < byNumber.count, byNumber[value] >= 0 { return (byNumber[value], false) }
        return insertNew(number: value)
    }

    @usableFromInline mutating func insertNew(number value: Int) -> (index: Int32, inserted: Bool) {
        precondition(value >= 0, "labels by number are ≥ 0")
        let label = String(value)
        // A number once too large for the table sits in the dictionary even after the table grew.
        if !byText.isEmpty, let i = byText[label] { return (i, false) }
        if value < Self.tableLimit(labelCount: labels.count) {
            growTable(to: value)
            let i = Int32(labels.count)
            labels.append(label)
            byNumber[value] = i
            return (i, true)
        }
        let i = Int32(labels.count)
        labels.append(label)
        byText[label] = i
        return (i, true)
    }

    private static func tableLimit(labelCount: Int) -> Int {
        min(numericLimit, 16 * labelCount + 65_536)
    }

    private mutating func growTable(to value: Int) {
        if value >= byNumber.count {
            // Doubling: amortised O(1) per label, as for an array append.
            byNumber.append(contentsOf: repeatElement(-1, count: max(value + 1, 2 * byNumber.count) - byNumber.count))
        }
    }

    /// The value of a canonical decimal label (ASCII digits, no leading zero unless "0", at most
    /// 8 digits), else nil.
    @inline(__always)
    public static func canonicalNumber(_ label: String) -> Int? {
        var label = label
        return label.withUTF8 { canonicalNumber($0) }
    }

    @inline(__always)
    public static func canonicalNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard n >= 1, n <= 8, bytes[0] != UInt8(ascii: "0") || n == 1 else { return nil }
        var value = 0
        for b in bytes {
            let d = b &- UInt8(ascii: "0")
            if d > 9 { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }
}
