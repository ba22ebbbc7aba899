import KhabarCore
import Testing

struct TokenizerTests {
    private func tokens(_ text: String) -> [String] {
        let tokenizer = Tokenizer()
        let scalars = Array(text.unicodeScalars)
        return tokenizer.tokenize(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    private func kinds(_ text: String) -> [Token.Kind] {
        Tokenizer().tokenize(text).map(\.kind)
    }

    @Test func arabicWordsAndPunctuation() {
        #expect(tokens("قال الوزير، أمس: هل انتهى؟ نعم!") == ["قال", "الوزير", "،", "أمس", ":", "هل", "انتهى", "؟", "نعم", "!"])
        #expect(tokens("أكد؛ ثم…") == ["أكد", "؛", "ثم", "…"])
        #expect(tokens("انتظروا... ثم") == ["انتظروا", "...", "ثم"])
    }

    @Test func wordsKeepTheirDiacriticsAndTatweel() {
        #expect(tokens("قَالَ الـــوزيرُ مؤكدًا") == ["قَالَ", "الـــوزيرُ", "مؤكدًا"])
    }

    @Test func numbersOfEveryForm() {
        #expect(tokens("٣٫٥ و1,250.5 عام 2015 بنسبة 45% و٪٢٠ و٢٠٪") == ["٣٫٥", "و", "1,250.5", "عام", "2015", "بنسبة", "45%", "و", "٪", "٢٠", "و", "٢٠٪"])
        #expect(tokens("في 12/5/2015 الساعة 10:30") == ["في", "12/5/2015", "الساعة", "10:30"])
        #expect(kinds("1,250.5 ٣٫٥ 45%") == [.number, .number, .number])
        #expect(tokens("عام 2015.") == ["عام", "2015", "."], "a full stop after a number is not a decimal point")
        #expect(tokens("5G و19th") == ["5G", "و", "19th"])
    }

    @Test func elongatedPrefixesStaySensible() {
        #expect(tokens("المرتبة الـ15 في الترتيب") == ["المرتبة", "الـ15", "في", "الترتيب"])
        #expect(kinds("الـ15") == [.number])
        #expect(tokens("قال لـ فرانس برس") == ["قال", "لـ", "فرانس", "برس"])
        #expect(tokens("بحسب الـ«بي بي سي»") == ["بحسب", "الـ", "«", "بي", "بي", "سي", "»"])
    }

    @Test func everyQuoteMarkIsItsOwnToken() {
        #expect(tokens("«المقاومة» و\"داعش\" و“النصرة” و‹عين› و'كلمة'") ==
                ["«", "المقاومة", "»", "و", "\"", "داعش", "\"", "و", "“", "النصرة", "”", "و", "‹", "عين", "›", "و", "'", "كلمة", "'"])
        #expect(Set(kinds("«\"“”»‹›'")) == [.quote])
    }

    @Test func slashesBracketsAndHyphensSplit() {
        #expect(tokens("أيلول/سبتمبر") == ["أيلول", "/", "سبتمبر"])
        #expect(tokens("المشاورات الروسية- الأميركية") == ["المشاورات", "الروسية", "-", "الأميركية"])
        #expect(tokens("هشام لاشين-القاهرة") == ["هشام", "لاشين", "-", "القاهرة"])
        #expect(tokens("(للانسحاب) [ملاحظة] {x}") == ["(", "للانسحاب", ")", "[", "ملاحظة", "]", "{", "x", "}"])
        #expect(tokens("COVID-19 و O'Brien") == ["COVID-19", "و", "O'Brien"])
        #expect(tokens("2015–2016 — وقال") == ["2015", "–", "2016", "—", "وقال"])
    }

    @Test func webAddressesEmailsHashtagsAndMentions() {
        #expect(tokens("زوروا https://example.org/ar/خبر?id=5. أو www.example.com،") ==
                ["زوروا", "https://example.org/ar/خبر?id=5", ".", "أو", "www.example.com", "،"])
        #expect(tokens("(http://a.org/x_(y))") == ["(", "http://a.org/x_(y)", ")"])
        #expect(tokens("راسلونا على news.desk@example.co.uk.") == ["راسلونا", "على", "news.desk@example.co.uk", "."])
        #expect(tokens("#حلب_الآن و@khabar_news") == ["#حلب_الآن", "و", "@khabar_news"])
        #expect(kinds("https://a.org x@y.com #وسم @user") == [.url, .email, .hashtag, .mention])
        #expect(tokens("# وحده و@ وحده") == ["#", "وحده", "و", "@", "وحده"])
    }

    @Test func emojiSequencesStayWhole() {
        #expect(tokens("رائع👍🏽 و🇸🇦 و👨‍👩‍👧 و❤️") == ["رائع", "👍🏽", "و", "🇸🇦", "و", "👨‍👩‍👧", "و", "❤️"])
        #expect(kinds("😀") == [.emoji])
    }

    @Test func latinWordsBesideArabic() {
        #expect(tokens("شركة Apple أعلنت iPhone15") == ["شركة", "Apple", "أعلنت", "iPhone15"])
        #expect(tokens("عبرApple") == ["عبر", "Apple"])
    }

    @Test func invisibleControlsAreNotTokens() {
        #expect(tokens("\u{200F}حلب\u{200E} \u{FEFF}دمشق") == ["حلب", "دمشق"])
        #expect(tokens("مي\u{200C}خواهم") == ["مي\u{200C}خواهم"], "a non-joiner between letters stays inside the word")
    }

    @Test func offsetsAreUnicodeScalarsAndUTF8RangesAgree() {
        let text = "😀 قَالَ «نعم»"
        let found = Tokenizer().tokenize(text)
        #expect(found.map(\.span) == [Span(start: 0, end: 1), Span(start: 2, end: 7), Span(start: 8, end: 9), Span(start: 9, end: 12), Span(start: 12, end: 13)])
        let utf8 = Array(text.utf8)
        #expect(found.map { String(decoding: utf8[$0.utf8Range], as: UTF8.self) } == ["😀", "قَالَ", "«", "نعم", "»"])
    }

    @Test func tokenizesOnlyInsideTheGivenSpans() {
        let text = "أولاً., ثانياً"
        #expect(Tokenizer().tokenize(text, within: [Span(start: 0, end: 6), Span(start: 8, end: 14)]).map(\.span) ==
                [Span(start: 0, end: 5), Span(start: 5, end: 6), Span(start: 8, end: 14)])
    }
}
