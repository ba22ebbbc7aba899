import KhabarCore
import KhabarMorphology
import Testing

struct RootExtractorTests {
    let extractor: RootExtractor

    init() throws {
        extractor = try RootExtractor.shipped()
    }

    /// Roots checked by hand: sound, hollow (قال ← ق و ل), and with clitics and article around.
    @Test func rootsOfCommonWords() {
        #expect(extractor.root(of: "المدرسة") == "درس")
        #expect(extractor.root(of: "قال") == "قول")
        #expect(extractor.root(of: "يقاومون") == "قوم")
        #expect(extractor.root(of: "الاتفاق") == "وفق")
        #expect(extractor.root(of: "الجهود") == "جهد")
        #expect(extractor.root(of: "المشاورات") == "شور")
    }

    @Test func noRootForWhatHasNone() {
        #expect(extractor.root(of: "Apple") == nil)
        #expect(extractor.root(of: "2015") == nil)
        #expect(extractor.root(of: "") == nil)
        #expect(extractor.root(of: String(repeating: "ك", count: 40)) == nil)
    }

    @Test func analysisGivesRootsBesideStems() throws {
        let document = try Pipeline.withMorphology().analyze(Document(text: "قال الوزير إن المدرسة جاهزة.", metadata: Metadata(id: "t")))
        #expect(document.roots.count == document.tokens.count)
        #expect(document.roots[0] == "قول" && document.roots[3] == "درس")
        #expect(String(decoding: DocumentJSON.encode(document), as: UTF8.self).contains("\"stem\":\"مدرس\",\"root\":\"درس\""))
    }

    @Test func transliteratedTreebankRootsAreRead() {
        let sentence = "1\tمَدرَسَةٌ\tمَدرَسَة\tNOUN\tN------S1I\t_\t0\troot\t_\tRoot=d_r_s\n2\tثَلَاثَةُ\tثَلَاث\tNUM\tQ---------\t_\t1\tnummod\t_\tRoot=_t_l__t\n\n"
        let tokens = TreebankReader.sentences(conllu: sentence).joined()
        #expect(tokens.map(\.root) == ["درس", "ثلث"])
    }
}
