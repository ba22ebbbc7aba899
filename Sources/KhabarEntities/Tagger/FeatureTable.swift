/// Feature weights: for each feature hash, one weight per ``EntityTag``.
///
/// An open-addressing hash table over the 64-bit feature hashes (linear probing, load ≤ 1/2):
/// faster to build and to probe than a `Dictionary`, and it loads from flat arrays.
struct FeatureTable: Sendable {
    /// Feature hashes by slot; 0 marks an empty slot (no feature hashes to 0: see ``slotKey``).
    private var slots: [UInt64]
    /// The row of each slot's weights.
    private var rows: [Int32]
    /// The features in the order they were added.
    private(set) var keys: [UInt64] = []
    /// `EntityTag.count` weights per feature, in ``keys`` order.
    var weights: [Float] = []

    static let width = EntityTag.count

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
    }

    /// A table over `keys` and their weights, `width` per key.
    init(keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * Self.width, "a feature table needs \(Self.width) weights per key")
        self.init(capacity: keys.count)
        // Placed directly, without the look-up and zero weights of `row(inserting:)`: a model is
        // loaded at start-up.
        for (row, key) in keys.enumerated() {
            let slot = slot(of: Self.slotKey(key))
            slots[slot] = Self.slotKey(key)
            rows[slot] = Int32(row)
        }
        self.keys = keys
        self.weights = weights
    }

    var count: Int { keys.count }

    private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The slot holding `stored` (a ``slotKey(_:)``), or the empty slot where it would go.
    @inline(__always)
    private func slot(of stored: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: stored) & mask
        while slots[slot] != stored, slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// The row of `key`'s weights, or nil when the model has never seen it.
    @inline(__always)
    func row(of key: UInt64) -> Int? {
        let slot = slot(of: Self.slotKey(key))
        return slots[slot] == 0 ? nil : Int(rows[slot])
    }

    /// The row of `key`'s weights, added with zero weights when new.
    mutating func row(inserting key: UInt64) -> Int {
        if let row = row(of: key) { return row }
        if (keys.count + 1) * 2 > slots.count { grow() }
        let stored = Self.slotKey(key)
        let slot = slot(of: stored)
        slots[slot] = stored
        rows[slot] = Int32(keys.count)
        keys.append(key)
        weights.append(contentsOf: repeatElement(0, count: Self.width))
        return keys.count - 1
    }

    private mutating func grow() {
        var bigger = FeatureTable(capacity: slots.count)
        for key in keys { _ = bigger.row(inserting: key) }
        bigger.weights = weights
        self = bigger
    }

    /// Adds the weights of `features` for every tag into `scores`.
    @inline(__always)
    func accumulate(_ features: [UInt64], into scores: UnsafeMutablePointer<Float>) {
        weights.withUnsafeBufferPointer { weights in
            for feature in features {
                guard let row = row(of: feature) else { continue }
                let base = row * Self.width
                for tag in 0..<Self.width { scores[tag] += weights[base + tag] }
            }
        }
    }
}
