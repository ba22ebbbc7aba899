import KhabarMorphology
import Testing

/// A sentence written for this test in the PADT 1.2 layout, clitics as separate words:
/// «وَقَالَ لِلحُكُومَةِ إِنَّ مَجمُوعَتَهَا لَهُ مِمَّا أَلقَاهُ» — enough to exercise each joining rule.
struct TreebankReaderTests {
    static let sentence = """
        # sent_id test-1
        1\tوَ\t_\tCONJ\tC---------\t_\t2\tcc\t_\t_
        2\tقَالَ\t_\tVERB\tVP-A-3MS--\t_\t0\troot\t_\t_
        3\tلِ\t_\tADP\tP---------\t_\t4\tcase\t_\t_
        4\tاَلحُكُومَةِ\t_\tNOUN\tN------S2D\t_\t2\tnmod\t_\t_
        5\tإِنَّ\t_\tPART\tF---------\t_\t6\tmark\t_\t_
        6\tمَجمُوعَةَ\t_\tNOUN\tN------S4R\t_\t2\tccomp\t_\t_
        7\tهَا\t_\tPRON\tSP---3FS2-\t_\t6\tnmod\t_\t_
        8\tلَ\t_\tADP\tP---------\t_\t9\tcase\t_\t_
        9\tهُ\t_\tPRON\tSP---3MS2-\t_\t6\tnmod\t_\t_
        10\tمِن\t_\tADP\tP---------\t_\t11\tcase\t_\t_
        11\tمَا\t_\tPRON\tS---------\t_\t6\tnmod\t_\t_
        12\tأَلقَى\t_\tVERB\tVP-A-3MS--\t_\t11\tacl\t_\t_
        13\tهُ\t_\tPRON\tSP---3MS4-\t_\t12\tobj\t_\t_
        14\tهُوَ\t_\tPRON\tSP---3MS1-\t_\t12\tnsubj\t_\t_
        15\t.\t_\tPUNCT\tG---------\t_\t2\tpunct\t_\t_

        """

    @Test func rebuildsSurfaceTokensWithTheirCuts() throws {
        let sentences = TreebankReader.sentences(conllu: Self.sentence)
        #expect(sentences.count == 1)
        let tokens = try #require(sentences.first)
        #expect(tokens.map { $0.segments.joined(separator: "+") } == [
            "و+قال", "ل+لحكومة", "إن", "مجموعت+ها", "ل+ه", "مما", "ألقا+ه", "هو", ".",
        ])
        #expect(tokens.allSatisfy { $0.segments.joined() == $0.surface })
    }

    @Test func evaluationCountsWordsAndBoundaries() {
        var evaluation = SegmentationEvaluation()
        evaluation.add(gold: ["و", "ب", "التالي"], predicted: ["و", "ب", "التالي"])
        evaluation.add(gold: ["وصل"], predicted: ["و", "صل"])
        evaluation.add(gold: ["مقاتلي", "ها"], predicted: ["مقاتليها"])
        #expect(evaluation.words == 3 && evaluation.correctWords == 1)
        #expect(evaluation.goldBoundaries == 3 && evaluation.predictedBoundaries == 3 && evaluation.correctBoundaries == 2)
        #expect(abs(evaluation.f1 - 2.0 / 3.0) < 1e-9)
    }
}
