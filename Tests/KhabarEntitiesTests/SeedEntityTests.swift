import Foundation
import KhabarCore
import KhabarEntities
import Testing

/// The seed article's entities, as the issue lists them (checked by reading the article).
@Suite(.enabled(if: Fixtures.exists(Fixtures.seed), "../shared/seed is absent: the seed entity tests are skipped"))
struct SeedEntityTests {
    let document: Document

    init() throws {
        let read = try #require(try Khabar.read(url: Fixtures.seed).first)
        document = try entityPipeline.analyze(read)
    }

    @Test func persons() {
        let persons = Set(document.entityTexts(.person))
        for name in ["ياسر اليوسف", "أبو عبدالرحمن الحموي", "لافروف", "جون كيري"] {
            #expect(persons.contains(name), "\(name) is not found as a person; persons: \(persons)")
        }
        // وفق ما أكد مسؤولان: "two officials" describes people, it names no one.
        #expect(!persons.contains("مسؤولان"))
    }

    @Test func organisations() {
        let organisations = Set(document.entities.filter { $0.kind == .organisation }.compactMap(\.canonical))
        #expect(organisations.contains("حركة نور الدين الزنكي") || organisations.contains("نور الدين الزنكي"))
        for name in ["جيش الإسلام", "فرانس برس", "الأمم المتحدة", "مجلس الأمن"] {
            #expect(organisations.contains(name), "\(name) is not found as an organisation; found: \(organisations)")
        }
    }

    @Test func places() {
        let places = Set(document.entityTexts(.location))
        for name in ["حلب", "سوريا", "جنيف", "مصر", "نيوزيلندا", "إسبانيا", "روسيا", "دمشق"] {
            #expect(places.contains(name), "\(name) is not found as a place; places: \(places)")
        }
    }

    @Test func monthsGetTimexValues() {
        let dates = document.entities.filter { $0.kind == .date }
        let september = dates.first { document[$0.span].contains("أيلول/سبتمبر 2015") }
        let november = dates.first { document[$0.span].contains("تشرين الثاني/نوفمبر") }
        #expect(september?.value == "2015-09")
        #expect(november?.value == "XXXX-11")
    }

    @Test func aSurnameLinksToTheFullName() {
        let surname = document.entities.first { document[$0.span] == "اليوسف" }
        #expect(surname?.kind == .person)
        #expect(surname?.canonical == "ياسر اليوسف")
        let kerry = document.entities.filter { $0.kind == .person && document[$0.span].contains("كيري") }
        #expect(!kerry.isEmpty && kerry.allSatisfy { $0.canonical == "جون كيري" })
    }

    @Test func demonymsLinkToTheirCountry() {
        let russian = document.entities.filter { ["الروس", "الروسي", "الروسية"].contains(String(document[$0.span])) }
        #expect(!russian.isEmpty)
        #expect(russian.allSatisfy { $0.kind == .nationality && $0.canonical == "روسيا" })
    }

    @Test func spansLeaveOutProclitics() {
        for (name, proclitic) in [("فرانس برس", "ل"), ("إسبانيا", "و"), ("دمشق", "ل")] {
            let entity = document.entities.first { document[$0.span] == name }
            let before = entity.map { document[Span(start: $0.span.start - 1, end: $0.span.start)] }
            #expect(before.map(String.init) == proclitic, "\(name) should follow its proclitic \(proclitic)")
        }
    }

    @Test func everyEntitySpanMapsBackToTheText() {
        let scalars = Array(document.text.unicodeScalars)
        for entity in document.entities {
            #expect(entity.span.end <= scalars.count)
            #expect(String(String.UnicodeScalarView(scalars[entity.span.start..<entity.span.end])) == String(document[entity.span]))
        }
    }

    @Test func theTaggerTagsWholeTokens() throws {
        let tagger = try EntityTagger.shipped()
        let tags = tagger.tag(["وقال", "مصدر", "لفرانس", "برس", "إن", "الوفد", "توجه", "لدمشق", "أمس", "."]).map(\.description)
        #expect(tags[2] == "B-ORG" && tags[3] == "I-ORG")
        #expect(tags[7] == "B-LOC")
    }
}
