import Foundation
import KhabarCore
import KhabarEntities
import KhabarMorphology
import Testing

struct EvaluationTests {
    func tags(_ text: String) -> [EntityTag] { text.split(separator: " ").map { EntityTag($0)! } }

    @Test func onlyExactMatchesCount() {
        var evaluation = EntityEvaluation()
        // gold: PER 0-2, LOC 3; predicted: PER 0-1 (boundary wrong), LOC 3 (right), ORG 5 (spurious)
        evaluation.add(gold: tags("B-PER I-PER O B-LOC O O"), predicted: tags("B-PER O O B-LOC O B-ORG"))
        #expect(evaluation.micro.correct == 1 && evaluation.micro.predicted == 3 && evaluation.micro.gold == 2)
        #expect(evaluation.byKind["LOC"]?.f1 == 1)
        #expect(evaluation.byKind["PER"]?.correct == 0)
    }

    @Test func newsGoldScoresCharacterSpansOfThreeKinds() throws {
        let gold = try EntityGold.read(jsonl: #"""
            {"id": "x", "entities": [{"start": 5, "end": 9, "kind": "LOC", "text": "دمشق"}, {"start": 12, "end": 20, "kind": "PER", "text": "جون كيري"}]}
            """#)
        var evaluation = EntityEvaluation()
        evaluation.add(gold: gold[0], found: [
            Entity(span: Span(start: 5, end: 9), kind: .location),
            Entity(span: Span(start: 16, end: 20), kind: .person),   // the surname alone: wrong boundary
            Entity(span: Span(start: 30, end: 34), kind: .date),     // not a kind the gold annotates
        ])
        #expect(evaluation.micro.correct == 1 && evaluation.micro.predicted == 2 && evaluation.micro.gold == 2)
        #expect(evaluation.byKind["DATE"] == nil)
    }

    @Test func annotatedNewsBecomesTaggedSentences() throws {
        let document = try Khabar.analyze("التقى جون كيري في دمشق. ثم سافر وفده لبيروت اليوم.")
        let gold = try EntityGold.read(jsonl: #"""
            {"id": "x", "entities": [{"start": 6, "end": 14, "kind": "PER", "text": "جون كيري"}, {"start": 18, "end": 22, "kind": "LOC", "text": "دمشق"}, {"start": 38, "end": 43, "kind": "LOC", "text": "بيروت"}]}
            """#)
        let sentences = gold[0].labeledSentences(in: document)
        #expect(sentences.map(\.tokens) == [["التقى", "جون", "كيري", "في", "دمشق", "."], ["ثم", "سافر", "وفده", "لبيروت", "اليوم", "."]])
        // The whole token لبيروت is tagged, though the gold span leaves its proclitic out.
        #expect(sentences.map { $0.tags.map(\.description) } == [["O", "B-PER", "I-PER", "O", "B-LOC", "O"], ["O", "O", "O", "B-LOC", "O", "O"]])
    }

    @Test func aStrayInsideTagStartsAName() {
        let spans = EntityEvaluation.spans(of: tags("O I-LOC I-LOC B-PER I-ORG"))
        #expect(spans.map(\.kind) == ["LOC", "PER", "ORG"])
        #expect(spans.map(\.tokens) == [1..<3, 3..<4, 4..<5])
    }

    @Test func corpusTagsAreRead() {
        let sentences = LabeledCorpus.read("زار B-PERS\nمحمد I-PERS\nعمان B-LOC\n. O\nثم O\nعاد O\n")
        #expect(sentences.count == 2)
        #expect(sentences[0].tags.map(\.description) == ["B-PER", "I-PER", "B-LOC", "O"])
        let wiki = LabeledCorpus.readWikiFANE("\u{FEFF}\u{200E}القاهرة\tB-Population-Center\r\n\u{200E}العرب\tB-Group\r\n")
        #expect(wiki[0].tags.map(\.description) == ["B-LOC", "O"])
    }

    @Test(.enabled(if: Fixtures.exists(Fixtures.anercorp), "../shared/data/ner is absent: the ANERcorp dev test is skipped"))
    func devSplitScoreDoesNotRegress() throws {
        // The dev split is never trained on; the README states the full figures. This guards
        // against a change that silently breaks the tagger.
        let sentences = LabeledCorpus.split(LabeledCorpus.read(try String(contentsOf: Fixtures.anercorp, encoding: .utf8))).dev
        var tagger = try EntityTagger.shipped()
        tagger.domain = .anercorp
        let evaluation = EntityEvaluation(tagger: tagger, sentences: sentences)
        #expect(evaluation.micro.gold == 748)
        #expect(evaluation.micro.f1 >= 0.80, "dev micro F1 \(evaluation.micro.f1)")
    }

    @Test func domainsKeepTheirOwnConventions() throws {
        // ANERcorp reads العميد as a rank; Khabar's news annotators, as a team's nickname. Learned
        // apart, the same sentence is tagged by the convention of the domain asked for.
        let tokens = ["فاز", "العميد", "أمس", "."]
        let sentences = (0..<3).flatMap { _ in [
            LabeledSentence(tokens: tokens, tags: tags("O O O O"), domain: .anercorp),
            LabeledSentence(tokens: tokens, tags: tags("O B-ORG O O"), domain: .news),
        ] }
        let lexicon = EntityLexicon(names: [], clusters: [:], cueWords: [:], demonyms: [:])
        let segmenter = try CliticSegmenter.atb()
        var training = EntityTaggerTraining(sentences: sentences, lexicon: lexicon, segmenter: segmenter)
        training.epochs = 3
        let trained = training.train()
        // The model file keeps each domain's weights.
        let model = trained.serialized()
        for var tagger in [trained, try EntityTagger(serialized: model, lexicon: lexicon, segmenter: segmenter)] {
            tagger.domain = .anercorp
            #expect(tagger.tag(tokens) == tags("O O O O"))
            tagger.domain = .news
            #expect(tagger.tag(tokens) == tags("O B-ORG O O"))
        }
        #expect(throws: EntityTagger.ModelError.self) { try EntityTagger(serialized: model.dropLast(), lexicon: lexicon, segmenter: segmenter) }
        // A feature count no file could hold is an error, not a crash.
        var huge = Data("KHABAR-NER-2\n".utf8)
        huge.append(contentsOf: [UInt8](repeating: 0xFF, count: 8))
        #expect(throws: EntityTagger.ModelError.self) { try EntityTagger(serialized: huge, lexicon: lexicon, segmenter: segmenter) }
    }
}
