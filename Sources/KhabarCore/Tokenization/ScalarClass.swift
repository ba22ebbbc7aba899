/// What role a Unicode scalar plays when text is cut into tokens.
enum ScalarClass: UInt8, Sendable {
    /// Whitespace: separates tokens and belongs to none.
    case space
    /// Invisible controls (bidi marks, zero-width characters, C0 controls): skipped between tokens.
    case ignorable
    /// An Arabic-script letter, including presentation forms.
    case arabicLetter
    /// An Arabic diacritic or Quranic mark: part of the word it sits on.
    case arabicMark
    /// Tatweel, the elongation stroke: part of the word it stretches.
    case tatweel
    /// A letter of any other script.
    case letter
    /// A non-Arabic combining mark.
    case mark
    /// A decimal digit of any script.
    case digit
    /// Punctuation that can end a sentence: . ! ? ؟ … ۔
    case terminal
    /// Other punctuation: ، ؛ , ; : and the like.
    case punctuation
    /// Hyphens and dashes.
    case dash
    /// Quotation marks of every kind.
    case quote
    /// Opening and closing brackets.
    case bracket
    /// Percent signs (% ٪), which a number may carry.
    case percent
    /// The hash that starts a hashtag.
    case hash
    /// The at sign that starts a mention or sits inside an e-mail address.
    case at
    /// Emoji and pictographs.
    case emoji
    /// Any other symbol.
    case symbol

    /// Whether scalars of this class continue an Arabic word.
    var continuesArabicWord: Bool {
        self == .arabicLetter || self == .arabicMark || self == .tatweel || self == .mark
    }

    /// Whether scalars of this class continue a word of another script.
    var continuesOtherWord: Bool {
        self == .letter || self == .mark || self == .digit
    }

    /// The class of `value`. Hot loops hold a ``ScalarClassifier`` instead, which skips the
    /// lazy-initialization check of the shared table on every call.
    static func of(_ value: UInt32) -> ScalarClass {
        ScalarClassifier()(value)
    }

    /// Classes of U+0000–U+08FF, computed once into memory that lives as long as the process,
    /// so that hot loops read it through a plain pointer.
    nonisolated(unsafe) fileprivate static let lowTable: UnsafeBufferPointer<ScalarClass> = {
        let table = UnsafeMutableBufferPointer<ScalarClass>.allocate(capacity: 0x0900)
        for value in 0..<0x0900 { table[value] = classifyLow(UInt32(value)) }
        return UnsafeBufferPointer(table)
    }()

    private static func classifyLow(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return .space
        case 0x00...0x1F, 0x7F...0x9F, 0xAD: return .ignorable
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4: return .terminal
        case 0x2C, 0x3A, 0x3B, 0x060C, 0x060D, 0x061B, 0x061D, 0x061E: return .punctuation
        case 0x2D: return .dash
        case 0x22, 0x27, 0x60, 0xAB, 0xBB: return .quote
        case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return .bracket
        case 0x25, 0x066A: return .percent
        case 0x23: return .hash
        case 0x40: return .at
        case 0x061C: return .ignorable
        case 0x0640: return .tatweel
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
             0x06E7, 0x06E8, 0x06EA...0x06ED, 0x08CA...0x08E1, 0x08E3...0x08FF:
            return .arabicMark
        case 0x0620...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5, 0x06E5, 0x06E6, 0x06EE, 0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x0870...0x0887, 0x0889...0x088E, 0x08A0...0x08C9:
            return .arabicLetter
        case 0x0660...0x0669, 0x06F0...0x06F9:
            return .digit
        default: return classifyByProperties(value)
        }
    }

    fileprivate static func classifyByProperties(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0xFB50...0xFD3D, 0xFD40...0xFDFB, 0xFE70...0xFEFC:
            return value >= 0xFE70 && value <= 0xFE7F ? .arabicMark : .arabicLetter
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return .ignorable
        case 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F, 0xFF02, 0xFF07: return .quote
        case 0x2026, 0x203C, 0x2047...0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F: return .terminal
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return .dash
        case 0xFF05, 0xFE6A, 0x2030: return .percent
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if value >= 0x2000, properties.isEmojiPresentation || (properties.isEmoji && value >= 0x2100) { return .emoji }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .openPunctuation, .closePunctuation: return .bracket
        case .initialPunctuation, .finalPunctuation: return .quote
        case .connectorPunctuation, .dashPunctuation, .otherPunctuation: return .punctuation
        case .format, .control, .surrogate, .privateUse, .unassigned: return .ignorable
        default: return .symbol
        }
    }
}

/// Classifies scalars from a table for Latin and Arabic and Unicode properties elsewhere.
struct ScalarClassifier {
    private let low: UnsafeBufferPointer<ScalarClass> = ScalarClass.lowTable

    @inline(__always)
    func callAsFunction(_ value: UInt32) -> ScalarClass {
        value < 0x0900 ? low[Int(value)] : ScalarClass.classifyByProperties(value)
    }
}
