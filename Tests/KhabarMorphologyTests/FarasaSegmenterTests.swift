import Foundation
import KhabarCore
import KhabarMorphology
import Testing

private let wikiNews = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/data/morph/farasa-wikinews-dev/WikiNews-dev.pos.ref")

struct FarasaSegmenterTests {
    let farasa: FarasaSegmenter

    init() throws {
        farasa = FarasaSegmenter(atb: try CliticSegmenter.atb())
    }

    private func cut(_ word: String) -> String { farasa.segments(of: word).joined(separator: "+") }

    /// The examples of the scheme, cut by hand.
    @Test func theSchemesExamples() {
        let expected = [
            "والستين": "و+ال+ست+ين", "ترشيحاتها": "ترشيح+ات+ها", "أعلنت": "أعلن+ت", "شركته": "شرك+ت+ه",
            "للمخرج": "ل+ال+مخرج", "الأكاديمية": "ال+أكاديمي+ة", "وبالتالي": "و+ب+ال+تالي", "سيقاومون": "س+يقاوم+ون",
            "للسلطة": "ل+ال+سلط+ة", "نشرتها": "نشر+ت+ها", "مما": "من+ما", "المشاورات": "ال+مشاور+ات",
            "الله": "الله", "والذي": "و+الذي", "نفت": "نف+ت", "وقت": "وقت", "إسرائيل": "إسرائيل", "حلب": "حلب", "فرانس": "فرانس", "لفرانس": "ل+فرانس",
        ]
        for (word, segments) in expected { #expect(cut(word) == segments, "\(word)") }
    }

    @Test func surfaceOfFarasaSegments() {
        #expect(FarasaSegmenter.surface(of: ["ل", "ال", "مخرج"]) == "للمخرج")
        #expect(FarasaSegmenter.surface(of: ["من", "ما"]) == "مما")
        #expect(FarasaSegmenter.surface(of: ["و", "ال", "ست", "ين"]) == "والستين")
    }

    @Test func oddInputGetsAnAnswer() {
        for word in ["", "hello", "2015", "ب", String(repeating: "ك", count: 40), "ـــ", "😀"] {
            _ = farasa.segments(of: word)
        }
        #expect(cut("hello") == "hello" && cut("2015") == "2015")
    }

    /// WikiNews is development data here, never trained on. The scheme scores 97.52% word
    /// accuracy on it (the target is 98.5%); this guards against regressions.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: wikiNews.path), "the WikiNews reference is absent"))
    func wikiNewsWordAccuracy() throws {
        var evaluation = SegmentationEvaluation()
        for line in try String(contentsOf: wikiNews, encoding: .utf8).lines(omittingEmpty: true).dropFirst() {
            guard let column = line.split(separator: "\t").first else { continue }
            let gold = column.split(separator: "+").map(String.init)
            evaluation.add(gold: gold, predicted: farasa.segments(of: FarasaSegmenter.surface(of: gold)))
        }
        #expect(evaluation.words > 7_900)
        #expect(evaluation.wordAccuracy >= 0.985, "\(evaluation)")
    }
}
