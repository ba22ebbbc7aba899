import Foundation
import KhabarCore
import KhabarMorphology
@testable import KhabarTopics
import Testing

/// The topic classifier on articles of our own, its model file, and its scores.
struct TopicTests {
    static let pipeline: Pipeline = {
        do { return try Pipeline.withTopics() } catch { fatalError("the shipped models do not load: \(error)") }
    }()

    func topic(_ title: String, _ body: String) throws -> Topic? {
        try Self.pipeline.analyze(Khabar.analyze("\(title)\n\n\(body)")).topic
    }

    @Test func sportEconomyAndInternationalNews() throws {
        let match = try topic("الترجي يفوز على النادي الصفاقسي في الدوري",
                              "فاز فريق الترجي على النادي الصفاقسي بهدفين مقابل هدف في مباراة الجولة العاشرة من البطولة، وسجل المهاجم الهدف الثاني في الدقيقة الأخيرة أمام جماهير الملعب.")
        #expect(match?.label == "sport")
        let prices = try topic("ارتفاع نسبة التضخم وأسعار المواد الغذائية",
                               "أعلن البنك المركزي أن نسبة التضخم ارتفعت إلى ستة بالمئة خلال الشهر الماضي بسبب ارتفاع أسعار المواد الغذائية والطاقة، فيما تراجع سعر صرف الدينار أمام الدولار واليورو.")
        #expect(prices?.label == "economy")
        let abroad = try topic("غارات جوية على مدينة حلب السورية",
                               "قتل عشرات المدنيين في غارات جوية استهدفت أحياء مدينة حلب السورية، وطالبت الأمم المتحدة ومجلس الأمن الدولي بوقف فوري لإطلاق النار وإيصال المساعدات الإنسانية.")
        #expect(abroad?.label == "international")
        for found in [match, prices, abroad] { #expect((0.0...1.0).contains(found?.score ?? -1)) }
    }

    @Test func noKnownWordNoTopic() throws {
        #expect(try topic("", "12345 67890").map(\.label) == nil)
        #expect(try Self.pipeline.analyze(Khabar.analyze("")).topic == nil)
    }

    @Test func theModelFileRoundTrips() throws {
        let model = TopicClassifier(labels: ["a", "b"], vocabulary: ["كتب": 0, "قلم": 1],
                                    weights: [0.5, -0.25, 0, 0.00001], bias: [0.125, -0.125])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("topic-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let read = try TopicClassifier(contentsOf: url)
        #expect(read.labels == ["a", "b"])
        #expect(read.bias == [0.125, -0.125])
        #expect(read.vocabulary == ["كتب": 0]) // the second row rounds to nothing and is left out
        #expect(read.weights == [0.5, -0.25])
        try "labels\ta\tb\nbias\t1\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try TopicClassifier(contentsOf: url) }
    }

    @Test func scoresFromAConfusionMatrix() {
        var evaluation = TopicEvaluation(labels: ["sport", "economy"])
        for _ in 0..<3 { evaluation.add(gold: "sport", predicted: "sport") }
        evaluation.add(gold: "sport", predicted: "economy")
        evaluation.add(gold: "economy", predicted: "economy")
        evaluation.add(gold: "economy", predicted: nil)
        evaluation.add(gold: "weather", predicted: "sport") // not a known topic: ignored
        #expect(evaluation.accuracy == 4.0 / 6)
        // sport: P 3/3, R 3/4; economy: P 1/2, R 1/2.
        #expect(abs(evaluation.scores(of: 0).f1 - 6.0 / 7) < 1e-12)
        #expect(abs(evaluation.scores(of: 1).f1 - 0.5) < 1e-12)
        #expect(abs(evaluation.macroF1 - (6.0 / 7 + 0.5) / 2) < 1e-12)
    }

    @Test func theSplitIsFixed() {
        let split = TopicTraining.split(Array(0..<25))
        #expect(split.dev == [0, 10, 20])
        #expect(split.test == [5, 15])
        #expect(split.train.count == 20 && !split.train.contains(0) && !split.train.contains(5))
    }
}
