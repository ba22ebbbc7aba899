import KhabarCore
import KhabarMorphology
import Testing

struct LightStemmerTests {
    let stemmer: LightStemmer

    init() throws {
        stemmer = LightStemmer(segmenter: try CliticSegmenter.atb())
    }

    /// Stems checked by hand against the rules of ``LightStemmer``.
    @Test func wordsOfOneStemFallTogether() {
        for word in ["والمدرسة", "مدرستها", "للمدرسة", "المدرسة"] { #expect(stemmer.stem(word) == "مدرس", "\(word)") }
        #expect(stemmer.stem("الحكومة") == "حكومه")
        #expect(stemmer.stem("حكومتنا") == "حكومه")
        #expect(stemmer.stem("المعلمات") == "معلم")
        #expect(stemmer.stem("مقاتليها") == "مقاتل")
        #expect(stemmer.stem("الطرفان") == "طرف")
    }

    @Test func namesAndShortWordsKeepTheirLetters() {
        #expect(stemmer.stem("فلسطين") == "فلسطين", "فلسط is not a word: the suffix stays")
        #expect(stemmer.stem("وصل") == "وصل")
        #expect(stemmer.stem("بلاد") == "بلاد")
        #expect(stemmer.stem("أَكَّدَ") == "اكد")
    }

    @Test func otherTokensAreOnlyNormalized() {
        #expect(stemmer.stem("Apple") == "apple")
        #expect(stemmer.stem("٢٠١٥") == "2015")
        #expect(stemmer.stem("") == "")
    }

    @Test func analysisGivesEveryWordTokenAStem() throws {
        let document = try Pipeline.withMorphology().analyze(Document(text: "زار الوزير المدرسة في 2015.", metadata: Metadata(id: "t")))
        #expect(document.stems.count == document.tokens.count)
        #expect(document.stems == ["زار", "وزير", "مدرس", "في", "", ""])
        let json = String(decoding: DocumentJSON.encode(document), as: UTF8.self)
        #expect(json.contains("\"text\":\"المدرسة\",\"norm\":\"المدرسه\",\"kind\":\"word\",\"stem\":\"مدرس\""))
    }

    @Test func stemEvaluationCountsPairs() {
        let words = [("كتب", "كتب"), ("يكتب", "كتب"), ("كتاب", "كتاب"), ("مكتبة", "مكتبة")]
        let evaluation = StemEvaluation(words: words) { $0 == "يكتب" ? "كتب" : $0.hasPrefix("ك") ? "ك" : $0 }
        // stems: كتب→ك, يكتب→كتب, كتاب→ك, مكتبة→مكتبة: one same-stem pair (كتب, كتاب), lemmas differ.
        #expect(evaluation.stemPairs == 1 && evaluation.lemmaPairs == 1 && evaluation.sharedPairs == 0)
        #expect(evaluation.precision == 0 && evaluation.recall == 0)
    }
}
