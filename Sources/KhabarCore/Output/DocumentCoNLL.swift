import Foundation

/// The CoNLL-U form of a document (`khabar analyze --format conll`).
///
/// One block per sentence with `# sent_id` and `# text` comments, the headline first as
/// sentence 0 with a `# title` comment; one line per word, with a
/// multiword-token range line above the words of a token that has several. FORM is the
/// surface text; MISC holds `TokenRange=start:end` (scalar offsets into the document),
/// `Norm=` (the search normalization), `Kind=`, and the token's `Stem=` and `Root=` once the
/// morphology layer has run (on the multiword line when the token has several words). Columns
/// Khabar does not fill are `_`.
public enum DocumentCoNLL {
    private static let normalizer = Normalizer(.search)

    /// The CoNLL-U text of `document`, ending with a blank line.
    public static func encode(_ document: Document) -> String {
        let id = flattened(Substring(document.metadata.id))
        var out = "# newdoc id = \(id)\n"
        var blocks = document.sentences.map { (span: $0.span, tokens: $0.tokens) }
        if let title = document.title, !document.titleTokens.isEmpty {
            blocks.insert((title, document.titleTokens), at: 0)
            out += "# title = \(flattened(document[title]))\n"
        }
        let firstNumber = document.title == nil || document.titleTokens.isEmpty ? 1 : 0
        for (offset, block) in blocks.enumerated() {
            out += "# sent_id = \(id)-\(firstNumber + offset)\n"
            out += "# text = \(flattened(document[block.span]))\n"
            var wordNumber = 0
            for tokenIndex in block.tokens {
                let token = document.tokens[tokenIndex]
                let words = document.words(ofToken: tokenIndex)
                let morphology = Self.morphology(of: tokenIndex, in: document)
                if words.count > 1 {
                    out += "\(wordNumber + 1)-\(wordNumber + words.count)\t\(document[token])\t_\t_\t_\t_\t_\t_\t_\t"
                        + "TokenRange=\(token.start):\(token.end)\(morphology)\n"
                }
                for word in words {
                    wordNumber += 1
                    let form = document[word.span]
                    out += "\(wordNumber)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t"
                        + "TokenRange=\(word.span.start):\(word.span.end)|Norm=\(escaped(normalizer.normalize(form)))|Kind=\(token.kind)"
                        + (words.count == 1 ? morphology : "") + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// `|Stem=…|Root=…` for a token the morphology layer has described, else nothing.
    private static func morphology(of index: Int, in document: Document) -> String {
        var fields = ""
        if index < document.stems.count, !document.stems[index].isEmpty { fields += "|Stem=\(escaped(document.stems[index]))" }
        if index < document.roots.count, !document.roots[index].isEmpty { fields += "|Root=\(escaped(document.roots[index]))" }
        return fields
    }

    /// A sentence on one line: CoNLL-U comments cannot hold line breaks.
    private static func flattened(_ text: Substring) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// MISC values may not hold `|` or be empty.
    private static func escaped(_ value: String) -> String {
        value.isEmpty ? "_" : value.replacingOccurrences(of: "|", with: "\\p")
    }
}
