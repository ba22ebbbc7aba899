import Foundation
import Testing
import KhabarCore
import KhabarQuotes

/// Paths shared by the quotation tests.
enum Fixtures {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seed = shared.appendingPathComponent("seed/000_f3612c017cbb3511.txt")
    static let saudiNewsNet = shared.appendingPathComponent("data/saudinewsnet")
    static let gold = ["quotes-a.jsonl", "quotes-b.jsonl"].map { projectRoot.appendingPathComponent("Tests/Gold/\($0)") }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}

/// The pipeline up to quotations, built once.
let quotePipeline: Pipeline = {
    do { return try Pipeline.withQuotes() } catch { fatalError("the shipped models do not load: \(error)") }
}()

/// Analyzes a text of our own: a headline, a blank line, the body.
func analyze(_ text: String) throws -> Document {
    try quotePipeline.analyze(try Khabar.read(data: Data(text.utf8), source: "test", format: .text)[0])
}

/// The speaker of the first quotation of a text of our own: its canonical name and its role as
/// written; nil when there is no quotation or no speaker.
func firstSpeaker(of text: String) throws -> (name: String, role: String?)? {
    let document = try analyze(text)
    return document.quotes.first?.speaker.map { speaker in (speaker.canonical, speaker.role.map { String(document[$0]) }) }
}

/// Expects each sentence of our own, as the body of an article, to make one statement of the
/// given speaker.
func expectOneStatement(each cases: [(text: String, speaker: String)], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for (text, speaker) in cases {
        let document = try analyze("خبر\n\n" + text)
        #expect(document.quotes.count == 1, "\(text)", sourceLocation: sourceLocation)
        #expect(document.quotes.first?.speaker?.canonical == speaker, "\(text)", sourceLocation: sourceLocation)
    }
}
