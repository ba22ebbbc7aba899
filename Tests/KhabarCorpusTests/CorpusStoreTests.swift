import Foundation
import KhabarCore
import KhabarCorpus
import KhabarPostgres
import KhabarQuotes
import Testing

/// The store contract, on articles of our own, run against every backend: SQLite always,
/// PostgreSQL when `KHABAR_POSTGRES_URL` names a server (`.ci/run` starts one).
struct CorpusStoreTests {
    static let pipeline: Pipeline = {
        do { return try Pipeline.withQuotes() } catch { fatalError("the shipped models do not load: \(error)") }
    }()

    static func article(_ title: String, _ body: String, id: String, date: String = "2015-08-01", source: String = "test") throws -> Document {
        var document = try Khabar.read(data: Data("\(title)\n\n\(body)".utf8), source: id, format: .text)[0]
        document.metadata = Metadata(id: id, source: source, date: date)
        return try Self.pipeline.analyze(document)
    }

    func article(_ title: String, _ body: String, id: String, date: String = "2015-08-01", source: String = "test") throws -> Document {
        try Self.article(title, body, id: id, date: date, source: source)
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

    /// Without the probe, the connection pool retried for ever: the limit catches a hang.
    @Test(.timeLimit(.minutes(1)))
    func aServerThatCannotBeReachedFailsWithItsReason() async throws {
        await #expect(throws: PostgresStoreError.self) { try await PostgresCorpus(PostgresAddress("postgres://khabar@127.0.0.1:1/none")) }
        #expect(throws: PostgresStoreError.self) { try PostgresAddress("postgres://host/db?schema=Drop Table") }
        #expect(throws: PostgresStoreError.self) { try PostgresAddress("postgres://host/db?sslmode=sometimes") }
        #expect(try PostgresAddress("postgresql://u:p@db.local:6543/news?schema=gulf").port == 6543)
    }

    @Test(arguments: StoreBackend.available)
    func storingTwiceStoresOnce(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            let documents = try articles
            #expect(try await corpus.store(documents) == StoreReport(stored: 3, duplicates: 0))
            #expect(try await corpus.store(documents + [documents[0]]) == StoreReport(stored: 0, duplicates: 4))
            #expect(try await corpus.articleCount() == 3)
            #expect(try await corpus.alreadyStored(documents) == [0, 1, 2])
        }
    }

    @Test(arguments: StoreBackend.available)
    func searchFindsTheFormsOfAWord(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            _ = try await corpus.store(try articles)
            #expect(Set(try await corpus.search(SearchQuery("حلب"), limit: 10).map(\.id)) == ["a1", "a3"])
            #expect(try await corpus.search(SearchQuery("المدرسة"), limit: 10).map(\.id) == ["a2"])
            let hit = try #require(try await corpus.search(SearchQuery("حلب"), limit: 10).first { $0.id == "a1" })
            #expect(hit.snippet.contains("[بحلب]") || hit.snippet.contains("[حلب]"))
        }
    }

    @Test(arguments: StoreBackend.available)
    func operatorsAndFilters(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            _ = try await corpus.store(try articles)
            #expect(try await corpus.search(SearchQuery("حلب -الرياض"), limit: 10).map(\.id) == ["a1"])
            #expect(Set(try await corpus.search(SearchQuery("جدة OR الرياض"), limit: 10).map(\.id)) == ["a2", "a3"])
            #expect(try await corpus.search(SearchQuery("\"غارات مكثفة\""), limit: 10).map(\.id) == ["a1"])
            #expect(try await corpus.search(SearchQuery("حلب", from: "2015-08-02"), limit: 10).map(\.id) == ["a3"])
            #expect(try await corpus.search(SearchQuery("مدرسه", source: "test"), limit: 10).isEmpty)
            #expect(try await corpus.search(SearchQuery("حلب", entity: "الرياض"), limit: 10).map(\.id) == ["a3"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func searchByTopic(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            var documents = try articles
            documents[0].topic = Topic(label: "international", score: 0.8)
            documents[2].topic = Topic(label: "politics", score: 0.6)
            _ = try await corpus.store(documents)
            #expect(try await corpus.search(SearchQuery("حلب", topic: "politics"), limit: 10).map(\.id) == ["a3"])
            #expect(try await corpus.search(SearchQuery("حلب", topic: "politics"), limit: 10).first?.topic == "politics")
            #expect(try await corpus.search(SearchQuery("حلب", topic: "sport"), limit: 10).isEmpty)
            #expect(try await corpus.search(SearchQuery("مدرسه", topic: "politics"), limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func hostileQueriesGiveResultsOrNothing(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            _ = try await corpus.store(try articles)
            let hostile = ["\"حلب", "حلب\"\"\"", "NEAR(حلب الرياض)", "title:حلب", "حلب^", "*", "(((", "'; DROP TABLE article; --",
                           "حلب OR", "OR OR NOT", "-", String(repeating: "حلب ", count: 2_500), "\u{0}\u{FFFF}"]
            for query in hostile {
                _ = try await corpus.search(SearchQuery(query), limit: 10)
            }
            #expect(try await corpus.articleCount() == 3)
        }
    }

    @Test(arguments: StoreBackend.available)
    func quotesBySpeaker(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            _ = try await corpus.store(try articles)
            let quotes = try await corpus.quotes(bySpeaker: "مصدر", from: nil, to: nil, limit: 10)
            #expect(quotes.count == 1)
            #expect(quotes.first?.canonical == "مصدر عسكري")
            #expect(try await corpus.quotes(bySpeaker: "مصدر", from: "2015-08-02", to: nil, limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func editedRepostsClusterAndSearchShowsOne(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            let body = """
                أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في منطقة جازان تضم أكثر من خمسمئة سرير، \
                وقال المتحدث باسم الوزارة إن المستشفيات ستبدأ استقبال المرضى مطلع الشهر المقبل بعد اكتمال تجهيزها \
                بالمعدات الطبية الحديثة وتعيين الكوادر اللازمة من الأطباء والممرضين والفنيين في مختلف التخصصات.
                """
            let original = try article("الصحة تفتتح ثلاثة مستشفيات في جازان", body, id: "r1")
            let repost = try article("افتتاح مستشفيات جديدة بجازان", body.replacingOccurrences(of: "اليوم", with: "أمس"), id: "r2", source: "other")
            let unrelated = try article("قمة في الرياض", "وصل الوفد إلى الرياض لحضور القمة الخليجية التي تناقش ملفات الاقتصاد والأمن في المنطقة خلال يومين.", id: "r3")
            _ = try await corpus.store([original, repost, unrelated])
            let clusters = try await corpus.duplicateClusters(limit: 10)
            #expect(clusters.count == 1)
            #expect(Set(clusters.first?.map(\.id) ?? []) == ["r1", "r2"])
            #expect(try await corpus.search(SearchQuery("مستشفيات جازان"), limit: 10).count == 1)
            #expect(try await corpus.search(SearchQuery("مستشفيات جازان"), limit: 10, collapsingDuplicates: false).count == 2)
        }
    }

    @Test(arguments: StoreBackend.available)
    func mostMentionedAndProfiles(_ backend: StoreBackend) async throws {
        try await backend.withCorpus { corpus in
            _ = try await corpus.store([
                try article("محادثات", "التقى وزير الخارجية الأميركي جون كيري نظيره الروسي سيرغي لافروف في جنيف، وقال كيري إن اللقاء كان مثمراً.", id: "e1"),
                try article("زيارة", "وصل جون كيري إلى القاهرة أمس في زيارة تستغرق يومين.", id: "e2", date: "2015-08-09"),
            ])
            let people = try await corpus.mostMentioned(from: nil, to: nil, kinds: ["PER"], limit: 5)
            #expect(people.first?.name == "جون كيري")
            #expect(people.first?.articles == 2 && people.first?.mentions == 3)
            #expect(try await corpus.mostMentioned(from: "2015-08-05", to: nil, kinds: ["PER"], limit: 5).first?.articles == 1)
            let profile = try await corpus.profile(of: "جون كيري", limit: 5)
            #expect(profile.articles == 2)
            #expect(profile.related.contains { $0.name == "سيرغي لافروف" })
            #expect(profile.latest.first?.id == "e2")
        }
    }
}
