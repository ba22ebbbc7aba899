/// Which normalizations a ``Normalizer`` applies. Each one is switchable on its own.
///
/// ``cleaning`` removes what a reader does not see as a different word (diacritics, tatweel,
/// invisible controls, presentation forms, non-Western digits, Persian and Urdu letter
/// shapes); ``search`` adds the foldings that search engines apply to Arabic spelling
/// variation. `docs/NORMALIZATION.md` lists every mapping.
public struct NormalizationOptions: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16

    /// Creates options from their raw bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Presentation forms and ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) to their letters: ﻻ → لا, ﷲ → الله.
    public static let presentationForms = NormalizationOptions(rawValue: 1 << 0)
    /// Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks removed; a combining
    /// hamza or madda is composed with its letter (ا + ◌ٔ → أ).
    public static let diacritics = NormalizationOptions(rawValue: 1 << 1)
    /// Tatweel (ـ) removed.
    public static let tatweel = NormalizationOptions(rawValue: 1 << 2)
    /// Bidirectional and zero-width controls, byte-order marks and soft hyphens removed.
    public static let controls = NormalizationOptions(rawValue: 1 << 3)
    /// Arabic-Indic and Extended Arabic-Indic digits, and the Arabic decimal and thousands
    /// separators, to their Western forms.
    public static let digits = NormalizationOptions(rawValue: 1 << 4)
    /// Persian and Urdu letter variants to the Arabic letters they stand for: ی → ي, ک → ك, ہ → ه.
    public static let letterVariants = NormalizationOptions(rawValue: 1 << 5)
    /// Alef with hamza or madda, and wasla, to bare alef: أ إ آ ٱ → ا.
    public static let alef = NormalizationOptions(rawValue: 1 << 6)
    /// Alef maqsura to yeh: ى → ي.
    public static let alefMaqsura = NormalizationOptions(rawValue: 1 << 7)
    /// Teh marbuta to heh: ة → ه.
    public static let tehMarbuta = NormalizationOptions(rawValue: 1 << 8)
    /// Hamza on a carrier to the carrier: ؤ → و, ئ → ي.
    public static let hamzaCarriers = NormalizationOptions(rawValue: 1 << 9)
    /// Latin capitals to lower case (ASCII only: A–Z).
    public static let latinCase = NormalizationOptions(rawValue: 1 << 10)

    /// Everything that does not change which word a reader sees.
    public static let cleaning: NormalizationOptions = [.presentationForms, .diacritics, .tatweel, .controls, .digits, .letterVariants]
    /// The spelling foldings that search needs on top of cleaning.
    public static let foldings: NormalizationOptions = [.alef, .alefMaqsura, .tehMarbuta, .hamzaCarriers, .latinCase]
    /// Cleaning and every folding: the form used for matching and search (`norm` in the JSON).
    public static let search: NormalizationOptions = cleaning.union(foldings)
}
