import Foundation
import KhabarArchive
import KhabarCore
import Testing

/// Every span the analysis layers report — entities, quotations, cues, speakers, roles — slices
/// the original text exactly, on real articles.
@Suite(.enabled(if: Fixtures.exists(Fixtures.saudiNewsNet), "../shared/data/saudinewsnet is absent: the real-article offset test is skipped"))
struct RealArticleOffsetTests {
    @Test func everyEntityAndQuotationSpanMapsBackToItsText() throws {
        let archive = Fixtures.saudiNewsNet.appendingPathComponent("2015-07-22.zip")
        let documents = try ZipArchive.documents(in: archive).prefix(300)
        var checked = 0
        for document in documents {
            let analyzed = try quotePipeline.analyze(document)
            let scalars = Array(analyzed.text.unicodeScalars)
            var spans = analyzed.entities.map(\.span)
            for quote in analyzed.quotes {
                spans += [quote.span, quote.cue, quote.speaker?.span, quote.speaker?.role].compactMap { $0 }
            }
            for span in spans {
                #expect(span.start >= 0 && span.start < span.end && span.end <= scalars.count, "\(document.metadata.id) \(span)")
                guard span.end <= scalars.count, span.start <= span.end else { continue }
                #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == String(analyzed[span]))
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }
}
