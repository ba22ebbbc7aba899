import ArgumentParser
import Foundation
import KhabarEntities

struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Tag names in CoNLL: one token a line in, token<TAB>IOB2 tag out.",
        discussion: """
            The first column of each line is the token (further columns are ignored); a blank \
            line ends a sentence. Every input line gives one output line: `token<TAB>tag` \
            (O, B-PER, I-ORG, B-LOC, B-MISC, …), blank lines stay blank. Whole tokens are tagged, \
            proclitics included (لدمشق is B-LOC). Sentences are read in articles, so that a name \
            found once is found where it recurs: an article ends at a `-DOCSTART-` line, or, in \
            input without them, every 20 sentences. Invalid UTF-8 becomes U+FFFD.

            Example:
              printf 'وقال\\nجون\\nكيري\\nفي\\nجنيف\\n' | khabar ner
            """
    )

    @Argument(help: "A CoNLL file, or - for standard input.")
    var file = "-"

    @Option(help: "Whose conventions the tagger follows: news (as Khabar's annotated news, which marks PER, ORG and LOC) or anercorp (as ANERcorp, MISC included).")
    var domain = EntityTagger.Domain.news

    func run() throws {
        var tagger = try EntityTagger.shipped()
        tagger.domain = domain
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        var lines = String(decoding: data, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var article: [[Substring]] = []
        var sentence: [Substring] = []
        var pendingBlanks: [Int] = [] // blank lines after each sentence of the article
        func endSentence() {
            guard !sentence.isEmpty else { return }
            article.append(sentence)
            pendingBlanks.append(0)
            sentence.removeAll()
        }
        func endArticle() {
            endSentence()
            for (tokens, (tags, blanks)) in zip(article, zip(tagger.tag(article: article), pendingBlanks)) {
                for (token, tag) in zip(tokens, tags) { StandardStreams.write("\(token)\t\(tag)\n") }
                StandardStreams.write(String(repeating: "\n", count: blanks))
            }
            article.removeAll()
            pendingBlanks.removeAll()
        }
        for line in lines {
            let token = Self.firstColumn(of: Substring(line))
            if token == "-DOCSTART-" { endArticle() }
            if token.isEmpty {
                endSentence()
                if pendingBlanks.isEmpty { StandardStreams.write("\n") } else { pendingBlanks[pendingBlanks.count - 1] += 1 }
                if article.count >= Self.sentencesPerArticle { endArticle() }
            } else {
                sentence.append(token)
            }
        }
        endArticle()
        StandardStreams.flush()
    }

    /// How many sentences make an article in input that marks no article boundaries, as
    /// `khabar eval ner` reads its gold files.
    static let sentencesPerArticle = LabeledCorpus.splitBlock

    /// The line's first column: up to the first tab or space, without a carriage return.
    static func firstColumn(of line: Substring) -> Substring {
        let trimmed = line.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        return Substring(trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\r" })
    }
}

extension EntityTagger.Domain: ExpressibleByArgument {}
