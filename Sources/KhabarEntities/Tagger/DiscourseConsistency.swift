/// One name, one reading per article: a surname the tagger recognised once (سيغموند فرويد) is
/// the same person where it stands alone later (قال فرويد), even when that sentence alone gives
/// the tagger too little to go on.
///
/// Within a group of sentences (an article), a word that the tagger tagged as a one-word name,
/// or as the last word of a person's name, is tagged with that kind wherever it was left out,
/// provided it is no common word: either it is rare in the corpus the clusters were learned
/// from, or the corpus evidence says it usually is a name. Words read as names of two kinds, and
/// the second part of a compound name (the الله of عبد الله), are left alone.
struct DiscourseConsistency {
    let lexicon: EntityLexicon

    /// The first parts of compound names (عبد، أبو), by matching-form key.
    private static let compoundFirstParts = MatchingForm.keys(of: EntityLinker.compoundNameParts)

    /// Whether a word, by its matching-form key, may be tagged by consistency alone.
    private func mayPropagate(_ host: UInt64) -> Bool {
        lexicon.corpusKinds[host] != nil || lexicon.clusters[host] == nil
    }

    /// Adds the consistent readings to `tags` (tag indices per sentence); `hosts` holds each
    /// token's matching-form key, without proclitics.
    func apply(to tags: inout [[Int]], hosts: [[UInt64]]) {
        var kinds: [UInt64: Int] = [:] // host → kind index + 1, or -1 when two kinds claim it
        for (sentence, sentenceTags) in tags.enumerated() {
            for name in EntityEvaluation.spans(of: sentenceTags.map(EntityTag.init(index:))) {
                guard let kind = EntityTag.kinds.firstIndex(where: { $0.rawValue == name.kind }) else { continue }
                let source: Int
                if name.tokens.count == 1 { source = name.tokens.lowerBound }
                else if EntityTag.kinds[kind] == .person { source = name.tokens.upperBound - 1 }
                else { continue }
                // The الله of تركي بن عبد الله is no name alone: the second part of a compound is left where it is.
                if source > name.tokens.lowerBound, Self.compoundFirstParts.contains(hosts[sentence][source - 1]) { continue }
                let host = hosts[sentence][source]
                guard host != 0 else { continue }
                if let known = kinds[host], known != kind + 1 { kinds[host] = -1 } else { kinds[host] = kind + 1 }
            }
        }
        guard !kinds.isEmpty else { return }
        for sentence in tags.indices {
            for position in tags[sentence].indices where tags[sentence][position] == 0 {
                guard let mark = kinds[hosts[sentence][position]], mark > 0, mayPropagate(hosts[sentence][position]) else { continue }
                let kind = EntityTag.kinds[mark - 1]
                let previous = position > 0 ? EntityTag(index: tags[sentence][position - 1]) : nil
                let continuing = EntityTag(beginning: false, kind)
                tags[sentence][position] = (continuing.mayFollow(previous) && previous?.kind == kind && kind == .person
                    ? continuing : EntityTag(beginning: true, kind)).index
            }
        }
    }
}
