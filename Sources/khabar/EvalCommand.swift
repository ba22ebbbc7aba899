import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore
import KhabarCorpus
import KhabarEntities
import KhabarMorphology
import KhabarQuotes

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Khabar's analyzers against gold data.",
        subcommands: [EvalSegmentCommand.self, EvalStemCommand.self, EvalRootCommand.self, EvalNERCommand.self, EvalEntitiesCommand.self, EvalNumbersCommand.self, EvalQuotesCommand.self, EvalRetrievalCommand.self, EvalDuplicatesCommand.self, EvalTopicCommand.self]
    )
}

struct EvalSegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Word accuracy and boundary precision/recall/F1 of the clitic segmenter.",
        discussion: """
            Gold data: a CoNLL-U file whose clitics are separate words (UD Arabic-PADT 1.2; words \
            the treebank left unanalysed are not scored), lines of `word<TAB>seg+ment+ed`, or lines \
            whose first column is the segmented word itself (`seg+ment+ed<TAB>…`, as in Farasa's \
            WikiNews reference; a header line is skipped).

            Example:
              khabar eval segment ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu
            """
    )

    @Argument(help: "The gold file.")
    var file: String

    @Option(help: "The segmentation scheme: atb or farasa.")
    var scheme: SegmentationScheme = .atb

    @Option(help: "How many wrongly cut words to list.")
    var errors = 0

    func run() throws {
        let segment = try SegmentCommand.segmenter(for: scheme)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let gold = file.hasSuffix(".conllu")
            ? SegmenterTraining.examples(TreebankReader.sentences(conllu: text))
            : text.lines(omittingEmpty: true).compactMap(Self.pair)
        var evaluation = SegmentationEvaluation(keptErrors: errors)
        for (word, segments) in gold { evaluation.add(gold: segments, predicted: segment(Substring(word))) }
        print(evaluation)
        for error in evaluation.errors { print("\(error.word)\tgold \(error.gold)\tpredicted \(error.predicted)") }
    }
}

extension EvalSegmentCommand {
    /// A gold word from `word<TAB>seg+ment+ed`, or from a first column that is the segmented
    /// word itself; nil for a header or a line with neither.
    static func pair(_ line: Substring) -> (word: String, segments: [String])? {
        let columns = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = columns.first, !first.isEmpty, !first.hasPrefix("refTok") else { return nil }
        if columns.count >= 2, columns[1].replacingOccurrences(of: "+", with: "") == first {
            return (first, columns[1].split(separator: "+").map(String.init))
        }
        let segments = first.split(separator: "+").map(String.init)
        return (FarasaSegmenter.surface(of: segments), segments)
    }
}

struct EvalStemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "How well the light stemmer groups words that share a lemma (pairwise precision/recall/F1).",
        discussion: """
            Gold data: a CoNLL-U file with lemmas and clitics as separate words (UD Arabic-PADT 1.2 \
            with lemmas). --export writes word<TAB>lemma<TAB>stem, the input of \
            Benchmarks/peers/stems.py, which scores Lucene's light10 and Snowball on the same words.

            Example:
              khabar eval stem ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu
            """
    )

    @Argument(help: "The gold CoNLL-U file.")
    var file: String

    @Option(help: "Write word<TAB>lemma<TAB>stem lines to this file.")
    var export: String?

    func run() throws {
        let stemmer = LightStemmer(segmenter: try CliticSegmenter.atb())
        let tokens = TreebankReader.sentences(conllu: try String(contentsOfFile: file, encoding: .utf8)).joined()
        let words = tokens.compactMap { token -> (word: String, lemma: String)? in
            guard !token.unanalysed, let lemma = token.lemma,
                  token.surface.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }) else { return nil }
            return (token.surface, lemma)
        }
        print(StemEvaluation(words: words, stem: stemmer.stem))
        if let export {
            let lines = words.map { "\($0.word)\t\($0.lemma)\t\(stemmer.stem($0.word))\n" }
            try lines.joined().write(toFile: export, atomically: true, encoding: .utf8)
        }
    }
}

struct EvalRootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "root",
        abstract: "Accuracy of the root extractor on words with gold roots (UD Arabic-PADT 1.2 with Root=).",
        discussion: """
            Example:
              khabar eval root ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu
            """
    )

    @Argument(help: "The gold CoNLL-U file.")
    var file: String

    func run() throws {
        let gold = RootTraining.examples(TreebankReader.sentences(conllu: try String(contentsOfFile: file, encoding: .utf8)))
        print(RootEvaluation(gold: gold, extractor: try RootExtractor.shipped()))
    }
}

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "CoNLL-2003 precision, recall and F1 of the name tagger, per kind and micro-averaged.",
        discussion: """
            Gold data: `token TAG` or `token<TAB>TAG` lines in IOB2 (PER or PERS, ORG, LOC, MISC); \
            sentences end at blank lines or after `.` tokens. An entity counts only when its kind \
            and both boundaries are right. --split dev scores only the dev part that \
            `khabar train ner` holds out (every tenth block of 20 sentences); --split train the rest. \
            The tagger reads the file with ANERcorp's own features (--domain), as ANERcorp's \
            conventions (MISC, its annotators' habits) are the ones CoNLL gold files follow.

            Example:
              khabar eval ner ../shared/data/ner/anercorp-train.txt --split dev
            """
    )

    @Argument(help: "The gold file.")
    var file: String

    @Option(help: "all, dev or train.")
    var split = "all"

    @Option(help: "Whose conventions the tagger follows: anercorp or news.")
    var domain = EntityTagger.Domain.anercorp

    func run() throws {
        let sentences = LabeledCorpus.read(try String(contentsOfFile: file, encoding: .utf8))
        let parts = LabeledCorpus.split(sentences)
        let chosen: [LabeledSentence]
        switch split {
        case "all": chosen = sentences
        case "dev": chosen = parts.dev
        case "train": chosen = parts.train
        default: throw ValidationError("--split is all, dev or train")
        }
        var tagger = try EntityTagger.shipped()
        tagger.domain = domain
        print(EntityEvaluation(tagger: tagger, sentences: chosen).report)
    }
}

struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Precision, recall and F1 of the names in `khabar analyze` against hand-annotated news articles.",
        discussion: """
            Gold data: JSON Lines as docs/ENTITIES-GOLD.md describes (ids and character offsets of \
            PER, ORG and LOC names in SaudiNewsNet articles, no article text). The articles are read \
            from --corpus and analyzed as `khabar analyze` does; a name counts when its kind and \
            both ends match exactly (the proclitics of its first word left out).

            Example:
              khabar eval entities Tests/Gold/entities-news.jsonl --corpus ../shared/data/saudinewsnet
            """
    )

    @OptionGroup var gold: GoldArticles

    @Flag(help: "Print the names missed and the names found that the gold does not hold.")
    var verbose = false

    func run() throws {
        let articles = try gold.texts().flatMap { try EntityGold.read(jsonl: $0) }
        var evaluation = EntityEvaluation()
        try gold.analyze(articles, id: \.id, spans: { $0.entities.map { ($0.start, $0.end) } }, with: try Pipeline.withEntities()) { article, analyzed in
            evaluation.add(gold: article, found: analyzed.entities)
            if verbose { Self.printDifferences(article, analyzed) }
        }
        print(evaluation.report)
    }

    private static func printDifferences(_ gold: EntityGold, _ document: Document) {
        let expected = Set(gold.entities.map { "\($0.kind) \(document[Span(start: $0.start, end: $0.end)])" })
        let found = Set(document.entities.filter { EntityGold.kinds.contains($0.kind) }.map { "\($0.kind.rawValue) \(document[$0.span])" })
        print("■ \(gold.id)")
        for name in expected.subtracting(found).sorted() { print("  missed \(name)") }
        for name in found.subtracting(expected).sorted() { print("  extra  \(name)") }
    }
}

struct EvalNumbersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Exact-match precision, recall and F1 of the DATE, TIME, NUMBER, MONEY and PERCENT rules.",
        discussion: """
            Gold data: Wojood's nested format (`token TAG [TAG …]`, one IOB2 tag per nesting layer, \
            a blank line between sentences); its DATE, TIME, CARDINAL (scored as NUMBER), MONEY and \
            PERCENT entities count, on whichever layer they lie.

            Example:
              khabar eval numbers ../shared/data/ner/wojood-sample/val.txt
            """
    )

    @Argument(help: "The gold file.")
    var file: String

    func run() throws {
        let sentences = NestedSentence.read(try String(contentsOfFile: file, encoding: .utf8))
        print(EntityEvaluation(numbers: NumericEntityRecognizer(), sentences: sentences).report)
    }
}

struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotation precision, recall, F1 and speaker accuracy against hand-annotated articles.",
        discussion: """
            Gold data: JSON Lines as docs/QUOTES-GOLD.md describes (ids and offsets into the \
            SaudiNewsNet articles, no article text). The articles are read from --corpus. A \
            statement matches a gold one when they overlap by at least half of the shorter.

            Example:
              khabar eval quotes Tests/Gold/quotes-a.jsonl Tests/Gold/quotes-b.jsonl --corpus ../shared/data/saudinewsnet
            """
    )

    @OptionGroup var gold: GoldArticles

    @Flag(help: "Print each article's gold and predicted statements.")
    var verbose = false

    func run() throws {
        let articles = try gold.texts().flatMap { try QuoteGold.read(jsonl: $0) }
        var evaluation = QuoteEvaluation()
        try gold.analyze(articles, id: \.id, spans: { $0.quotes.map { ($0.start, $0.end) } }, with: try Pipeline.withQuotes()) { article, analyzed in
            let unmatched = evaluation.add(gold: article.quotes, predicted: analyzed.quotes)
            if verbose { Self.printStatements(article, analyzed, unmatched: unmatched) }
        }
        print(evaluation.report)
        if verbose {
            for (gold, predicted) in evaluation.wrongSpeakers { print("  speaker: gold \(gold ?? "?") | found \(predicted ?? "?")") }
            for statement in evaluation.missed { print("  missed: \(statement.kind) cue \(statement.cue ?? "-") speaker \(statement.speaker ?? "?")") }
        }
    }

    private static func printStatements(_ article: QuoteGold, _ analyzed: Document, unmatched: [Quote]) {
        print("■ \(article.id)")
        for statement in article.quotes {
            print("  gold  \(statement.kind.prefix(3)) \(statement.speaker ?? "?") — \(analyzed[Span(start: statement.start, end: statement.end)].prefix(70))")
        }
        for quote in analyzed.quotes { print("  found \(quote.kind.rawValue.prefix(3)) \(QuotesCommand.line(quote, in: analyzed).prefix(110))") }
        for quote in unmatched { print("  extra \(quote.kind.rawValue.prefix(3)) \(QuotesCommand.line(quote, in: analyzed).prefix(110))") }
    }
}

struct EvalRetrievalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieval",
        abstract: "MRR@10 and Recall@10 of corpus search on ARCD's questions, beside SQLite's unicode61 tokenizer.",
        discussion: """
            Stores ARCD's paragraphs (SQuAD v1.1 JSON) in a temporary corpus and asks each question, \
            its words joined by OR and ranked by BM25; the relevant item is the paragraph that \
            holds the answer.

            Example:
              khabar eval retrieval ../shared/data/arcd/arcd-train.json
            """
    )

    @Argument(help: "A SQuAD v1.1 JSON file.")
    var file: String

    func run() throws {
        struct Squad: Decodable {
            struct Article: Decodable { let paragraphs: [Paragraph] }
            struct Paragraph: Decodable { let context: String; let qas: [Question] }
            struct Question: Decodable { let question: String }
            let data: [Article]
        }
        let squad = try JSONDecoder().decode(Squad.self, from: Data(contentsOf: URL(fileURLWithPath: file)))
        let paragraphs = squad.data.flatMap(\.paragraphs)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-retrieval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try SQLiteCorpus(path: folder.appendingPathComponent("arcd.sqlite").path)
        _ = try corpus.store(paragraphs.enumerated().map { Document(text: $1.context, metadata: Metadata(id: "p\($0)")) })
        try corpus.buildBaselineIndex()
        for index in SQLiteCorpus.SearchIndex.allCases {
            var reciprocal = 0.0, hits = 0, questions = 0
            for (number, paragraph) in paragraphs.enumerated() {
                for question in paragraph.qas {
                    questions += 1
                    var query = SearchQuery(question.question)
                    query.matchingAny = true
                    let ranked = try corpus.search(query, limit: 10, index: index).map(\.id)
                    if let rank = ranked.firstIndex(of: "p\(number)") {
                        reciprocal += 1 / Double(rank + 1)
                        hits += 1
                    }
                }
            }
            print(String(format: "%-10@ MRR@10 %.3f  Recall@10 %.3f  (%d questions, %d paragraphs)",
                         index == .khabar ? "khabar" : "unicode61", reciprocal / Double(questions), Double(hits) / Double(questions), questions, paragraphs.count))
        }
    }
}

struct EvalDuplicatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Precision and recall of near-duplicate detection on SaudiNewsNet's exact re-posts and on generated near-copies.",
        discussion: """
            Gold pairs: articles of SaudiNewsNet whose bodies are identical (re-posts, headlines may \\
            differ), and --sample articles each paired with a copy edited one way, in turn: a \\
            sentence dropped, one word in twelve changed, paragraphs reordered, the headline \\
            rewritten. Every other pair the detector reports among these articles counts against \\
            precision. Deterministic.

            Example:
              khabar eval duplicates ../shared/data/saudinewsnet --sample 1000
            """
    )

    @Argument(help: "The SaudiNewsNet folder of ZIP archives.")
    var folder: String

    @Option(help: "How many articles get a generated near-copy.")
    var sample = 1_000

    @Option(help: "How many wrong pairs to print.")
    var errors = 0

    @Option(help: "Write the reported pairs of real articles that the gold does not list to this JSON Lines file (ids, headlines and bodies), for judging by hand.")
    var review: String?

    @Option(help: "Judgements of such pairs (`a12<TAB>a34<TAB>same|different`): pairs judged the same story count as right.")
    var judgements: String?

    func run() throws {
        let articles = try Corpus.sources(inFolder: folder).flatMap(\.articles).filter { !$0.body.isEmpty }
        let detector = NearDuplicates()
        func document(_ title: String, _ body: String) throws -> Document { try Khabar.analyze(title + "\n\n" + body) }
        // Exact re-posts: the same body, blanks aside; bodies of a few words (a caption, a
        // dateline) are not articles and are left out.
        var byBody: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            let words = article.body.split(whereSeparator: \.isWhitespace)
            if words.count >= 10 { byBody[words.joined(separator: " "), default: []].append(index) }
        }
        let groups = byBody.values.filter { $0.count > 1 }
        let grouped = Set(groups.joined())
        // Originals for the generated copies: spread over the corpus, long enough, not re-posted.
        let candidates = articles.indices.filter { !grouped.contains($0) && articles[$0].body.split(separator: " ").count >= 60 }
        let originals = stride(from: 0, to: candidates.count, by: max(1, candidates.count / max(sample, 1))).prefix(sample).map { candidates[$0] }

        var documents: [(name: String, document: Document)] = []
        var gold = Set<[String]>()
        for group in groups {
            for index in group { documents.append(("a\(index)", try document(articles[index].title, articles[index].body))) }
            for first in group { for second in group where first < second { gold.insert(["a\(first)", "a\(second)"]) } }
        }
        var editOf: [String: String] = [:]
        for (number, index) in originals.enumerated() {
            let article = articles[index]
            let (title, body, edit) = Self.nearCopy(of: article.title, article.body, number: number, donor: articles[(index + 7) % articles.count].body)
            documents.append(("a\(index)", try document(article.title, article.body)))
            documents.append(("c\(index)", try document(title, body)))
            gold.insert(["a\(index)", "c\(index)"])
            editOf["c\(index)"] = edit
        }
        // Detection: band buckets give candidates, signatures decide.
        let signatures = documents.map { detector.signature(of: $0.document) }
        var buckets: [Int64: [Int]] = [:]
        for (position, signature) in signatures.enumerated() {
            guard let signature else { continue }
            for bucket in NearDuplicates.buckets(of: signature) { buckets[bucket, default: []].append(position) }
        }
        var predicted = Set<[String]>()
        for members in buckets.values where members.count > 1 {
            for first in members {
                for second in members where first < second {
                    let names = [documents[first].name, documents[second].name].sorted()
                    guard names[0] != names[1], !predicted.contains(names),
                          NearDuplicates.similarity(signatures[first]!, signatures[second]!) >= NearDuplicates.threshold else { continue }
                    predicted.insert(names)
                }
            }
        }
        let right = predicted.intersection(gold)
        func recall(_ pairs: Set<[String]>) -> Double { pairs.isEmpty ? 0 : Double(pairs.intersection(predicted).count) / Double(pairs.count) }
        // A copy's pair is right when it is its original or an article the original is itself
        // paired with: SaudiNewsNet holds edited re-posts that no gold pair lists.
        let known = predicted.union(gold)
        let withCopies = predicted.filter { pair in pair.contains { $0.hasPrefix("c") } }
        let rightWithCopies = withCopies.filter { pair in
            let copy = pair.first { $0.hasPrefix("c") }!, other = pair.first { $0 != copy }!
            let original = "a" + copy.dropFirst()
            return other == original || known.contains([original, other].sorted())
        }
        print(String(format: "pairs: gold %d, predicted %d, right %d — recall %.4f; precision %.4f against the gold pairs alone",
                     gold.count, predicted.count, right.count, recall(gold), Double(right.count) / Double(max(predicted.count, 1))))
        print(String(format: "  precision on the pairs of generated copies: %.4f (%d of %d)", Double(rightWithCopies.count) / Double(max(withCopies.count, 1)),
                     rightWithCopies.count, withCopies.count))
        let exact = gold.filter { $0.allSatisfy { $0.hasPrefix("a") } }
        print(String(format: "  exact re-posts: %d pairs in %d groups, recall %.4f", exact.count, groups.count, recall(exact)))
        for edit in Set(editOf.values).sorted() {
            let pairs = Set(gold.filter { pair in pair.contains { editOf[$0] == edit } })
            print(String(format: "  %@: %d pairs, recall %.4f", edit as NSString, pairs.count, recall(pairs)))
        }
        let extra = predicted.subtracting(gold).filter { pair in pair.allSatisfy { $0.hasPrefix("a") } }
        if let review { try Self.writeReview(of: extra, articles: articles, to: review) }
        if let judgements {
            let judged = try Self.readJudgements(judgements)
            let same = extra.filter { judged[$0] == true }.count, different = extra.filter { judged[$0] == false }.count
            let real = predicted.filter { pair in pair.allSatisfy { $0.hasPrefix("a") } }
            print(String(format: "  real-article pairs: %d reported, %d in the gold, %d beyond it judged by hand: %d the same story, %d different, %d not judged",
                         real.count, real.count - extra.count, same + different, same, different, extra.count - same - different))
            print(String(format: "  precision on real articles, judged pairs counted: %.4f", Double(real.count - extra.count + same) / Double(max(real.count - (extra.count - same - different), 1))))
            // Every reported pair: unjudged pairs beyond the gold count as wrong, and a copy's pair
            // is right only with its original or with what the original is truly paired with.
            let trusted = gold.union(extra.filter { judged[$0] == true })
            let wrongWithCopies = withCopies.filter { pair in
                let copy = pair.first { $0.hasPrefix("c") }!, other = pair.first { $0 != copy }!
                let original = "a" + copy.dropFirst()
                return other != original && !trusted.contains([original, other].sorted())
            }
            let wrong = (extra.count - same) + wrongWithCopies.count
            print(String(format: "  precision on all reported pairs, judged pairs counted: %.4f (%d of %d)",
                         Double(predicted.count - wrong) / Double(max(predicted.count, 1)), predicted.count - wrong, predicted.count))
        }
        for pair in predicted.subtracting(gold).sorted(by: { $0[0] < $1[0] }).prefix(errors) { print("  wrong: \(pair)") }
        for pair in gold.subtracting(predicted).sorted(by: { $0[0] < $1[0] }).prefix(errors) { print("  missed: \(pair)") }
    }

    /// The pairs for judging: ids, headlines and bodies, one JSON object a line.
    static func writeReview(of pairs: Set<[String]>, articles: [Corpus.Article], to path: String) throws {
        func article(_ name: String) -> [String: String] {
            let found = articles[Int(name.dropFirst())!]
            return ["id": name, "title": found.title, "body": found.body]
        }
        let lines = try pairs.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] < $1[1] }.map { pair in
            String(decoding: try JSONSerialization.data(withJSONObject: ["first": article(pair[0]), "second": article(pair[1])], options: [.sortedKeys]), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Judgements by pair: true for the same story.
    static func readJudgements(_ path: String) throws -> [[String]: Bool] {
        var judged: [[String]: Bool] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3, ["same", "different"].contains(fields[2]) else { throw ValidationError("bad judgement line: \(line)") }
            judged[[fields[0], fields[1]].sorted()] = fields[2] == "same"
        }
        return judged
    }

    /// A copy of an article edited one way, chosen by `number`: the headline, the body and the
    /// name of the edit.
    static func nearCopy(of title: String, _ body: String, number: Int, donor: String) -> (String, String, String) {
        let paragraphs = body.components(separatedBy: "\n").filter { !$0.isEmpty }
        switch number % 4 {
        case 0:
            var sentences = body.components(separatedBy: ". ")
            if sentences.count > 2 { sentences.remove(at: sentences.count / 2) }
            return (title, sentences.joined(separator: ". "), "sentence dropped")
        case 1:
            let replacements = donor.split(separator: " ")
            let words = body.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { position, word in
                position % 12 == 5 && !replacements.isEmpty ? replacements[position % replacements.count] : word
            }
            return (title, words.joined(separator: " "), "words changed")
        case 2:
            let reordered = paragraphs.count > 1 ? Array(paragraphs.reversed()) : body.components(separatedBy: ". ").reversed()
            return (title, reordered.joined(separator: paragraphs.count > 1 ? "\n" : ". "), "paragraphs reordered")
        default:
            return ("عاجل: " + title.split(separator: " ").reversed().joined(separator: " "), body, "headline rewritten")
        }
    }
}
