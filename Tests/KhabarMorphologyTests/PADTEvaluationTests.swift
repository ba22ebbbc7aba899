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
