import KhabarCore

/// Builds an ATB-scheme ``CliticSegmenter`` from a treebank and a body of unlabeled news text.
public enum SegmenterTraining {
    /// How often each Arabic word occurs in `documents`, counted on Khabar's own tokens, in
    /// the spelling the segmenter looks words up by (no diacritics or tatweel).
    public static func vocabulary(of documents: some Sequence<Document>) -> [String: Int] {
        var counts: [String: Int] = [:]
        for document in documents {
            for token in document.tokens where token.kind == .word {
                let text = document[token]
                if let first = text.unicodeScalars.first, (0x0620...0x064A).contains(first.value) {
                    counts[CliticSegmenter.lookupForm(text), default: 0] += 1
                }
            }
        }
        return counts
    }

    /// The words a segmenter learns from: Arabic tokens of the treebank, without the ones it left
    /// unanalysed.
    public static func examples(_ sentences: [[TreebankToken]]) -> [(word: String, segments: [String])] {
        sentences.joined()
            .filter { !$0.unanalysed && $0.surface.unicodeScalars.contains { (0x0620...0x064A).contains($0.value) } }
            .map { ($0.surface, $0.segments) }
    }

    /// Trains the model on `examples` and keeps each word's most frequent gold cut as the lexicon;
    /// the words of `vocabulary` that training did not see are added with the model's cut, so
    /// that running text is mostly looked up rather than scored.
    public static func train(on examples: [(word: String, segments: [String])], frequencies: WordFrequencies,
                             vocabulary: some Sequence<String> = [], epochs: Int = 8) -> CliticSegmenter {
        var cuts: [String: [[String]: Int]] = [:]
        for example in examples { cuts[example.word, default: [:]][example.segments, default: 0] += 1 }
        var lexicon = cuts.mapValues { counts in
            counts.max { ($0.value, $1.key.joined(separator: "+")) < ($1.value, $0.key.joined(separator: "+")) }!.key
        }
        let model = SegmentationModel.train(on: examples, frequencies: frequencies, epochs: epochs)
        for word in vocabulary where lexicon[word] == nil { lexicon[word] = model.best(for: word).segments }
        return CliticSegmenter(lexicon: lexicon, model: model)
    }
}
