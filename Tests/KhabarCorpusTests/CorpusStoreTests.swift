import Foundation
import KhabarCore
import KhabarCorpus
import KhabarQuotes
import Testing

/// The SQLite store on articles of our own.
struct CorpusStoreTests {
    static let pipeline: Pipeline = {
        do { return try Pipeline.withQuotes() } catch { fatalError("the shipped models do not load: \(error)") }
    }()

    func temporaryCorpus() throws -> SQLiteCorpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try SQLiteCorpus(path: folder.appendingPathComponent("corpus.sqlite").path)
    }

    func article(_ title: String, _ body: String, id: String, date: String = "2015-08-01", source: String = "test") throws -> Document {
        var document = try Khabar.read(data: Data("\(title)\n\n\(body)".utf8), source: id, format: .text)[0]
        document.metadata = Metadata(id: id, source: source, date: date)
        return try Self.pipeline.analyze(document)
    }

    var articles: [Document] {
        get throws {
            [
                try article("غارات على حلب", "شنت الطائرات غارات مكثفة بحلب أمس، وقال مصدر عسكري إن القصف استهدف الأحياء الشرقية.", id: "a1"),
                try article("افتتاح مدرسه جديدة", "افتتح الوزير مدرسه جديدة في جدة تتسع لألف طالب.", id: "a2", date: "2015-08-05", source: "other"),
                try article("قمة في الرياض", "وصل الوفد لحلب ثم توجه إلى الرياض لحضور القمة.", id: "a3", date: "2015-08-09"),
            ]
        }
    }

    @Test func storingTwiceStoresOnce() throws {
        let corpus = try temporaryCorpus()
        let documents = try articles
        #expect(try corpus.store(documents) == StoreReport(stored: 3, duplicates: 0))
        #expect(try corpus.store(documents + [documents[0]]) == StoreReport(stored: 0, duplicates: 4))
        #expect(try corpus.articleCount() == 3)
        #expect(try corpus.alreadyStored(documents) == [0, 1, 2])
    }

    @Test func searchFindsTheFormsOfAWord() throws {
        let corpus = try temporaryCorpus()
        _ = try corpus.store(try articles)
        #expect(Set(try corpus.search(SearchQuery("حلب"), limit: 10).map(\.id)) == ["a1", "a3"])
        #expect(try corpus.search(SearchQuery("المدرسة"), limit: 10).map(\.id) == ["a2"])
        let hit = try #require(try corpus.search(SearchQuery("حلب"), limit: 10).first { $0.id == "a1" })
        #expect(hit.snippet.contains("[بحلب]") || hit.snippet.contains("[حلب]"))
    }

    @Test func operatorsAndFilters() throws {
        let corpus = try temporaryCorpus()
        _ = try corpus.store(try articles)
        #expect(try corpus.search(SearchQuery("حلب -الرياض"), limit: 10).map(\.id) == ["a1"])
        #expect(Set(try corpus.search(SearchQuery("جدة OR الرياض"), limit: 10).map(\.id)) == ["a2", "a3"])
        #expect(try corpus.search(SearchQuery("\"غارات مكثفة\""), limit: 10).map(\.id) == ["a1"])
        #expect(try corpus.search(SearchQuery("حلب", from: "2015-08-02"), limit: 10).map(\.id) == ["a3"])
        #expect(try corpus.search(SearchQuery("مدرسه", source: "test"), limit: 10).isEmpty)
        #expect(try corpus.search(SearchQuery("حلب", entity: "الرياض"), limit: 10).map(\.id) == ["a3"])
    }

    @Test func hostileQueriesGiveResultsOrNothing() throws {
        let corpus = try temporaryCorpus()
        _ = try corpus.store(try articles)
        let hostile = ["\"حلب", "حلب\"\"\"", "NEAR(حلب الرياض)", "title:حلب", "حلب^", "*", "(((", "'; DROP TABLE article; --",
                       "حلب OR", "OR OR NOT", "-", String(repeating: "حلب ", count: 2_500), "\u{0}\u{FFFF}"]
        for query in hostile {
            _ = try corpus.search(SearchQuery(query), limit: 10)
        }
        #expect(try corpus.articleCount() == 3)
    }

    @Test func quotesBySpeaker() throws {
        let corpus = try temporaryCorpus()
        _ = try corpus.store(try articles)
        let quotes = try corpus.quotes(bySpeaker: "مصدر", from: nil, to: nil, limit: 10)
        #expect(quotes.count == 1)
        #expect(quotes.first?.canonical == "مصدر عسكري")
        #expect(try corpus.quotes(bySpeaker: "مصدر", from: "2015-08-02", to: nil, limit: 10).isEmpty)
    }

    @Test func editedRepostsClusterAndSearchShowsOne() throws {
        let corpus = try temporaryCorpus()
        let body = """
            أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في منطقة جازان تضم أكثر من خمسمئة سرير، \
            وقال المتحدث باسم الوزارة إن المستشفيات ستبدأ استقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيزها \
            بالمعدات الطبية الحديثة وتعيين الكوادر اللازمة من الأطباء والممرضين والفنيين في مختلف التخصصات.
            """
        let original = try article("الصحة تفتتح ثلاثة مستشفيات في جازان", body, id: "r1")
        let repost = try article("افتتاح مستشفيات جديدة بجازان", body.replacingOccurrences(of: "اليوم", with: "أمس"), id: "r2", source: "other")
        let unrelated = try article("قمة في الرياض", "وصل الوفد إلى الرياض لحضور القمة الخليجية التي تناقش ملفات الاقتصاد والأمن في المنطقة خلال يومين.", id: "r3")
        _ = try corpus.store([original, repost, unrelated])
        let clusters = try corpus.duplicateClusters(limit: 10)
        #expect(clusters.count == 1)
        #expect(Set(clusters.first?.map(\.id) ?? []) == ["r1", "r2"])
        #expect(try corpus.search(SearchQuery("مستشفيات جازان"), limit: 10).count == 1)
        #expect(try corpus.search(SearchQuery("مستشفيات جازان"), limit: 10, index: .khabar, collapsingDuplicates: false).count == 2)
    }

    @Test func mostMentionedAndProfiles() throws {
        let corpus = try temporaryCorpus()
        _ = try corpus.store([
            try article("محادثات", "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف، وقال كيري إن اللقاء كان مثمراً.", id: "e1"),
            try article("زيارة", "وصل جون كيري إلى القاهرة أمس في زيارة تستغرق يومين.", id: "e2", date: "2015-08-09"),
        ])
        let people = try corpus.mostMentioned(from: nil, to: nil, kinds: ["PER"], limit: 5)
        #expect(people.first?.name == "جون كيري")
        #expect(people.first?.articles == 2 && people.first?.mentions == 3)
        #expect(try corpus.mostMentioned(from: "2015-08-05", to: nil, kinds: ["PER"], limit: 5).first?.articles == 1)
        let profile = try corpus.profile(of: "جون كيري", limit: 5)
        #expect(profile.articles == 2)
        #expect(profile.related.contains { $0.name == "سيرغي لافروف" })
        #expect(profile.latest.first?.id == "e2")
    }
}
