import Foundation

/// A human-readable rendering of a document (`khabar analyze --format text`): the headline,
/// then each paragraph's sentences, numbered, each followed by its tokens; then the entities
/// and the quotations, when those layers have run.
public enum DocumentText {
    /// The readable text of `document`.
    public static func render(_ document: Document) -> String {
        let metadata = document.metadata
        let about = [metadata.source, metadata.date, metadata.url].compactMap { $0 }.joined(separator: " · ")
        var out = "■ \(metadata.id)" + (about.isEmpty ? "" : "  (\(about))") + "\n"
        if let title = document.titleText {
            out += "Title: \(title)\n      " + tokenLine(document, document.titleTokens) + "\n"
        }
        if let topic = document.topic { out += String(format: "Topic: %@ (%.2f)\n", topic.label, topic.score) }
        out += "\(document.paragraphs.count) paragraphs · \(document.sentences.count) sentences · \(document.tokens.count) tokens\n"
        var sentenceIndex = 0
        for (number, paragraph) in document.paragraphs.enumerated() {
            out += "\n¶\(number + 1)\n"
            while sentenceIndex < document.sentences.count, document.sentences[sentenceIndex].span.start < paragraph.end {
                let sentence = document.sentences[sentenceIndex]
                sentenceIndex += 1
                out += "  [\(sentenceIndex)] \(document[sentence.span])\n"
                out += "      " + tokenLine(document, sentence.tokens) + "\n"
            }
        }
        if !document.entities.isEmpty {
            out += "\nEntities\n"
            for entity in document.entities {
                let details = [entity.canonical.flatMap { $0 == String(document[entity.span]) ? nil : "→ \($0)" },
                               entity.value.map { "= \($0)" + (entity.unit.map { " \($0)" } ?? "") }].compactMap { $0 }
                out += "  \(entity.kind.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(document[entity.span])"
                    + (details.isEmpty ? "" : "  " + details.joined(separator: " ")) + "\n"
            }
        }
        if !document.quotes.isEmpty {
            out += "\nQuotations\n"
            for quote in document.quotes {
                let speaker = quote.speaker.map { speaker in speaker.canonical + (speaker.role.map { " (\(document[$0]))" } ?? "") } ?? "?"
                let cue = quote.cue.map { String(document[$0]) } ?? "-"
                out += "  \(speaker) — \(cue) — \(quote.kind.rawValue): \(document[quote.span])\n"
            }
        }
        return out
    }

    private static func tokenLine(_ document: Document, _ tokens: Range<Int>) -> String {
        tokens.map { String(document[document.tokens[$0]]) }.joined(separator: " │ ")
    }
}
