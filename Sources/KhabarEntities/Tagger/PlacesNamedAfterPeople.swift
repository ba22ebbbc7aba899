import KhabarCore

/// Places named after a person — مطار الملك خالد الدولي، شارع الأمير سلطان، جسر الملك فهد —
/// where the tagger reads only the person, or the place without its adjectives: a place head, a
/// title, the name and any nisba adjectives make one place.
struct PlacesNamedAfterPeople {
    let lexicon: EntityLexicon

    /// The whole place around a name the tagger found at `name` (token positions of a sentence):
    /// a person right after a place head and a title, or a place that starts with them.
    func place(around name: Range<Int>, kind: Entity.Kind, count: Int, word: (Int) -> PhraseWord) -> Range<Int>? {
        let head: Int
        switch kind {
        case .person where name.lowerBound >= 2: head = name.lowerBound - 2
        case .location where name.count >= 3: head = name.lowerBound
        default: return nil
        }
        guard Self.heads.contains(word(head).key), lexicon.cues[word(head + 1).key] == .title else { return nil }
        var end = name.upperBound
        while end < count, word(end).isWord, word(end).isBare, word(end).tag == .outside, word(end).isNisba { end += 1 }
        return head ..< end
    }

    /// Place heads that take a person's name (not مدينة or مركز, whose named forms are often
    /// institutions).
    private static let heads: Set<UInt64> = Set(["مطار", "ميناء", "شارع", "طريق", "ميدان", "ساحة", "مسجد", "جامع", "ملعب", "استاد", "قصر",
                                                 "جسر", "حي", "قاعدة"].map { MatchingForm.key(of: MatchingForm.normalized($0)) })
}
