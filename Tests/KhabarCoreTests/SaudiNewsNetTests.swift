import Foundation
import KhabarArchive
import KhabarCore
import Testing

/// Every article of the real corpus: each span maps back to its text exactly.
@Suite(.enabled(if: Fixtures.exists(Fixtures.saudiNewsNet), "../shared/data/saudinewsnet is absent: the corpus-wide offset test is skipped"))
struct SaudiNewsNetTests {
    @Test func everySpanOfEveryArticleMapsBackToItsText() throws {
        let archives = try FileManager.default.contentsOfDirectory(at: Fixtures.saudiNewsNet, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "zip" }
        #expect(archives.count >= 10)
        var articles = 0, tokens = 0, sentences = 0
        var problems: [String] = []
        for archive in archives {
            for document in try ZipArchive.documents(in: archive) {
                let analyzed = try Khabar.analyze(document)
                articles += 1
                tokens += analyzed.tokens.count
                sentences += analyzed.sentences.count
                if analyzed.title != nil, analyzed.titleText != analyzed.titleText?.trimmingCharacters(in: .whitespacesAndNewlines) {
                    problems.append("\(analyzed.metadata.id): the title span holds surrounding whitespace")
                }
                problems += offsetProblems(in: analyzed).prefix(3).map { "\(analyzed.metadata.id): \($0)" }
            }
        }
        #expect(articles > 26_000)
        #expect(tokens > 8_000_000)
        #expect(sentences > 200_000)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
    }
}
