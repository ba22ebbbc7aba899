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
            proclitics included (لدمشق is B-LOC). Invalid UTF-8 becomes U+FFFD.

            Example:
              printf 'وقال\\nجون\\nكيري\\nفي\\nجنيف\\n' | khabar ner
            """
    )

    @Argument(help: "A CoNLL file, or - for standard input.")
    var file = "-"

    func run() throws {
        let tagger = try EntityTagger.shipped()
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        var lines = String(decoding: data, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var sentence: [Substring] = []
        func flush() {
            for (token, tag) in zip(sentence, tagger.tag(sentence)) { StandardStreams.write("\(token)\t\(tag)\n") }
            sentence.removeAll()
        }
        for line in lines {
            let token = Self.firstColumn(of: Substring(line))
            if token.isEmpty {
                flush()
                StandardStreams.write("\n")
            } else {
                sentence.append(token)
            }
        }
        flush()
        StandardStreams.flush()
    }

    /// The line's first column: up to the first tab or space, without a carriage return.
    static func firstColumn(of line: Substring) -> Substring {
        let trimmed = line.unicodeScalars.drop { $0 == " " || $0 == "\t" }
        return Substring(trimmed.prefix { $0 != " " && $0 != "\t" && $0 != "\r" })
    }
}
