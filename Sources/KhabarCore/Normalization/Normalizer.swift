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

    /// Appends the UTF-8 bytes of the normalized form of `text` to `output`: the hot path,
    /// which allocates nothing once `output` has grown to size.
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

    private func run<Offsets: OffsetRecording>(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], offsets: inout Offsets) {
        let lowerLatin = options.contains(.latinCase)
        var index = 0
        var source = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                output.append(lowerLatin && lead &- 0x41 < 26 ? lead | 0x20 : lead)
                offsets.emitted(1, from: source)
                index += 1
                source += 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: index)
            switch table.entry(for: scalar) {
            case CompiledTable.keep:
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                offsets.emitted(1, from: source)
            case CompiledTable.compose:
                composeMark(scalar, into: &output)
            case let entry:
                let start = Int(entry >> 6), byteCount = Int(entry & 0x3F)
                output.append(contentsOf: table.pool[start..<start + byteCount])
                offsets.emitted(table.scalarCounts[start], from: source)
            }
            index += length
            source += 1
        }
    }

    /// Joins a combining madda or hamza with the letter just written (ا + ◌ٔ → أ, then folded as
    /// the options say); a mark with nothing to join is dropped.
    private func composeMark(_ mark: UInt32, into output: inout [UInt8]) {
        guard output.count >= 2, let joins = NormalizationTable.composingMarks[mark] else { return }
        let last = (UInt32(output[output.count - 2] & 0x1F) << 6) | UInt32(output[output.count - 1] & 0x3F)
        guard output[output.count - 2] & 0xE0 == 0xC0, let composed = joins[last] else { return }
        output.removeLast(2)
        let entry = table.entry(for: composed)
        if entry == CompiledTable.keep || entry == CompiledTable.compose {
            output.append(contentsOf: String(UnicodeScalar(composed)!).utf8)
        } else {
            let start = Int(entry >> 6)
            output.append(contentsOf: table.pool[start..<start + Int(entry & 0x3F)])
        }
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
    private static let windows: [(base: UInt32, size: Int)] = [(0x0000, 0x0900), (0x2000, 0x0070), (0xFB50, 0x03B0)]

    private var entries: [[UInt32]]
    /// UTF-8 bytes of every replacement, back to back.
    private(set) var pool: [UInt8] = []
    /// For each replacement's first pool byte, the number of scalars it holds.
    private(set) var scalarCounts: [Int] = []

    init(_ options: NormalizationOptions) {
        entries = Self.windows.map { [UInt32](repeating: Self.keep, count: $0.size) }
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
        for (window, (base, size)) in Self.windows.enumerated() where scalar >= base && scalar < base + UInt32(size) {
            entries[window][Int(scalar - base)] = value
        }
    }

    @inline(__always)
    func entry(for scalar: UInt32) -> UInt32 {
        if scalar < 0x0900 { return entries[0][Int(scalar)] }
        if scalar &- 0x2000 < 0x0070 { return entries[1][Int(scalar - 0x2000)] }
        if scalar &- 0xFB50 < 0x03B0 { return entries[2][Int(scalar - 0xFB50)] }
        return Self.keep
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
