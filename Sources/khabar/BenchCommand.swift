import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore
import KhabarCorpus
import KhabarEntities
import KhabarMorphology
import KhabarPostgres
import KhabarQuotes
import KhabarTopics

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the text core's speed and memory on real articles (build with -c release).",
        discussion: """
            With --text, times normalization + tokenization + sentence splitting of a corpus file already \
            in memory (articles separated by a line holding only a form feed), as Benchmarks/peers/compare.py \
            does for the Python peers on the same bytes. Without it, also times each reader on the \
            SaudiNewsNet articles, converted in memory to every input format.

            Example:
              swift run -c release khabar bench --data ../shared/data/saudinewsnet
            """
    )

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    @Option(help: "A corpus file: UTF-8 articles separated by \"\\n\\f\\n\".")
    var text: String?

    @Option(help: "The SaudiNewsNet folder of ZIP archives, used when --text is not given.")
    var data = "../shared/data/saudinewsnet"

    @Option(name: .customLong("repeat"), help: "Runs of each measurement; the best is reported.")
    var repeats = 3

    @Option(help: "A file of words, one a line: time clitic segmentation of them instead of the text core.")
    var words: String?

    @Option(help: "With --words: the segmentation scheme to time, atb or farasa.")
    var scheme: SegmentationScheme = .atb

    @Flag(help: "Also time each stage of the text core on its own.")
    var stages = false

    @Option(help: "A corpus made by khabar ingest: time search over it, beside SQLite's unicode61 tokenizer, instead of the text core.")
    var search: String?

    @Option(help: "With --search: a postgres:// corpus of the same articles to run the same queries through.")
    var postgres: String?

    @Option(help: "With --search: how many queries (the most mentioned names of the corpus).")
    var queries = 200

    @Flag(help: "Time the entity layer (name tagging, numeric rules, linking) and quotation extraction instead of the text core.")
    var entities = false

    @Option(help: "Report as text or as one JSON object.")
    var format: OutputFormat = .text

    func run() async throws {
        if let words {
            return try reportSegmentation(of: words)
        }
        if let search { return try await reportSearch(in: search) }
        if entities {
            let articles = try text.map(Corpus.articles(inFile:)) ?? Corpus.sources(inFolder: data).flatMap { $0.articles.map(\.body) }
            return try reportEntities(of: articles)
        }
        if let text {
            let articles = try Corpus.articles(inFile: text)
            if stages {
                for (name, seconds) in CoreBenchmark.stages(articles, repeats: repeats) {
                    print(String(format: "  %-20@ %.3f s", name as NSString, seconds))
                }
            }
            report(CoreBenchmark.measure(articles, repeats: repeats), readers: [])
        } else {
            let sources = try Corpus.sources(inFolder: data)
            let readers = ReaderBenchmark.measure(sources, repeats: repeats)
            let articles = sources.flatMap { $0.articles.map(\.body) }
            report(CoreBenchmark.measure(articles, repeats: repeats), readers: readers)
        }
    }

    private func report(_ core: CoreBenchmark.Result, readers: [ReaderBenchmark.Result]) {
        let peak = peakResidentBytes()
        switch format {
        case .json:
            let object: [String: Any] = [
                "bytes": core.bytes, "articles": core.articles, "tokens": core.tokens, "sentences": core.sentences,
                "seconds": core.seconds, "mb_per_s": core.megabytesPerSecond, "tokens_per_s": core.tokensPerSecond,
                "peak_rss_bytes": peak,
                "readers": readers.map { ["format": $0.format, "bytes": $0.bytes, "documents": $0.documents, "seconds": $0.seconds,
                                         "mb_per_s": $0.megabytesPerSecond] },
            ]
            let json = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            print(String(decoding: json, as: UTF8.self))
        case .text:
            print("text core: normalization + tokenization + sentence splitting, one core, best of \(repeats)")
            print(String(format: "  %d articles, %.1f MB, %d tokens, %d sentences", core.articles, Double(core.bytes) / 1e6, core.tokens, core.sentences))
            print(String(format: "  %.3f s   %.1f MB/s   %.2f M tokens/s", core.seconds, core.megabytesPerSecond, core.tokensPerSecond / 1e6))
            if !readers.isEmpty {
                print("readers (same articles in each format, in memory):")
                for reader in readers {
                    print(String(format: "  %-6@ %8.1f MB  %7d docs  %7.3f s  %8.1f MB/s", reader.format as NSString,
                                 Double(reader.bytes) / 1e6, reader.documents, reader.seconds, reader.megabytesPerSecond))
                }
            }
            print(String(format: "peak resident memory: %.1f MB (%.2f× the %.1f MB of article text)",
                         Double(peak) / 1e6, Double(peak) / Double(max(core.bytes, 1)), Double(core.bytes) / 1e6))
        }
    }

    /// Times the segmenter on every line of a word file, best of `repeats`.
    private func reportSegmentation(of path: String) throws {
        let started = ContinuousClock.now
        let segmenter = try CliticSegmenter.atb()
        let loading = (ContinuousClock.now - started).seconds
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let words = text.lines(omittingEmpty: true)
        var boundaries = 0
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            boundaries = 0
            let cold = segmenter.forgettingRecentCuts() // no repeat profits from the one before
            let elapsed: Duration
            switch scheme {
            case .atb:
                elapsed = ContinuousClock().measure {
                    for word in words { boundaries += cold.boundaries(of: word).count }
                }
            case .farasa:
                let farasa = FarasaSegmenter(atb: cold)
                elapsed = ContinuousClock().measure {
                    for word in words { boundaries += farasa.segments(of: word).count - 1 }
                }
            }
            best = min(best, elapsed.seconds)
        }
        let result: [String: Any] = [
            "words": words.count, "boundaries": boundaries, "seconds": best,
            "words_per_s": Double(words.count) / best, "load_seconds": loading, "peak_rss_bytes": peakResidentBytes(),
        ]
        switch format {
        case .json:
            let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
            print(String(decoding: json, as: UTF8.self))
        case .text:
            print(String(format: "clitic segmentation (%@), one core, best of %d: %d words, %d boundaries",
                         scheme.rawValue as NSString, repeats, words.count, boundaries))
            print(String(format: "  %.3f s   %.2f M words/s   (model loaded in %.2f s)", best, Double(words.count) / best / 1e6, loading))
        }
    }

    /// Times the entity, quotation and topic layers over the articles, once they have been
    /// through the text core and morphology (timed too, as the base the layers add to): the name
    /// tagger alone, the whole entity layer, quotation extraction, topic classification. Best of
    /// `repeats`.
    private func reportEntities(of articles: [String]) throws {
        let morphology = try Pipeline.withMorphology() // loads the segmenter, which the entity model shares
        let started = ContinuousClock.now
        let recognition = EntityRecognition(tagger: try EntityTagger.shipped())
        let extraction = QuoteExtraction(extractor: try QuoteExtractor.shipped())
        let loading = (ContinuousClock.now - started).seconds
        let topicLoading = ContinuousClock.now
        let classification = TopicClassification(classifier: try TopicClassifier.shipped())
        let topicLoaded = (ContinuousClock.now - topicLoading).seconds
        var documents: [Document] = []
        let base = try ContinuousClock().measure {
            documents = try articles.map { try morphology.analyze(Document(text: $0, metadata: Metadata(id: "bench"))) }
        }.seconds
        let sentences = documents.map { document in
            EntityRecognition.sentenceRuns(of: document).map { run in run.map { document[document.tokens[$0]] } }
        }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        var (tagging, layer, quoting, classifying) = (Double.infinity, Double.infinity, Double.infinity, Double.infinity)
        var (found, quotes) = (0, 0)
        var withEntities = documents
        for _ in 0..<max(1, repeats) {
            tagging = min(tagging, ContinuousClock().measure {
                for article in sentences { found = recognition.tagger.tag(article: article).count }
            }.seconds)
            withEntities = documents
            layer = min(layer, ContinuousClock().measure {
                for index in withEntities.indices { recognition.process(&withEntities[index]) }
            }.seconds)
            var withQuotes = withEntities
            quoting = min(quoting, ContinuousClock().measure {
                for index in withQuotes.indices { extraction.process(&withQuotes[index]) }
            }.seconds)
            quotes = withQuotes.reduce(0) { $0 + $1.quotes.count }
            var withTopics = documents
            classifying = min(classifying, ContinuousClock().measure {
                for index in withTopics.indices { classification.process(&withTopics[index]) }
            }.seconds)
        }
        found = withEntities.reduce(0) { $0 + $1.entities.count }
        let result: [String: Any] = [
            "articles": documents.count, "tokens": tokens, "entities": found, "quotes": quotes,
            "core_and_morphology_seconds": base, "tagging_seconds": tagging, "layer_seconds": layer, "quotes_seconds": quoting,
            "tagging_tokens_per_s": Double(tokens) / tagging, "layer_tokens_per_s": Double(tokens) / layer,
            "quotes_share_of_analysis_with_entities": quoting / (base + layer),
            "topic_seconds": classifying, "topic_model_load_seconds": topicLoaded,
            "load_seconds": loading, "peak_rss_bytes": peakResidentBytes(),
        ]
        switch format {
        case .json:
            let json = (try? JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])) ?? Data()
            print(String(decoding: json, as: UTF8.self))
        case .text:
            print("entities and quotations, one core, best of \(repeats): \(documents.count) articles, \(tokens) tokens, \(found) entities, \(quotes) quotations")
            print(String(format: "  text core + morphology  %.3f s   %.0f tokens/s (once)", base, Double(tokens) / base))
            print(String(format: "  name tagger alone       %.3f s   %.0f tokens/s", tagging, Double(tokens) / tagging))
            print(String(format: "  whole entity layer      %.3f s   %.0f tokens/s", layer, Double(tokens) / layer))
            print(String(format: "  quotation extraction    %.3f s   %.1f%% of analysis with entities", quoting, 100 * quoting / (base + layer)))
            print(String(format: "  topic classification    %.3f s   %.0f articles/s, %.1f%% of analysis with entities",
                         classifying, Double(documents.count) / classifying, 100 * classifying / (base + layer)))
            print(String(format: "models loaded in %.2f s (entities and quotations, the segmenter already loaded); topic model in %.2f s",
                         loading, topicLoaded))
            print(String(format: "peak resident memory: %.1f MB", Double(peakResidentBytes()) / 1e6))
        }
    }

    /// Search latency and how many relevant articles each index finds, for the corpus's most
    /// mentioned names (relevant: the articles whose entities name it, in any form); with
    /// `--postgres`, the same queries through a PostgreSQL corpus of the same articles.
    private func reportSearch(in path: String) async throws {
        let corpus = try SQLiteCorpus(path: path)
        try corpus.buildBaselineIndex()
        let names = try corpus.mostMentionedNames(limit: queries)
        var lines: [String] = []
        for index in SQLiteCorpus.SearchIndex.allCases {
            lines.append(try await measureSearch(names, label: index == .khabar ? "khabar" : "unicode61") {
                try corpus.search($0, limit: $1, index: index)
            })
        }
        if let postgres {
            let server = try await PostgresCorpus(PostgresAddress(postgres))
            lines.append(try await measureSearch(names, label: "postgres") { try await server.search($0, limit: $1, collapsingDuplicates: false) })
        }
        print("search over \(try corpus.articleCount()) articles, \(names.count) queries (the most mentioned names), top 10, one core:")
        lines.forEach { print($0) }
    }

    /// One index's line: latency of the top 10, and the share of relevant articles among all
    /// it finds.
    private func measureSearch(_ names: [(name: String, articles: Set<String>)], label: String,
                               search: (SearchQuery, Int) async throws -> [SearchHit]) async throws -> String {
        for (name, _) in names.prefix(5) { _ = try await search(SearchQuery(name), 10) } // warm the caches
        var latencies: [Double] = []
        var recall = 0.0, found = 0
        for (name, relevant) in names {
            let started = ContinuousClock.now
            _ = try await search(SearchQuery(name), 10)
            latencies.append((ContinuousClock.now - started).seconds * 1000)
            let all = Set(try await search(SearchQuery(name), 100_000).map(\.id))
            found += all.count
            recall += Double(all.intersection(relevant).count) / Double(max(relevant.count, 1))
        }
        latencies.sort()
        let median = latencies.isEmpty ? 0 : latencies[latencies.count / 2]
        let p99 = latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * 0.99))]
        return String(format: "  %@ median %.2f ms  p99 %.2f ms  relevant found %.1f%%  articles returned %d",
                      label.padding(toLength: 10, withPad: " ", startingAt: 0), median, p99, 100 * recall / Double(max(names.count, 1)), found)
    }

    /// The process's peak resident memory: VmHWM on Linux (which, unlike `ru_maxrss`, does not
    /// include a parent's peak inherited across fork), `ru_maxrss` elsewhere.
    private func peakResidentBytes() -> Int {
        #if os(Linux)
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        let kilobytes = line?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return kilobytes * 1024
        #else
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }
}

/// Times the text core on articles already in memory.
enum CoreBenchmark {
    struct Result {
        var articles = 0, bytes = 0, tokens = 0, sentences = 0
        var seconds = Double.infinity
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
        var tokensPerSecond: Double { Double(tokens) / seconds }
    }

    /// The time of each stage alone, best of `repeats`: normalization, then building the
    /// document and each text-core layer on top of the previous ones.
    static func stages(_ articles: [String], repeats: Int) -> [(name: String, seconds: Double)] {
        let normalizer = Normalizer(.search)
        var normalized: [UInt8] = []
        func best(_ work: () -> Void) -> Double {
            (0..<max(1, repeats)).map { _ in ContinuousClock().measure(work).seconds }.min() ?? 0
        }
        let normalization = best {
            for article in articles {
                normalized.removeAll(keepingCapacity: true)
                normalizer.normalize(article, appendingTo: &normalized)
            }
        }
        var result = [("normalization", normalization)]
        let processors: [any DocumentProcessor] = [ParagraphSplitter(), Tokenizer(), SentenceSplitter()]
        for count in 0...processors.count {
            let seconds = best {
                for article in articles {
                    var document = Document(text: article, metadata: Metadata(id: ""))
                    for processor in processors.prefix(count) { try? processor.process(&document) }
                }
            }
            let name = count == 0 ? "document" : "+ " + String(describing: type(of: processors[count - 1]))
            result.append((name, seconds))
        }
        return result
    }

    static func measure(_ articles: [String], repeats: Int) -> Result {
        let normalizer = Normalizer(.search)
        let pipeline = Pipeline.textCore
        var result = Result(articles: articles.count, bytes: articles.reduce(0) { $0 + $1.utf8.count })
        var normalized: [UInt8] = []
        normalized.reserveCapacity(1 << 20)
        for _ in 0..<max(1, repeats) {
            var tokens = 0, sentences = 0
            let elapsed = ContinuousClock().measure {
                for article in articles {
                    normalized.removeAll(keepingCapacity: true)
                    normalizer.normalize(article, appendingTo: &normalized)
                    var document = Document(text: article, metadata: Metadata(id: ""))
                    try? pipeline.run(&document)
                    tokens += document.tokens.count
                    sentences += document.sentences.count
                }
            }
            result.tokens = tokens
            result.sentences = sentences
            result.seconds = min(result.seconds, elapsed.seconds)
        }
        return result
    }
}

/// Times each reader on the same articles written in its format.
enum ReaderBenchmark {
    struct Result {
        let format: String
        let bytes: Int
        let documents: Int
        let seconds: Double
        var megabytesPerSecond: Double { Double(bytes) / 1e6 / seconds }
    }

    static func measure(_ sources: [Corpus.Source], repeats: Int) -> [Result] {
        InputFormat.allCases.map { format in
            let inputs = sources.flatMap { Corpus.encode($0, as: format) }
            var documents = 0
            var best = Double.infinity
            for _ in 0..<max(1, repeats) {
                documents = 0
                let elapsed = ContinuousClock().measure {
                    for input in inputs {
                        documents += (try? Khabar.read(data: input, source: "bench", format: format).count) ?? 0
                    }
                }
                best = min(best, elapsed.seconds)
            }
            return Result(format: format.rawValue, bytes: inputs.reduce(0) { $0 + $1.count }, documents: documents, seconds: best)
        }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
