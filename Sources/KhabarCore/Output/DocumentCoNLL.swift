import Foundation

/// The CoNLL-U form of a document (`khabar analyze --format conll`).
///
/// One block per sentence with `# sent_id` and `# text` comments, the headline first as
/// sentence 0 with a `# title` comment; one line per word, with a
/// multiword-token range line above the words of a token that has several. FORM is the
/// surface text; MISC holds `TokenRange=start:end` (scalar offsets into the document),
/// `Norm=` (the search normalization) and `Kind=`. Columns the text core does not fill are `_`.
public enum DocumentCoNLL {
    private static let normalizer = Normalizer(.search)

    /// The CoNLL-U text of `document`, ending with a blank line.
    public static func encode(_ document: Document) -> String {
        var out = "# newdoc id = \(document.metadata.id)\n"
        var blocks = document.sentences.map { (span: $0.span, tokens: $0.tokens) }
        if let title = document.title, !document.titleTokens.isEmpty {
            blocks.insert((title, document.titleTokens), at: 0)
            out += "# title = \(flattened(document[title]))\n"
        }
        let firstNumber = document.title == nil || document.titleTokens.isEmpty ? 1 : 0
        for (offset, block) in blocks.enumerated() {
            out += "# sent_id = \(document.metadata.id)-\(firstNumber + offset)\n"
            out += "# text = \(flattened(document[block.span]))\n"
            var wordNumber = 0
            for tokenIndex in block.tokens {
                let token = document.tokens[tokenIndex]
                let words = document.words(ofToken: tokenIndex)
                if words.count > 1 {
                    out += "\(wordNumber + 1)-\(wordNumber + words.count)\t\(document[token])\t_\t_\t_\t_\t_\t_\t_\t"
                        + "TokenRange=\(token.start):\(token.end)\n"
                }
                for word in words {
                    wordNumber += 1
                    let form = document[word.span]
                    out += "\(wordNumber)\t\(form)\t_\t_\t_\t_\t_\t_\t_\t"
                        + "TokenRange=\(word.span.start):\(word.span.end)|Norm=\(escaped(normalizer.normalize(form)))|Kind=\(token.kind)\n"
                }
            }
            out += "\n"
        }
        return out
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
