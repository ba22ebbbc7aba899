import KhabarCore
import KhabarMorphology

/// The evidence the name tagger weighs for each token: the word in several forms (whole, without
/// its proclitics, without its article), its affixes and shape, its cluster in unlabeled news,
/// gazetteer matches, cue words, and the same for its neighbours.
///
/// Each token's properties ("atoms") are hashed once per sentence; a feature is a template
/// combined with one or two atoms, so extracting a token's features costs a few multiplications.
struct NameFeatures: Sendable {
    let lexicon: EntityLexicon
    let segmenter: CliticSegmenter
    private let normalizer = Normalizer(.search)

    /// A token's properties, each a hash (0 when absent); stored `Atom.count` per token.
    enum Atom: Int, CaseIterable {
        case word, host, bare, prefix2, prefix3, suffix2, suffix3, shape, coarseCluster, fineCluster
        case gazetteerSpan, gazetteerWord, cue, proclitic, corpusKind
    }

    /// The atoms of every token of a sentence, `Atom.allCases.count` a token.
    func atoms(of tokens: [Substring]) -> [UInt64] {
        let stride = Atom.allCases.count
        var atoms = [UInt64](repeating: 0, count: tokens.count * stride)
        var hosts = [UInt64](repeating: 0, count: tokens.count)
        for (index, token) in tokens.enumerated() {
            atoms.withUnsafeMutableBufferPointer { buffer in
                describe(token, into: UnsafeMutableBufferPointer(rebasing: buffer[index * stride ..< (index + 1) * stride]))
            }
            hosts[index] = atoms[index * stride + Atom.host.rawValue]
        }
        markGazetteerSpans(hosts: hosts, in: &atoms)
        return atoms
    }

    private func describe(_ token: Substring, into atoms: UnsafeMutableBufferPointer<UInt64>) {
        func set(_ atom: Atom, _ value: UInt64) { atoms[atom.rawValue] = value }
        let word = normalizer.normalize(token)
        set(.word, FeatureHash.of(word))
        guard token.utf8.count <= 256 else {
            set(.shape, FeatureHash.of("long"))
            return
        }
        let cut = isArabicWord(word) ? segmenter.procliticLength(of: token) : 0
        let proclitics = token.unicodeScalars.prefix(cut)
        let host = cut == 0 ? word : normalizer.normalize(Substring(token.unicodeScalars.dropFirst(cut)))
        var bare = Substring(host)
        if bare.hasPrefix("ال"), bare.unicodeScalars.count >= 4 {
            bare = Substring(bare.unicodeScalars.dropFirst(2))
        } else if proclitics.last == "ل", bare.hasPrefix("ل"), bare.unicodeScalars.count >= 3 {
            bare = Substring(bare.unicodeScalars.dropFirst()) // ل+لأمم: the article's alef is gone
        }
        let hostKey = FeatureHash.of(host)
        set(.host, hostKey)
        set(.bare, FeatureHash.of(bare))
        set(.prefix2, FeatureHash.of(Substring(bare.unicodeScalars.prefix(2))))
        set(.prefix3, FeatureHash.of(Substring(bare.unicodeScalars.prefix(3))))
        set(.suffix2, FeatureHash.of(Substring(host.unicodeScalars.suffix(2))))
        set(.suffix3, FeatureHash.of(Substring(host.unicodeScalars.suffix(3))))
        set(.shape, shape(of: host, bareLength: bare.unicodeScalars.count, hasArticle: bare.utf8.count < host.utf8.count))
        set(.proclitic, cut == 0 ? 0 : FeatureHash.of(normalizer.normalize(Substring(proclitics))))
        if let cluster = lexicon.clusters[hostKey] {
            set(.coarseCluster, FeatureHash.of(number: Int(cluster.coarse)))
            set(.fineCluster, FeatureHash.of(number: Int(cluster.fine) + 1 << 20))
        }
        if let evidence = lexicon.corpusKinds[hostKey] { set(.corpusKind, FeatureHash.of(number: Int(evidence) + 1 << 36)) }
        if let cue = lexicon.cues[hostKey] { set(.cue, FeatureHash.of(number: Int(cue.rawValue) + 1 << 24)) }
        let single = (lexicon.gazetteer[FeatureHash.combine(MatchingForm.sequenceStart, hostKey)] ?? 0) & ~EntityLexicon.prefixBit
        if single != 0 { set(.gazetteerWord, FeatureHash.of(number: Int(single) + 1 << 28)) }
    }

    /// The token without its proclitics, in matching form: what the lexicon is keyed by.
    func host(of token: Substring) -> String {
        let word = normalizer.normalize(token)
        guard token.utf8.count <= 256, isArabicWord(word) else { return word }
        let cut = segmenter.procliticLength(of: token)
        return cut == 0 ? word : normalizer.normalize(Substring(token.unicodeScalars.dropFirst(cut)))
    }

    private func isArabicWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return (0x0620...0x064A).contains(first.value)
    }

    /// The token's script, length and whether it has the article or a capital.
    private func shape(of host: String, bareLength: Int, hasArticle: Bool) -> UInt64 {
        guard let first = host.unicodeScalars.first else { return 0 }
        let script: Int
        switch first.value {
        case 0x0620...0x064A: script = 1
        case 0x41...0x5A: script = 2
        case 0x61...0x7A: script = 3
        case 0x30...0x39: script = 4
        default: script = first.properties.isAlphabetic ? 5 : 6
        }
        let length = [0, 1, 2, 3, 4, 4, 5, 5, 5][min(bareLength, 8)]
        return FeatureHash.of(number: script << 8 | length << 1 | (hasArticle ? 1 : 0) | 1 << 16)
    }

    /// Marks the tokens covered by the leftmost-longest gazetteer names: which kinds, and
    /// whether the token begins the name. Looks at most `longestName` tokens ahead.
    private func markGazetteerSpans(hosts: [UInt64], in atoms: inout [UInt64]) {
        let stride = Atom.allCases.count
        var start = 0
        while start < hosts.count {
            var hash = MatchingForm.sequenceStart
            var match: (length: Int, kinds: UInt8)?
            for end in start..<min(hosts.count, start + lexicon.longestName) {
                guard hosts[end] != 0, let entry = lexicon.gazetteer[FeatureHash.combine(hash, hosts[end])] else { break }
                hash = FeatureHash.combine(hash, hosts[end])
                let kinds = entry & ~EntityLexicon.prefixBit
                if kinds != 0 { match = (end - start + 1, kinds) }
                if entry & EntityLexicon.prefixBit == 0 { break }
            }
            guard let match else { start += 1; continue }
            for position in 0..<match.length {
                let mark = Int(match.kinds) << 1 | (position == 0 ? 1 : 0) | (match.length == 1 ? 0 : 1 << 9)
                atoms[(start + position) * stride + Atom.gazetteerSpan.rawValue] = FeatureHash.of(number: mark + 1 << 32)
            }
            start += match.length
        }
    }

    // MARK: Templates

    /// The feature hashes of the token at `index`, appended to `features`.
    /// With a `domain`, each feature comes twice: as itself, shared by all domains, and as that
    /// domain's own.
    func features(at index: Int, atoms: [UInt64], count: Int, domain: EntityTagger.Domain? = nil, into features: inout [UInt64]) {
        let first = features.count
        defer {
            if let domain {
                let key = domain.key
                for position in first..<features.count { features.append(FeatureHash.combine(key, features[position])) }
            }
        }
        let stride = Atom.allCases.count
        let (before, after) = (Self.beforeSentence, Self.afterSentence)
        func atom(_ offset: Int, _ kind: Atom) -> UInt64 {
            let position = index + offset
            guard position >= 0 else { return before }
            guard position < count else { return after }
            return atoms[position * stride + kind.rawValue]
        }
        var template: UInt64 = 0
        func add(_ value: UInt64) {
            template += 1
            if value != 0 { features.append(FeatureHash.combine(template, value)) }
        }
        func add(_ first: UInt64, _ second: UInt64) {
            template += 1
            if first != 0, second != 0 { features.append(FeatureHash.combine(template, FeatureHash.combine(first, second))) }
        }
        add(1) // bias
        for kind in Atom.allCases { add(atom(0, kind)) }
        for offset in [-1, 1] {
            for kind in [Atom.host, .bare, .suffix2, .shape, .coarseCluster, .fineCluster, .gazetteerSpan, .gazetteerWord, .cue, .corpusKind] {
                add(atom(offset, kind))
            }
        }
        for offset in [-2, 2] {
            for kind in [Atom.host, .coarseCluster, .cue, .gazetteerSpan] { add(atom(offset, kind)) }
        }
        add(atom(-1, .host), atom(0, .host))
        add(atom(0, .host), atom(1, .host))
        add(atom(-1, .cue), atom(0, .bare))
        add(atom(-1, .cue), atom(0, .coarseCluster))
        add(atom(-1, .shape), atom(0, .shape))
        add(atom(0, .shape), atom(1, .shape))
        add(atom(-1, .fineCluster), atom(0, .fineCluster))
        add(atom(0, .fineCluster), atom(1, .fineCluster))
        add(atom(0, .proclitic), atom(0, .coarseCluster))
        add(atom(-1, .corpusKind), atom(0, .corpusKind))
        add(atom(0, .corpusKind), atom(1, .corpusKind))
    }

    private static let beforeSentence = FeatureHash.of("<s>")
    private static let afterSentence = FeatureHash.of("</s>")
}
