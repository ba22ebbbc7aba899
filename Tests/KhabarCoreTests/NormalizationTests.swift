import KhabarCore
import Testing

struct NormalizationTests {
    let search = Normalizer(.search)

    @Test func searchFormOfAWordWithDiacritics() {
        #expect(search.normalize("فَصَائِلُ") == "فصايل")
        #expect(search.normalize("المدرسةُ") == "المدرسه")
        #expect(search.normalize("إِسْرَائِيل") == "اسراييل")
        #expect(search.normalize("مُؤْتَمَر") == "موتمر")
        #expect(search.normalize("آخِرُ مُسْتَشْفًى") == "اخر مستشفي")
    }

    @Test func cleaningKeepsSpellingButDropsWhatReadersDoNotSee() {
        let cleaning = Normalizer(.cleaning)
        #expect(cleaning.normalize("أَكَّدَ") == "أكد")
        #expect(cleaning.normalize("الـــقـــدس") == "القدس")
        #expect(cleaning.normalize("\u{200F}حلب\u{200E}\u{FEFF}") == "حلب")
        #expect(cleaning.normalize("٣٫٥ و۱۲۳ و١٬٢٥٠") == "3.5 و123 و1,250")
        #expect(cleaning.normalize("ﻻ ﷲ") == "لا الله")
        #expect(cleaning.normalize("ﺣﻠﺐ") == "حلب")
        #expect(cleaning.normalize("کتاب یک") == "كتاب يك")
        #expect(cleaning.normalize("مستشفى ومدرسة") == "مستشفى ومدرسة", "cleaning must not fold letters")
        #expect(cleaning.normalize("Aleppo") == "Aleppo")
    }

    @Test func eachFoldingIsSwitchable() {
        #expect(Normalizer(.alef).normalize("أإآٱا") == "ااااا")
        #expect(Normalizer(.alefMaqsura).normalize("على") == "علي")
        #expect(Normalizer(.tehMarbuta).normalize("مدرسة") == "مدرسه")
        #expect(Normalizer(.hamzaCarriers).normalize("مؤتمر رئيس") == "موتمر رييس")
        #expect(Normalizer(.latinCase).normalize("UN Security Council") == "un security council")
        #expect(Normalizer(.diacritics).normalize("أَحْمَد") == "أحمد")
        #expect(Normalizer([]).normalize("أَحْمَدُ ـ ١") == "أَحْمَدُ ـ ١")
    }

    @Test func combiningHamzaAndMaddaJoinTheirLetter() {
        #expect(Normalizer(.cleaning).normalize("ا\u{0654}حمد") == "أحمد")
        #expect(Normalizer(.cleaning).normalize("ا\u{0653}خر") == "آخر")
        #expect(Normalizer(.cleaning).normalize("ا\u{0655}براهيم") == "إبراهيم")
        #expect(Normalizer(.search).normalize("ا\u{0654}حمد") == "احمد")
        #expect(Normalizer(.cleaning).normalize("\u{0654}") == "", "a mark with no letter before it is dropped")
    }

    /// The compiled lookup tables agree with the documented table, mapping by mapping.
    @Test func everyDocumentedMappingIsApplied() {
        #expect(NormalizationTable.mappings.count > 800)
        for mapping in NormalizationTable.mappings {
            let normalizer = Normalizer(mapping.option)
            let source = String(mapping.source)
            guard mapping.option != .presentationForms else {
                #expect(normalizer.normalize(source) == mapping.replacement, "U+\(String(mapping.source.value, radix: 16))")
                continue
            }
            #expect(normalizer.normalize("ب" + source + "ب") == "ب" + mapping.replacement + "ب",
                    "U+\(String(mapping.source.value, radix: 16, uppercase: true)) under \(mapping.option.rawValue)")
        }
    }

    @Test func presentationFormsResolveThroughTheOtherOptions() {
        #expect(Normalizer(.search).normalize("ﻷ") == "لا", "lam-alef with hamza, alef folded")
        #expect(Normalizer(.presentationForms).normalize("ﻷ") == "لأ")
        #expect(Normalizer([.presentationForms, .diacritics]).normalize("ﹲ") == "", "isolated tanwin form removed")
    }

    @Test func viewMapsNormalizedSpansBackToTheOriginal() {
        let original = "قَالَ الـوزيرُ ﻻ"
        let view = search.view(of: original)
        #expect(view.text == "قال الوزير لا")
        let scalars = Array(original.unicodeScalars)
        func originalText(_ span: Span) -> String {
            String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        #expect(originalText(view.originalSpan(of: Span(start: 4, end: 10))) == "الـوزيرُ")
        #expect(originalText(view.originalSpan(of: Span(start: 0, end: 3))) == "قَالَ")
        #expect(originalText(view.originalSpan(of: Span(start: 11, end: 13))) == "ﻻ")
        #expect(originalText(view.originalSpan(of: Span(start: 5, end: 7))) == "لـو")
    }

    @Test func normalizationAppendsToAReusedBuffer() {
        var buffer: [UInt8] = []
        search.normalize("أحمد", appendingTo: &buffer)
        search.normalize(" ومحمد", appendingTo: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "احمد ومحمد")
    }
}
