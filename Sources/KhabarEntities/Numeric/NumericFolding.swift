/// Folds a surface token into the key that the numeric vocabulary is written in.
///
/// Matching must survive the spelling noise of real news text: short vowels and tatweel
/// (`عاماً`, `هـ`), the alef and hamza seats that writers use interchangeably (`أيار`/`ايار`),
/// ta marbuta written as ha (`سنة`/`سنه`), and three digit alphabets (`١٤٣٦`, `۱۴۳۶`, `1436`).
/// The fold is lossy on purpose; it is only ever used for lookups, never shown to users.
enum NumericFolding {
    /// Returns the folded form of `token`: no diacritics or tatweel, alef/hamza seats and ya
    /// folded, ta marbuta as ha, Western digits, `٫`→`.`, `٬`→`,`, `٪`→`%`.
    static func fold(_ token: Substring) -> String {
        String(String.UnicodeScalarView(foldScalars(token)))
    }

    /// The folded form as scalars, which is what lookups hash.
    static func foldScalars(_ token: Substring) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(token.utf8.count / 2 + 1)
        for scalar in token.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x064B...0x0652, 0x0670, 0x0640, 0x0653...0x0655:
                continue  // harakat, superscript alef, tatweel, maddah/hamza marks
            case 0x0622, 0x0623, 0x0625, 0x0671:
                out.append("ا")
            case 0x0649, 0x0626:
                out.append("ي")
            case 0x0624:
                out.append("و")
            case 0x0629:
                out.append("ه")
            case 0x0660...0x0669:
                out.append(Unicode.Scalar(UInt8(v - 0x0660) + 0x30))
            case 0x06F0...0x06F9:
                out.append(Unicode.Scalar(UInt8(v - 0x06F0) + 0x30))
            case 0x066B:
                out.append(".")
            case 0x066C:
                out.append(",")
            case 0x066A:
                out.append("%")
            case 0xFEFB, 0xFEF5, 0xFEF7, 0xFEF9:
                out.append("ل"); out.append("ا")  // lam-alef ligatures from legacy encodings
            case 0xFE80...0xFEFA:
                out.append(presentationFormBase(v))
            default:
                out.append(scalar)
            }
        }
        return out
    }

    /// Arabic presentation forms (as in `مرﺁة`) come from PDF and legacy sources; mapping the
    /// common ones back keeps those tokens matchable without a full NFKC pass.
    private static func presentationFormBase(_ v: UInt32) -> Unicode.Scalar {
        switch v {
        case 0xFE81, 0xFE82, 0xFE83, 0xFE84, 0xFE87, 0xFE88, 0xFE8D, 0xFE8E: return "ا"
        case 0xFE93, 0xFE94: return "ه"
        case 0xFEEF, 0xFEF0, 0xFEF1...0xFEF4: return "ي"
        default: return Unicode.Scalar(v) ?? "?"
        }
    }

    /// Whether `s` is an ASCII digit scalar; the fold has already mapped the other digit alphabets.
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Whether `s` is a letter, with fast paths for ASCII and the Arabic block (where the
    /// Unicode property lookup would dominate the cost of a token).
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if v >= 0x0621 && v <= 0x064A { return true }
        return s.properties.isAlphabetic
    }

    /// Whether `s` is a letter of the Arabic block, which is where proclitics and suffixes live.
    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0x0621 && s.value <= 0x064A }
}
