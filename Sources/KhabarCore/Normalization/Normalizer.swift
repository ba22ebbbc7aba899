/// Produces normalized views of Arabic text: the form used for matching and search.
///
/// A normalizer never changes a document; it returns a new string (``normalize(_:)``) or a
/// view that maps back to the original offsets (``view(of:)``). It works on UTF-8 bytes with
/// precomputed lookup tables, so it is cheap to call on every token.
///
/// ```swift
/// let search = Normalizer(.search)
/// search.normalize("فَصَائِلُ")   // "فصايل"
/// ```
public struct Normalizer: Sendable {
    /// The normalizations this normalizer applies.
    public let options: NormalizationOptions
    private let table: CompiledTable

    /// Creates a normalizer applying `options`.
    public init(_ options: NormalizationOptions = .search) {
        self.options = options
        self.table = CompiledTable(options)
    }

    /// The normalized form of `text`.
    public func normalize<S: StringProtocol>(_ text: S) -> String {
        var output: [UInt8] = []
        normalize(text, appendingTo: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of the normalized form of `text` to `output`: the hot path. It
    /// writes through a raw pointer into one scratch buffer per call (sized for the input), then
    /// moves that into `output` (or appends it, when `output` already holds bytes).
    public func normalize<S: StringProtocol>(_ text: S, appendingTo output: inout [UInt8]) {
        var ignored = NoOffsets()
        if text.utf8.withContiguousStorageIfAvailable({ run($0, into: &output, offsets: &ignored) }) == nil {
            var copy = String(text)
            copy.withUTF8 { run($0, into: &output, offsets: &ignored) }
        }
    }

    /// A normalized view of `text` that maps each of its scalars back to the original.
    public func view(of text: String) -> NormalizedView {
        var output: [UInt8] = []
        var offsets = RecordedOffsets()
        var text = text
        text.withUTF8 { run($0, into: &output, offsets: &offsets) }
        offsets.finish(sourceScalars: text.unicodeScalars.count)
        return NormalizedView(text: String(decoding: output, as: UTF8.self), originalOffsets: offsets.origins)
    }

    /// Normalizes `bytes` into `output`. Each step writes through a raw pointer into fresh
    /// memory sized for the input left, until the input ends or fewer bytes remain free than
    /// the longest replacement (only presentation-form ligatures grow the text).
    private func run<Offsets: OffsetRecording>(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], offsets: inout Offsets) {
        var cursor = Cursor()
        while cursor.index < bytes.count {
            let chunk = [UInt8](unsafeUninitializedCapacity: bytes.count - cursor.index + CompiledTable.longestReplacement) { buffer, written in
                var sink = Sink(buffer: buffer)
                step(bytes, &cursor, &sink, &offsets)
                written = sink.count
            }
            if output.isEmpty { output = chunk } else { output.append(contentsOf: chunk) }
        }
    }

    /// Where a run of ``run(_:into:offsets:)`` stands in its input.
    private struct Cursor {
        var index = 0
        var source = 0
    }

    /// Raw output space and how much of it is written.
    private struct Sink {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        var free: Int { buffer.count - count }

        @inline(__always)
        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            guard start < end else { return }
            UnsafeMutableRawPointer(buffer.baseAddress! + count).copyMemory(from: bytes.baseAddress! + start, byteCount: end - start)
            count += end - start
        }

        @inline(__always)
        mutating func write(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }
    }

    private func step<Offsets: OffsetRecording>(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor, _ sink: inout Sink, _ offsets: inout Offsets) {
        let lowerLatin = options.contains(.latinCase)
        let entries = table.entries
        let count = bytes.count
        var index = cursor.index, source = cursor.source
        defer { cursor = Cursor(index: index, source: source) }
        // Every scalar is written as it is read; a check per scalar keeps room for the longest
        // replacement.
        while index < count, sink.free >= CompiledTable.longestReplacement {
            let lead = bytes[index]
            if lead < 0x80 {
                sink.write(lowerLatin && lead &- 0x41 < 26 ? lead | 0x20 : lead)
                offsets.emitted(1, from: source)
                index += 1
                source += 1
                continue
            }
            if lead & 0xFE == 0xD8, index + 1 < count { // U+0600–U+067F, most of Arabic text
                let second = bytes[index + 1]
                let action = entries.arabic[Int(lead & 1) << 6 | Int(second & 0x3F)]
                if action != EntryTable.slowPath {
                    let length = Int(action >> 16)
                    if length == 2 {
                        sink.write(UInt8(truncatingIfNeeded: action >> 8))
                        sink.write(UInt8(truncatingIfNeeded: action))
                    }
                    offsets.emitted(length / 2, from: source)
                    index += 2
                    source += 1
                    continue
                }
            }
            let (scalar, length) = decodeScalar(bytes, at: index)
            let entry = entries.entry(for: scalar)
            if entry == CompiledTable.keep {
                sink.write(bytes, from: index, to: index + length)
                offsets.emitted(1, from: source)
            } else if entry == CompiledTable.compose {
                composeMark(scalar, into: &sink)
            } else {
                let start = Int(entry >> 6)
                table.pool.withUnsafeBufferPointer { sink.write($0, from: start, to: start + Int(entry & 0x3F)) }
                offsets.emitted(table.scalarCounts[start], from: source)
            }
            index += length
            source += 1
        }
    }

    /// Joins a combining madda or hamza with the letter just written (ا + ◌ٔ → أ, then folded as
    /// the options say); a mark with nothing to join is dropped.
    private func composeMark(_ mark: UInt32, into sink: inout Sink) {
        guard sink.count >= 2, let joins = NormalizationTable.composingMarks[mark] else { return }
        let first = sink.buffer[sink.count - 2], second = sink.buffer[sink.count - 1]
        let last = (UInt32(first & 0x1F) << 6) | UInt32(second & 0x3F)
        guard first & 0xE0 == 0xC0, let composed = joins[last] else { return }
        sink.count -= 2
        let entry = table.entry(for: composed)
        var replacement = Array(String(UnicodeScalar(composed)!).utf8)
        if entry != CompiledTable.keep && entry != CompiledTable.compose {
            let start = Int(entry >> 6)
            replacement = Array(table.pool[start..<start + Int(entry & 0x3F)])
        }
        replacement.withUnsafeBufferPointer { sink.write($0, from: 0, to: $0.count) }
    }
}

/// A normalized string together with where each of its scalars came from.
public struct NormalizedView: Sendable {
    /// The normalized text.
    public let text: String
    /// For each scalar of ``text``, the offset of the original scalar it came from, plus one
    /// final entry: the original's length.
    let originalOffsets: [Int32]

    /// The original span that the normalized span `span` came from, including the removed
    /// marks and controls that follow its last scalar (so `قال` maps back to `قَالَ`).
    public func originalSpan(of span: Span) -> Span {
        Span(start: Int(originalOffsets[span.start]), end: Int(originalOffsets[span.end]))
    }
}

/// Lookup tables built once per option set: a replacement for every scalar that changes.
private struct CompiledTable: Sendable {
    static let keep: UInt32 = .max
    static let compose: UInt32 = .max - 1
    /// The most bytes one scalar can become (ﷺ: 33).
    static let longestReplacement = 64
    /// The scalar ranges that have entries: Arabic and below, general punctuation and
    /// controls, and the presentation forms; everything else is kept as it is.
    private static let windows: [(base: UInt32, size: Int)] = [(0x0000, 0x0900), (0x2000, 0x0070), (0xFB50, 0x03B0)]

    /// One entry per scalar of the windows, back to back.
    private(set) var entries: EntryTable
    /// UTF-8 bytes of every replacement, back to back.
    private(set) var pool: [UInt8] = []
    /// For each replacement's first pool byte, the number of scalars it holds.
    private(set) var scalarCounts: [Int] = []
    init(_ options: NormalizationOptions) {
        entries = EntryTable(count: Self.windows.reduce(0) { $0 + $1.size })
        var single: [UInt32: String] = [:]
        for mapping in NormalizationTable.mappings where options.contains(mapping.option) && mapping.option != .presentationForms {
            single[mapping.source.value] = mapping.replacement
        }
        func resolved(_ text: String) -> String {
            text.unicodeScalars.map { single[$0.value] ?? String($0) }.joined()
        }
        for mapping in NormalizationTable.mappings where options.contains(mapping.option) {
            let replacement = mapping.option == .presentationForms ? resolved(mapping.replacement) : mapping.replacement
            set(mapping.source.value, to: replacement)
        }
        if options.contains(.diacritics) {
            for mark in NormalizationTable.composingMarks.keys { setEntry(mark, Self.compose) }
        }
        entries.compileArabic(pool: pool)
    }

    private mutating func set(_ scalar: UInt32, to replacement: String) {
        let bytes = Array(replacement.utf8)
        precondition(bytes.count < 64, "a normalization replacement is limited to 63 bytes")
        let start = pool.count
        pool.append(contentsOf: bytes.isEmpty ? [0] : bytes) // a removal still owns one slot for its scalar count
        scalarCounts.append(contentsOf: repeatElement(0, count: pool.count - start))
        scalarCounts[start] = replacement.unicodeScalars.count
        setEntry(scalar, UInt32(start) << 6 | UInt32(bytes.count))
    }

    private mutating func setEntry(_ scalar: UInt32, _ value: UInt32) {
        var offset = 0
        for (base, size) in Self.windows {
            if scalar >= base && scalar < base + UInt32(size) { entries.storage[offset + Int(scalar - base)] = value }
            offset += size
        }
    }

    func entry(for scalar: UInt32) -> UInt32 { entries.entry(for: scalar) }
}

/// The entries of a ``CompiledTable`` in memory of their own, read through a plain pointer in
/// the normalizer's loop and freed with the last normalizer that uses them.
private final class EntryTable: @unchecked Sendable {
    let storage: UnsafeMutableBufferPointer<UInt32>
    /// For U+0600–U+067F: the two UTF-8 bytes the scalar becomes (bits 0–15) and how many of
    /// them there are, 0 or 2 (bits 16–23); ``slowPath`` for anything else (composing marks).
    let arabic: UnsafeMutableBufferPointer<UInt32>
    static let slowPath: UInt32 = .max

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: CompiledTable.keep)
        arabic = .allocate(capacity: 128)
        arabic.initialize(repeating: Self.slowPath)
    }

    deinit {
        storage.deallocate()
        arabic.deallocate()
    }

    /// Fills ``arabic`` from the entries once they are final.
    func compileArabic(pool: [UInt8]) {
        for offset in 0..<128 {
            let scalar = 0x0600 + offset
            let entry = storage[scalar]
            var replacement: [UInt8]
            switch entry {
            case CompiledTable.compose: continue
            case CompiledTable.keep: replacement = Array(String(UnicodeScalar(UInt32(scalar))!).utf8)
            default:
                let start = Int(entry >> 6)
                replacement = Array(pool[start..<start + Int(entry & 0x3F)])
            }
            guard replacement.count == 0 || replacement.count == 2 else { continue }
            let packed = replacement.count == 2 ? UInt32(replacement[0]) << 8 | UInt32(replacement[1]) : 0
            arabic[offset] = UInt32(replacement.count) << 16 | packed
        }
    }

    @inline(__always)
    func entry(for scalar: UInt32) -> UInt32 {
        if scalar < 0x0900 { return storage[Int(scalar)] }
        if scalar &- 0x2000 < 0x0070 { return storage[0x0900 + Int(scalar - 0x2000)] }
        if scalar &- 0xFB50 < 0x03B0 { return storage[0x0970 + Int(scalar - 0xFB50)] }
        return CompiledTable.keep
    }
}

/// Where the normalizer reports each emitted run of scalars and the source scalar behind it.
private protocol OffsetRecording {
    mutating func emitted(_ scalars: Int, from source: Int)
}

private struct NoOffsets: OffsetRecording {
    @inline(__always) mutating func emitted(_ scalars: Int, from source: Int) {}
}

private struct RecordedOffsets: OffsetRecording {
    var origins: [Int32] = []
    mutating func emitted(_ scalars: Int, from source: Int) {
        origins.append(contentsOf: repeatElement(Int32(source), count: scalars))
    }
    mutating func finish(sourceScalars: Int) { origins.append(Int32(sourceScalars)) }
}
