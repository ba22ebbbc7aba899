import KhabarCore

/// Titles of works that news puts in quotation marks after the word for the work — برنامج
/// «الناس وأنا», فيلم «حلم», رواية «…», بعنوان «خارج نطاق الخدمة» — are MISC names, as ANERcorp
/// tags them. Their words are common words, so the tagger mostly leaves them out; the word
/// before the marks decides instead.
///
/// The heads are the kinds of work ANERcorp's annotators tag whole in its training part
/// (programme, film, novel, book, play, song, album, collection of poems, "entitled"); a series
/// (مسلسل) is left to the tagger, as they mostly left its title untagged. One adjective may stand
/// between head and title (برنامج جديد «…»).
struct WorkTitles {
    /// Marks the quoted titles in one sentence's tag indices; `hosts` are the tokens'
    /// matching-form keys without proclitics.
    static func mark(_ tags: inout [Int], tokens: [Substring], hosts: [UInt64]) {
        var open = 0
        while open < tokens.count {
            guard let closing = QuotationMark.closing(of: tokens[open]), followsHead(open, hosts: hosts),
                  let close = tokens[(open + 1)...].prefix(maximumLength + 1).firstIndex(where: { $0 == closing }),
                  close > open + 1 else {
                open += 1
                continue
            }
            for position in open + 1 ..< close {
                tags[position] = EntityTag(beginning: position == open + 1, .miscellaneous).index
            }
            open = close + 1
        }
    }

    /// The longest title taken, in tokens: a longer quotation after such a word is speech.
    static let maximumLength = 8

    private static func followsHead(_ open: Int, hosts: [UInt64]) -> Bool {
        guard open > 0 else { return false }
        if heads.contains(hosts[open - 1]) { return true }
        return open > 1 && adjectives.contains(hosts[open - 1]) && heads.contains(hosts[open - 2])
    }

    private static let heads: Set<UInt64> = MatchingForm.keys(of: [
        "برنامج", "برنامجه", "برنامجها", "برنامجا", "فيلم", "فيلمه", "فيلمها", "فيلما", "عنوان", "بعنوان",
        "رواية", "روايته", "روايتها", "كتاب", "كتابه", "كتابها", "مسرحية", "مسرحيته", "أغنية", "أغنيته", "أغنيتها",
        "ألبوم", "ألبومه", "ألبومها", "ديوان", "ديوانه",
    ])

    private static let adjectives: Set<UInt64> = MatchingForm.keys(of: ["جديد", "جديدا", "الجديد", "جديدة", "الجديدة", "الأخير", "الأخيرة"])
}

/// The quotation marks around titles, and the mark that closes each.
enum QuotationMark {
    /// The mark that closes a quotation opened by `token`, or nil when `token` opens none.
    static func closing(of token: Substring) -> Substring? {
        switch token {
        case "«": return "»"
        case "\"": return "\""
        case "“": return "”"
        default: return nil
        }
    }
}
