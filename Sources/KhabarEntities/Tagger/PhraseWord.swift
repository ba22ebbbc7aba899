/// One token of a sentence, as the rules that build names from heads see it
/// (``OrganisationPhrases``, ``PlacesNamedAfterPeople``).
struct PhraseWord {
    /// The matching-form key of the token without its proclitics.
    let key: UInt64
    /// Whether the token is a word (not punctuation, a number, a quotation mark).
    let isWord: Bool
    /// Whether the token is a proclitic-free word (no و، ب، ل glued to it).
    let isBare: Bool
    /// Whether the word, without its proclitics, begins with the article.
    let isDefinite: Bool
    /// Whether the word is a definite nisba adjective (الدولي، السعودية).
    let isNisba: Bool
    /// The tagger's tag for the token.
    let tag: EntityTag
}
