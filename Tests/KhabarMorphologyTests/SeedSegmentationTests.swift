import Foundation
import KhabarCore
import KhabarMorphology
import Testing

private let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seed/000_f3612c017cbb3511.txt")

/// The seed article in the ATB scheme: its tokens, cut as a reader would cut them (checked by hand).
@Suite(.enabled(if: FileManager.default.fileExists(atPath: seed.path), "../shared/seed is absent: the seed segmentation test is skipped"))
struct SeedSegmentationTests {
    @Test func seedTokensAreCutSensibly() throws {
        let document = try #require(try Khabar.read(url: seed).first)
        let analyzed = try Pipeline.withMorphology().analyze(document)
        var cuts: [String: String] = [:]
        for (index, token) in analyzed.tokens.enumerated() {
            let words = analyzed.words(ofToken: index).map { String(analyzed[$0.span]) }
            #expect(words.joined() == String(analyzed[token]))
            cuts[String(analyzed[token])] = words.joined(separator: "+")
        }
        let expected = [
            "وسيقاومون": "و+س+يقاومون", "وسندافع": "و+س+ندافع", "مقاتليها": "مقاتلي+ها", "لفرانس": "ل+فرانس",
            "وإسبانيا": "و+إسبانيا", "ونيوزيلندا": "و+نيوزيلندا", "لدمشق": "ل+دمشق", "للأمم": "ل+لأمم",
            "بحريتنا": "ب+حريت+نا", "وكرامتنا": "و+كرامت+نا", "ينالوه": "ينالو+ه", "عنها": "عن+ها", "وجيش": "و+جيش",
            "للانسحاب": "ل+لانسحاب", "ستعقد": "س+تعقد", "الروس": "الروس", "الزنكي": "الزنكي", "حلب": "حلب",
            "سوريا": "سوريا", "مصر": "مصر", "لافروف": "لافروف", "كيري": "كيري", "جنيف": "جنيف", "الإسلام": "الإسلام",
        ]
        for (word, cut) in expected { #expect(cuts[word] == cut, "\(word)") }
    }

    @Test func seedTokensInTheFarasaScheme() throws {
        let farasa = FarasaSegmenter(atb: try CliticSegmenter.atb())
        // A plural in construct loses its ن and keeps its ي apart, as Farasa's reference writes
        // منافسيه: منافس+ي+ه.
        let expected = [
            "وسيقاومون": "و+س+يقاوم+ون", "مقاتليها": "مقاتل+ي+ها", "للأمم": "ل+ال+أمم", "المتحدة": "ال+متحد+ة",
            "الاحتلالين": "ال+احتلال+ين", "المساعدات": "ال+مساعد+ات", "بحريتنا": "ب+حري+ت+نا", "وإسبانيا": "و+إسبانيا",
            "لدمشق": "ل+دمشق", "أعلن": "أعلن", "حلب": "حلب", "الروسية": "ال+روسي+ة",
        ]
        for (word, cut) in expected { #expect(farasa.segments(of: word).joined(separator: "+") == cut, "\(word)") }
    }
}
