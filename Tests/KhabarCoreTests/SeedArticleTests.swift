import Foundation
import KhabarCore
import Testing

/// The article the project started from: an AFP story whose paragraphs were glued with `.,`.
@Suite(.enabled(if: Fixtures.exists(Fixtures.seed), "../shared/seed is absent: the seed article tests are skipped"))
struct SeedArticleTests {
    let document: Document

    init() throws {
        document = try #require(try Khabar.analyze(contentsOf: Fixtures.seed).first)
    }

    @Test func headlineIsTheTitleSpan() throws {
        #expect(document.titleText == "فصائل سورية ترفض مقترح إخراج مقاتليها من شرق حلب")
        #expect(document.title == Span(start: 0, end: 48))
    }

    @Test func elevenBodyParagraphsAreRecovered() {
        #expect(document.paragraphs.count == 11)
        let texts = document.paragraphs.map { String(document[$0]) }
        #expect(texts.first?.hasPrefix("فصائل سورية معارضة، الاثنين") == true)
        #expect(texts[1].hasPrefix("وأكد ياسر اليوسف"))
        #expect(texts.last?.hasSuffix("ما أثار تنديداً دولياً.") == true)
        for text in texts {
            #expect(!text.hasPrefix(",") && !text.hasPrefix(" "), "paragraph starts with glue: \(text.prefix(10))")
            #expect(!text.hasSuffix(","), "paragraph keeps the glue comma: \(text.suffix(10))")
        }
    }

    @Test func thirteenSentencesStartAtAWordAndEndAtTheirPunctuation() {
        #expect(document.sentences.count == 13)
        for sentence in document.sentences {
            let first = document.tokens[sentence.tokens.lowerBound]
            #expect(first.kind == .word, "sentence starts at \(document[first])")
            let text = String(document[sentence.span])
            #expect(text.hasSuffix(".") || text.hasSuffix("\".") || text.hasSuffix(".\""), "sentence ends with \(text.suffix(5))")
        }
        let texts = document.sentenceTexts
        #expect(texts[9] == "ومن المقرر أن يناقش مجلس الأمن بعد ساعات مشروع قرار قدمته مصر ونيوزيلندا وإسبانيا، يطالب بشكل خاص بإقرار هدنة في حلب لمدة سبعة أيام.")
        #expect(texts[10] == "لكن لافروف اعتبر أن مشروع القرار \"في جزء كبير منه استفزاز ينسف الجهود الروسية الأميركية\".")
        #expect(texts[11] == "وتعد روسيا من أبرز حلفاء النظام السوري وتنفذ منذ نهاية أيلول/سبتمبر 2015 غارات داعمة لدمشق.")
    }

    @Test func slashedMonthsAreThreeTokensAndQuotesAreTokens() throws {
        let texts = document.tokenTexts
        let month = try #require(texts.firstIndex(of: "أيلول"))
        #expect(Array(texts[month...month + 3]) == ["أيلول", "/", "سبتمبر", "2015"])
        let quote = try #require(texts.firstIndex(of: "حتى"))
        #expect(Array(texts[quote - 1...quote + 4]) == ["\"", "حتى", "آخر", "نقطة", "دم", "\""])
        #expect(document.tokens[quote - 1].kind == .quote && document.tokens[quote + 4].kind == .quote)
        #expect(texts.contains("(") && texts.contains("للانسحاب") && texts.contains(")"))
        #expect(!texts.contains(","), "the paragraph glue must not become a token")
    }

    @Test func headlineTokensComeFirstAndBelongToNoSentence() {
        #expect(document.titleTokens == 0..<9)
        #expect(document.sentences.first?.tokens.lowerBound == 9)
    }

    @Test func everySpanMapsBackToItsText() {
        #expect(offsetProblems(in: document).isEmpty)
    }
}
