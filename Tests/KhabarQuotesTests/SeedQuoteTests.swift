import Foundation
import KhabarCore
import KhabarQuotes
import Testing

/// The seed article's thirteen direct quotations and their speakers, as the issue lists them
/// (checked by reading the article).
@Suite(.enabled(if: Fixtures.exists(Fixtures.seed), "../shared/seed is absent: the seed quotation tests are skipped"))
struct SeedQuoteTests {
    let document: Document

    init() throws {
        document = try quotePipeline.analyze(try #require(try Khabar.read(url: Fixtures.seed).first))
    }

    /// The direct quotation that starts with `opening`.
    func quote(_ opening: String) -> Quote? {
        document.quotes.first { $0.kind == .direct && document[$0.span].hasPrefix(opening) }
    }

    @Test func thirteenDirectQuotations() {
        let openings = ["حتى آخر نقطة دم", "مرفوض", "أجندة الروس القضاء", "الروس للخروج من حلب", "لن يرحمهم التاريخ",
                        "الثوار لن يخرجوا", "هذه أرضنا", "الثورة مستمرة", "بهدف وضع آليات", "يتفقا حول المسارات",
                        "فور الاتفاق", "لقاء سيجري مطلع الأسبوع المقبل في جنيف", "في جزء كبير منه استفزاز"]
        for opening in openings { #expect(quote(opening) != nil, "no direct quotation starts with \(opening)") }
        #expect(document.quotes.filter { $0.kind == .direct }.count == 13)
    }

    @Test func speakersAndRoles() {
        let yousef = ["مرفوض", "أجندة الروس القضاء", "الروس للخروج من حلب", "لن يرحمهم التاريخ"]
        for opening in yousef { #expect(quote(opening)?.speaker?.canonical == "ياسر اليوسف", "\(opening)") }
        let role = quote("مرفوض")?.speaker?.role.map { String(document[$0]) }
        #expect(role == "عضو المكتب السياسي في حركة نور الدين الزنكي")

        for opening in ["الثوار لن يخرجوا", "هذه أرضنا", "الثورة مستمرة"] {
            #expect(quote(opening)?.speaker?.canonical == "أبو عبدالرحمن الحموي", "\(opening)")
        }
        let hamawiRole = quote("الثوار لن يخرجوا")?.speaker?.role.map { String(document[$0]) }
        #expect(hamawiRole?.contains("جيش الإسلام") == true)

        for opening in ["بهدف وضع آليات", "يتفقا حول المسارات", "فور الاتفاق", "في جزء كبير منه استفزاز"] {
            #expect(quote(opening)?.speaker?.canonical == "لافروف", "\(opening)")
        }
        let kerry = quote("لقاء سيجري")?.speaker
        #expect(kerry?.canonical == "جون كيري")
        #expect(kerry?.role.map { String(document[$0]) } == "وزير الخارجية الأميركي")

        let factions = quote("حتى آخر نقطة دم")?.speaker?.canonical ?? ""
        #expect(factions.contains("مسؤولان") || factions.contains("فصائل"), "speaker: \(factions)")
    }

    @Test func offsetsMapExactly() {
        let scalars = Array(document.text.unicodeScalars)
        for quote in document.quotes {
            for span in [quote.span, quote.cue, quote.speaker?.span, quote.speaker?.role].compactMap({ $0 }) {
                #expect(span.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == String(document[span]))
            }
        }
    }
}
