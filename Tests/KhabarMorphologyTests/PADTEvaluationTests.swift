import Foundation
import KhabarMorphology
import Testing

private let padtTest = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu")

/// The shipped segmenter was trained on the PADT dev file only; the test file is held out.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: padtTest.path), "../shared/data/morph is absent: the PADT evaluation is skipped"))
struct PADTEvaluationTests {
    @Test func heldOutWordAccuracyIsAtLeast98Point5() throws {
        let segmenter = try CliticSegmenter.atb()
        let gold = SegmenterTraining.examples(TreebankReader.sentences(conllu: try String(contentsOf: padtTest, encoding: .utf8)))
        #expect(gold.count > 19_000)
        var evaluation = SegmentationEvaluation()
        for (word, segments) in gold { evaluation.add(gold: segments, predicted: segmenter.segments(of: word).map(String.init)) }
        #expect(evaluation.wordAccuracy >= 0.985, "\(evaluation)")
    }
}

extension PADTEvaluationTests {
    /// Light10 scores F1 47.4% and Snowball 51.2% on the same words (Benchmarks/peers/stems.py).
    @Test func lightStemsGroupWordsOfALemmaBetterThanLight10() throws {
        let stemmer = LightStemmer(segmenter: try CliticSegmenter.atb())
        let tokens = TreebankReader.sentences(conllu: try String(contentsOf: padtTest, encoding: .utf8)).joined()
        let words = tokens.compactMap { token -> (word: String, lemma: String)? in
            guard !token.unanalysed, let lemma = token.lemma else { return nil }
            return (token.surface, lemma)
        }
        let evaluation = StemEvaluation(words: words, stem: stemmer.stem)
        #expect(evaluation.words > 6000)
        #expect(evaluation.f1 >= 0.55, "\(evaluation)")
    }
}

extension PADTEvaluationTests {
    @Test func heldOutRootAccuracyIsAtLeast88() throws {
        let gold = RootTraining.examples(TreebankReader.sentences(conllu: try String(contentsOf: padtTest, encoding: .utf8)))
        let evaluation = RootEvaluation(gold: gold, extractor: try RootExtractor.shipped())
        #expect(evaluation.words > 14_000)
        #expect(evaluation.accuracy >= 0.88, "\(evaluation)")
    }
}
