import KhabarCore
import Testing

struct SentenceSplitterTests {
    private func sentences(_ body: String) throws -> [String] {
        // A leading blank line keeps the first line from being read as a headline.
        try Khabar.analyze("\n" + body).sentenceTexts
    }

    @Test func splitsOnTerminalPunctuation() throws {
        #expect(try sentences("وصل الوفد. بدأت المحادثات! هل تنجح؟ ربما…") == ["وصل الوفد.", "بدأت المحادثات!", "هل تنجح؟", "ربما…"])
        #expect(try sentences("انتهى الاجتماع?! ثم غادروا.") == ["انتهى الاجتماع?!", "ثم غادروا."])
    }

    @Test func paragraphBreaksEndSentences() throws {
        #expect(try sentences("سطر بلا نقطة\nسطر آخر\n\nفقرة ثالثة.") == ["سطر بلا نقطة", "سطر آخر", "فقرة ثالثة."])
    }

    @Test func abbreviationsAndDecimalsDoNotSplit() throws {
        #expect(try sentences("قال د. أحمد إن النسبة 3.5 بالمئة. وأضاف م. خالد أن ص. ب. مغلق.") ==
                ["قال د. أحمد إن النسبة 3.5 بالمئة.", "وأضاف م. خالد أن ص. ب. مغلق."])
        #expect(try sentences("التقى Dr. Smith بالوزير. ثم غادر.") == ["التقى Dr. Smith بالوزير.", "ثم غادر."])
    }

    @Test func eraMarkersAfterYearsEndSentences() throws {
        #expect(try sentences("تأسست المدينة عام 1436 هـ. وتوسعت لاحقاً.") == ["تأسست المدينة عام 1436 هـ.", "وتوسعت لاحقاً."])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        #expect(try sentences("قال: \"انتهى الأمر.\" ثم غادر.") == ["قال: \"انتهى الأمر.\"", "ثم غادر."])
        #expect(try sentences("قال «لن نتراجع.» وصمت.") == ["قال «لن نتراجع.»", "وصمت."])
        #expect(try sentences("وأضاف (كما قال سابقاً.) ثم انتهى.") == ["وأضاف (كما قال سابقاً.)", "ثم انتهى."])
    }

    @Test func quotationsThatContinueAreNotSplit() throws {
        #expect(try sentences("قال الوزير: «لن نتراجع. سنواصل العمل حتى النهاية». وغادر القاعة.") ==
                ["قال الوزير: «لن نتراجع. سنواصل العمل حتى النهاية».", "وغادر القاعة."])
        #expect(try sentences("وأضاف \"الوضع صعب. لكننا صامدون\" بحسب قوله.") == ["وأضاف \"الوضع صعب. لكننا صامدون\" بحسب قوله."])
    }

    @Test func anUnclosedQuoteDoesNotSwallowTheParagraph() throws {
        #expect(try sentences("قال \"لن نتراجع. وغادر. ثم عاد.") == ["قال \"لن نتراجع.", "وغادر.", "ثم عاد."])
        #expect(try sentences("قال «لن نتراجع. وغادر.") == ["قال «لن نتراجع.", "وغادر."])
    }

    @Test func aCommaAfterAFullStopContinuesTheSentence() throws {
        #expect(try sentences("الخ.، وغير ذلك. انتهى.") == ["الخ.، وغير ذلك.", "انتهى."])
    }

    @Test func headlineIsNotASentence() throws {
        let document = try Khabar.analyze("عنوان الخبر\n\nالجملة الأولى. الجملة الثانية.")
        #expect(document.titleText == "عنوان الخبر")
        #expect(document.sentenceTexts == ["الجملة الأولى.", "الجملة الثانية."])
        #expect(document.paragraphs.count == 1)
    }

    @Test func gluedParagraphsAreSplitBack() throws {
        let document = try Khabar.analyze("\nالفقرة الأولى., الفقرة الثانية \"مقتبسة\"., والثالثة.")
        #expect(document.paragraphs.map { String(document[$0]) } == ["الفقرة الأولى.", "الفقرة الثانية \"مقتبسة\".", "والثالثة."])
        #expect(document.sentenceTexts == ["الفقرة الأولى.", "الفقرة الثانية \"مقتبسة\".", "والثالثة."])
    }
}
