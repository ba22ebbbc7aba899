/// A surface token rebuilt from a treebank's syntactic words, with its gold cut.
public struct TreebankToken: Hashable, Sendable {
    /// The token as a reader sees it, undiacritized (للحظر).
    public let surface: String
    /// Its pieces in the ATB scheme; joined, they spell ``surface`` (ل, لحظر).
    public let segments: [String]
    /// Whether the treebank left the word unanalysed (XPOS `U`): such words keep their raw
    /// newswire spelling and may hide clitics, so training and evaluation leave them out.
    public let unanalysed: Bool
    /// The lemma of the token's host word, undiacritized, when the treebank gives one.
    public let lemma: String?
    /// The root of the host word in Arabic letters (جمع), when the treebank gives one of three
    /// or four radicals.
    public let root: String?
}

/// Rebuilds surface tokens from CoNLL-U files whose clitics are separate syntactic words, as in
/// UD Arabic-PADT 1.2 (which has no multiword-token lines): لِ + اَلحَظرِ → ل+لحظر,
/// مَجمُوعَةُ + هَا → مجموعت+ها.
///
/// Proclitics (وَ فَ as conjunctions; بِ لِ لَ كَ as prepositions; لِ لَ سَ أَ as particles)
/// join the next word; pronouns in the genitive or accusative (XPOS `SP…2-`/`SP…4-`) join the
/// previous one. Joining follows Arabic spelling: the alef of the article drops after ل, teh
/// marbuta becomes teh, alef maqsura becomes alef, and a final hamza takes its seat before an
/// enclitic; من/عن + ما/من become مما، عما، ممن and في/بعد/حسب/عند/بين/مثل + ما one word.
public enum TreebankReader {
    /// The sentences of a CoNLL-U text, each a list of surface tokens.
    public static func sentences(conllu: String) -> [[TreebankToken]] {
        var sentences: [[TreebankToken]] = []
        var words: [SyntacticWord] = []
        for line in conllu.lines() {
            if line.isEmpty {
                if !words.isEmpty { sentences.append(tokens(of: words)) }
                words = []
                continue
            }
            guard !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 5, !columns[0].contains("-"), !columns[0].contains(".") else { continue }
            let misc = columns.count >= 10 ? columns[9] : ""
            let root = misc.split(separator: "|").first { $0.hasPrefix("Root=") }.flatMap { RootTransliteration.arabic(String($0.dropFirst(5))) }
            words.append(SyntacticWord(vocalized: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                                       xpos: String(columns[4]), root: root))
        }
        if !words.isEmpty { sentences.append(tokens(of: words)) }
        return sentences
    }

    private struct SyntacticWord {
        let vocalized: String
        let lemma: String
        let upos: String
        let xpos: String
        let root: String?

        /// The form without harakat, superscript alef or tatweel (kept when nothing else is left).
        var form: String { Self.undiacritized(vocalized) }

        /// The lemma, undiacritized, or nil where the treebank gives none (`_`).
        var plainLemma: String? { lemma == "_" || lemma.isEmpty ? nil : Self.undiacritized(lemma) }

        private static func undiacritized(_ text: String) -> String {
            let stripped = String(String.UnicodeScalarView(text.unicodeScalars.filter {
                !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 && $0.value != 0x0640
            }))
            return stripped.isEmpty ? text : stripped
        }

        var isProclitic: Bool {
            switch (form, upos) {
            case ("و", "CONJ"), ("ف", "CONJ"), ("و", "CCONJ"), ("ف", "CCONJ"),
                 ("ب", "ADP"), ("ل", "ADP"), ("ك", "ADP"),
                 ("ل", "CONJ"), ("ل", "SCONJ"), ("ل", "PART"), ("س", "PART"), ("أ", "PART"):
                true
            default:
                false
            }
        }

        /// A pronoun in the genitive or accusative: always written joined to its host.
        var isEnclitic: Bool {
            let code = Array(xpos.unicodeScalars)
            return upos == "PRON" && xpos.hasPrefix("SP") && code.count >= 9 && (code[8] == "2" || code[8] == "4")
        }

        var isPunctuation: Bool { upos == "PUNCT" || upos == "SYM" }
    }

    private struct Building {
        var pieces: [String]
        var unanalysed: Bool
        var hasEnclitic = false
        /// The syntactic word behind the last piece, whose spelling an enclitic may change.
        var host: SyntacticWord?

        var token: TreebankToken {
            TreebankToken(surface: pieces.joined(), segments: pieces, unanalysed: unanalysed, lemma: host?.plainLemma, root: host?.root)
        }
    }

    private static func tokens(of words: [SyntacticWord]) -> [TreebankToken] {
        var built: [Building] = []
        var pending: [SyntacticWord] = []   // proclitics waiting for their host
        func flushPending() {
            built += pending.map { Building(pieces: [$0.form], unanalysed: false) }
            pending = []
        }
        for word in words {
            if word.isProclitic {
                pending.append(word)
            } else if word.isEnclitic {
                if let host = pending.popLast() {
                    built.append(Building(pieces: pending.map(\.form) + [host.form, word.form], unanalysed: false, hasEnclitic: true))
                    pending = []
                } else if var last = built.popLast(), !last.hasEnclitic, let host = last.host {
                    last.pieces[last.pieces.count - 1] = spelling(of: host, piece: last.pieces[last.pieces.count - 1], before: word)
                    last.pieces.append(word.form)
                    last.hasEnclitic = true
                    built.append(last)
                } else {
                    built.append(Building(pieces: [word.form], unanalysed: false))
                }
            } else if word.isPunctuation {
                flushPending()
                built.append(Building(pieces: [word.form], unanalysed: false))
            } else if let merged = joinedWithPrevious(word, built.last, pending.isEmpty) {
                built[built.count - 1] = merged
            } else {
                var stem = word.form
                if pending.last?.form == "ل", word.vocalized.hasPrefix("اَل") || word.form.hasPrefix("الل") {
                    stem = String(stem.unicodeScalars.dropFirst(stem.hasPrefix("الل") ? 2 : 1))
                }
                if pending.last?.form == "ل", word.form == "عل" || word.vocalized.hasPrefix("عَلّ") {
                    built.append(Building(pieces: pending.dropLast().map(\.form) + ["ل" + word.form], unanalysed: false))
                } else {
                    built.append(Building(pieces: pending.map(\.form) + [stem], unanalysed: word.xpos.hasPrefix("U"), host: word))
                }
                pending = []
            }
        }
        flushPending()
        return built.map(\.token)
    }

    /// من/عن followed by ما/من, and في/بعد/حسب/عند/بين/مثل followed by ما, are written as one word.
    private static func joinedWithPrevious(_ word: SyntacticWord, _ previous: Building?, _ nothingPending: Bool) -> Building? {
        guard nothingPending, let previous, previous.pieces.count == 1, word.form == "ما" || word.form == "من" else { return nil }
        let host = previous.pieces[0]
        let joined: String
        switch (host, word.form) {
        case ("من", "ما"): joined = "مما"
        case ("من", "من"): joined = "ممن"
        case ("عن", "ما"): joined = "عما"
        case ("عن", "من"): joined = "عمن"
        case ("في", "ما"), ("بعد", "ما"), ("حسب", "ما"), ("عند", "ما"), ("بين", "ما"), ("مثل", "ما"): joined = host + "ما"
        default: return nil
        }
        return Building(pieces: [joined], unanalysed: false, host: word)
    }

    /// The host's spelling before an enclitic: ة → ت, ى → ا, a final hamza on its seat (ئ after
    /// ي or with kasra, ؤ with damma), the silent alef of a verb's وا dropped, and the final ي
    /// of a word before the 1sg ي.
    private static func spelling(of host: SyntacticWord, piece: String, before enclitic: SyntacticWord) -> String {
        var scalars = Array(piece.unicodeScalars)
        guard let last = scalars.last else { return piece }
        switch last {
        case "ة":
            scalars[scalars.count - 1] = "ت"
        case "ى":
            scalars[scalars.count - 1] = "ا"
        case "ء":
            let vowel = host.vocalized.unicodeScalars.last
            if vowel == "\u{0650}" || (scalars.count >= 2 && scalars[scalars.count - 2] == "ي") {
                scalars[scalars.count - 1] = "ئ"
            } else if vowel == "\u{064F}" {
                scalars[scalars.count - 1] = "ؤ"
            }
        case "ا" where host.upos == "VERB" && scalars.count >= 2 && scalars[scalars.count - 2] == "و":
            scalars.removeLast()
        case "ي" where enclitic.form == "ي":
            scalars.removeLast()
        default:
            break
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// Reads the roots of PADT's ElixirFM transliteration (`^g_m_\``, `.h_.z_r`, `_t_l_t`): radicals
/// joined by `_`, each one letter or a digraph (`^g` ج, `.h` ح, `_t` ث, …).
enum RootTransliteration {
    private static let letters: [String: Character] = [
        "'": "ء", "b": "ب", "t": "ت", "_t": "ث", "^g": "ج", ".h": "ح", "_h": "خ", "d": "د", "_d": "ذ",
        "r": "ر", "z": "ز", "s": "س", "^s": "ش", ".s": "ص", ".d": "ض", ".t": "ط", ".z": "ظ", "`": "ع",
        ".g": "غ", "f": "ف", "q": "ق", "k": "ك", "l": "ل", "m": "م", "n": "ن", "h": "ه", "w": "و", "y": "ي",
    ]

    /// The root in Arabic letters, or nil when it is not three or four radicals.
    static func arabic(_ transliterated: String) -> String? {
        var rest = Substring(transliterated)
        var radicals = ""
        while !rest.isEmpty {
            if !radicals.isEmpty {
                guard rest.first == "_" else { return nil }
                rest = rest.dropFirst()
            }
            if let first = rest.first, "^._".contains(first), let letter = letters[String(rest.prefix(2))] {
                radicals.append(letter)
                rest = rest.dropFirst(2)
            } else if let first = rest.first, let letter = letters[String(first)] {
                radicals.append(letter)
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        return (3...4).contains(radicals.count) ? radicals : nil
    }
}
