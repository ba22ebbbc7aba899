/// Places named after a person — مطار الملك خالد الدولي، شارع الأمير سلطان، جسر الملك فهد —
/// where the tagger reads only the person: a place head, a title, the name and any nisba
/// adjectives make one place.
struct PlacesNamedAfterPeople {
    let lexicon: EntityLexicon

    /// The place around the person's name at `name` (token positions of a sentence), if the
    /// two words before it are a place head and a title.
    func place(around name: Range<Int>, count: Int, word: (Int) -> PhraseWord) -> Range<Int>? {
        guard name.lowerBound >= 2, Self.heads.contains(word(name.lowerBound - 2).key),
              lexicon.cues[word(name.lowerBound - 1).key] == .title else { return nil }
        var end = name.upperBound
        while end < count, word(end).isWord, word(end).isBare, word(end).tag == .outside, word(end).isNisba { end += 1 }
        return name.lowerBound - 2 ..< end
    }

    /// Place heads that take a person's name (not مدينة or مركز, whose named forms are often
    /// institutions).
    private static let heads: Set<UInt64> = Set(["مطار", "ميناء", "شارع", "طريق", "ميدان", "ساحة", "مسجد", "جامع", "ملعب", "استاد", "قصر",
                                                 "جسر", "حي", "قاعدة"].map { MatchingForm.key(of: MatchingForm.normalized($0)) })
}
