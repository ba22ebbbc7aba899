/// The mappings behind each ``NormalizationOptions`` member, as data.
///
/// Every entry maps one source scalar to a replacement (empty: removed). The table is the single
/// source of truth for `docs/NORMALIZATION.md` and for the tests that check each mapping.
public enum NormalizationTable {
    /// One mapping: `source` becomes `replacement` when `option` is on.
    public struct Mapping: Hashable, Sendable {
        /// The option that switches this mapping on.
        public let option: NormalizationOptions
        /// The scalar that is replaced.
        public let source: Unicode.Scalar
        /// What replaces it; empty when the scalar is removed.
        public let replacement: String
    }

    /// Every mapping, grouped by option, in the order the table documents them.
    public static let mappings: [Mapping] = {
        var all: [Mapping] = []
        func add(_ option: NormalizationOptions, _ sources: ClosedRange<UInt32>, _ replacement: (UInt32) -> String) {
            for value in sources {
                if let scalar = Unicode.Scalar(value) {
                    all.append(Mapping(option: option, source: scalar, replacement: replacement(value)))
                }
            }
        }
        let removed: (UInt32) -> String = { _ in "" }
        func becomes(_ text: String) -> (UInt32) -> String { { _ in text } }

        for range in diacriticRanges { add(.diacritics, range, removed) }
        add(.tatweel, 0x0640...0x0640, removed)
        for range in controlRanges { add(.controls, range, removed) }
        add(.digits, 0x0660...0x0669) { String(UnicodeScalar(UInt8(0x30 + $0 - 0x0660))) }
        add(.digits, 0x06F0...0x06F9) { String(UnicodeScalar(UInt8(0x30 + $0 - 0x06F0))) }
        add(.digits, 0x066B...0x066B, becomes("."))
        add(.digits, 0x066C...0x066C, becomes(","))
        for (source, target) in letterVariants { add(.letterVariants, source...source, becomes(target)) }
        for source: UInt32 in [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673] { add(.alef, source...source, becomes("ا")) }
        add(.alefMaqsura, 0x0649...0x0649, becomes("ي"))
        add(.tehMarbuta, 0x0629...0x0629, becomes("ه"))
        add(.hamzaCarriers, 0x0624...0x0624, becomes("و"))
        add(.hamzaCarriers, 0x0626...0x0626, becomes("ي"))
        add(.latinCase, 0x41...0x5A) { String(UnicodeScalar(UInt8($0 + 0x20))) }
        for (source, target) in PresentationForms.table { add(.presentationForms, source...source, becomes(target)) }
        return all
    }()

    /// Combining marks that compose with the letter before them instead of being removed.
    static let composingMarks: [UInt32: [UInt32: UInt32]] = [
        0x0653: [0x0627: 0x0622],                                   // madda: ا → آ
        0x0654: [0x0627: 0x0623, 0x0648: 0x0624, 0x064A: 0x0626,     // hamza above
                 0x0649: 0x0626, 0x06D5: 0x06C0],
        0x0655: [0x0627: 0x0625],                                   // hamza below: ا → إ
    ]

    /// Harakat, tanwin, shadda, sukun, superscript alef, small high marks and Quranic annotation signs.
    static let diacriticRanges: [ClosedRange<UInt32>] = [
        0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
        0x06E7...0x06E8, 0x06EA...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF,
    ]

    /// Invisible format controls: Arabic letter mark, soft hyphen, zero-width and bidi controls, BOM.
    static let controlRanges: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD, 0x061C...0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
        0x2066...0x2069, 0xFEFF...0xFEFF,
    ]

    /// Persian, Urdu and other regional letter shapes and the Arabic letter each stands for.
    static let letterVariants: [(UInt32, String)] = [
        (0x06CC, "ي"), // ی Farsi yeh
        (0x06D2, "ي"), // ے yeh barree
        (0x06D0, "ي"), // ې e
        (0x06D3, "ئ"), // ۓ yeh barree with hamza
        (0x06A9, "ك"), // ک keheh
        (0x06AA, "ك"), // ڪ swash kaf
        (0x06C1, "ه"), // ہ heh goal
        (0x06BE, "ه"), // ھ heh doachashmee
        (0x06D5, "ه"), // ە ae
        (0x06C0, "ه"), // ۀ heh with yeh above
        (0x06C2, "ه"), // ۂ heh goal with hamza above
        (0x06C3, "ة"), // ۃ teh marbuta goal
    ]
}
