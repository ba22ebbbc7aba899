import KhabarCore

/// Currencies (دولار، اليورو، بالريال السعودي، الدولار الأمريكي) are MISC names, as ANERcorp tags
/// them every time (دولار 103 times of 103 in its training part). The tagger, also trained on news
/// annotated without MISC, leaves many out; a currency word it left untagged, with the nationality
/// adjective after it, is marked here. A word the tagger joined to a name (ريال مدريد) is left alone,
/// and الريال alone too.
struct CurrencyNames {
    /// Marks the currencies in one sentence's tag indices; `hosts` are the tokens' matching-form
    /// keys without proclitics.
    static func mark(_ tags: inout [Int], tokens: [Substring], hosts: [UInt64]) {
        let outside = EntityTag.outside.index
        var position = 0
        while position < tokens.count {
            guard tags[position] == outside, currencies.contains(hosts[position]),
                  position + 1 == tokens.count || tags[position + 1] == outside,
                  !needNationality.contains(hosts[position]) || (position + 1 < tokens.count && isNationality(tokens[position + 1])) else {
                position += 1
                continue
            }
            tags[position] = EntityTag(beginning: true, .miscellaneous).index
            position += 1
            if position < tokens.count, isNationality(tokens[position]) {
                tags[position] = EntityTag(beginning: false, .miscellaneous).index
                position += 1
            }
        }
    }

    /// A definite nisba adjective (الأمريكي، السعودية).
    private static func isNationality(_ token: Substring) -> Bool {
        token.hasPrefix("ال") && (token.hasSuffix("ي") || token.hasSuffix("ية"))
    }

    /// Currencies whose name alone is also a club's (الريال is Real Madrid in sports news): only
    /// with a nationality after them (بالريال السعودي).
    private static let needNationality: Set<UInt64> = MatchingForm.keys(of: ["ريال", "الريال"])

    /// The currency nouns of the numeric rules, bare and with the article, by matching key; ين
    /// (yen) is left out, being too short to trust alone.
    private static let currencies: Set<UInt64> = MatchingForm.keys(of: NumericVocabulary.currencies.keys.filter { $0 != "ين" }.flatMap { [$0, "ال" + $0] })
}
