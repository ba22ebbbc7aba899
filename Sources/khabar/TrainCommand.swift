import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore
import KhabarEntities
import KhabarMorphology

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Khabar's models from the project's data.",
        subcommands: [TrainSegmentCommand.self, TrainRootCommand.self, TrainClustersCommand.self, TrainNERCommand.self, TrainTopicCommand.self]
    )
}

struct TrainSegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Train the ATB clitic segmenter from a treebank and corpus word frequencies.",
        discussion: """
            Writes atb-lexicon.tsv, atb-weights.tsv and word-frequencies.tsv into --output. \
            Deterministic: the same inputs give the same files.

            Example:
              khabar train segment --treebank ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-dev.conllu \\
                --corpus ../shared/data/saudinewsnet --dev ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu \\
                --output Sources/KhabarMorphology/Resources
            """
    )

    @Option(help: "CoNLL-U treebank files to learn from (clitics as separate words, as in UD Arabic-PADT 1.2).")
    var treebank: [String]

    @Option(help: "A folder of SaudiNewsNet ZIP archives: the unlabeled text for word frequencies.")
    var corpus: String

    @Option(help: "A held-out CoNLL-U file to score after training (never trained on).")
    var dev: String?

    @Option(help: "The folder to write the model files to.")
    var output: String

    @Option(help: "Perceptron passes over the training words.")
    var epochs = 8

    @Option(help: "Keep corpus words seen at least this often in word-frequencies.tsv.")
    var minimumCount = 2

    func run() throws {
        let sentences = try treebank.flatMap { TreebankReader.sentences(conllu: try String(contentsOfFile: $0, encoding: .utf8)) }
        let examples = SegmenterTraining.examples(sentences)
        StandardStreams.warn("treebank: \(sentences.count) sentences, \(examples.count) training words")

        let documents = try Corpus.archives(in: corpus).flatMap { try ZipArchive.documents(in: $0) }.map { try Khabar.analyze($0) }
        let vocabulary = SegmenterTraining.vocabulary(of: documents).filter { $0.value >= minimumCount }
        StandardStreams.warn("corpus: \(documents.count) articles, \(vocabulary.count) words seen at least \(minimumCount) times")

        let segmenter = SegmenterTraining.train(on: examples, frequencies: WordFrequencies(vocabulary),
                                                vocabulary: vocabulary.keys.sorted(), epochs: epochs)
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WordFrequencies.tsv(vocabulary, minimum: minimumCount).write(to: folder.appendingPathComponent("word-frequencies.tsv"), atomically: true, encoding: .utf8)
        try segmenter.lexiconTSV.write(to: folder.appendingPathComponent("atb-lexicon.tsv"), atomically: true, encoding: .utf8)
        try segmenter.model.weightsTSV.write(to: folder.appendingPathComponent("atb-weights.tsv"), atomically: true, encoding: .utf8)
        StandardStreams.warn("wrote the model to \(folder.path)")

        if let dev {
            let gold = SegmenterTraining.examples(TreebankReader.sentences(conllu: try String(contentsOfFile: dev, encoding: .utf8)))
            var evaluation = SegmentationEvaluation()
            for (word, segments) in gold { evaluation.add(gold: segments, predicted: segmenter.segments(of: word).map(String.init)) }
            print("held-out \(dev):\n\(evaluation)")
        }
    }
}

struct TrainRootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "root",
        abstract: "Learn the word patterns of the root extractor from a treebank with roots (UD Arabic-PADT 1.2 with Root=).",
        discussion: """
            Writes root-templates.tsv and roots.tsv into --output.

            Example:
              khabar train root --treebank ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-dev.conllu \\
                --dev ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu --output Sources/KhabarMorphology/Resources
            """
    )

    @Option(help: "CoNLL-U treebank files with Root= in MISC.")
    var treebank: [String]

    @Option(help: "A held-out CoNLL-U file to score after training (never trained on).")
    var dev: String?

    @Option(help: "The folder to write the model files to.")
    var output: String

    func run() throws {
        let stemmer = LightStemmer(segmenter: try CliticSegmenter.atb())
        let sentences = try treebank.flatMap { TreebankReader.sentences(conllu: try String(contentsOfFile: $0, encoding: .utf8)) }
        let examples = RootTraining.examples(sentences)
        let extractor = RootTraining.train(on: examples, stemmer: stemmer)
        let folder = URL(fileURLWithPath: output)
        try extractor.templatesTSV.write(to: folder.appendingPathComponent("root-templates.tsv"), atomically: true, encoding: .utf8)
        try extractor.rootsTSV.write(to: folder.appendingPathComponent("roots.tsv"), atomically: true, encoding: .utf8)
        StandardStreams.warn("\(examples.count) words with roots; wrote the model to \(folder.path)")
        if let dev {
            let gold = RootTraining.examples(TreebankReader.sentences(conllu: try String(contentsOfFile: dev, encoding: .utf8)))
            print("held-out \(dev): \(RootEvaluation(gold: gold, extractor: extractor))")
        }
    }
}

struct TrainClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Learn word clusters from unlabeled news for the entity tagger.",
        discussion: """
            Writes word-clusters.tsv (word<TAB>coarse<TAB>fine) into --output. Deterministic.

            Example:
              khabar train clusters --corpus ../shared/data/saudinewsnet --output Sources/KhabarEntities/Resources
            """
    )

    @Option(help: "A folder of SaudiNewsNet ZIP archives.")
    var corpus: String

    @Option(help: "The folder to write word-clusters.tsv to.")
    var output: String

    func run() throws {
        var training = WordClusterTraining(segmenter: try CliticSegmenter.atb())
        var articles = 0
        for archive in try Corpus.archives(in: corpus) {
            for document in try ZipArchive.documents(in: archive) {
                let document = try Khabar.analyze(document)
                for sentence in document.sentences { training.add(sentence: document.tokens[sentence.tokens].map { document[$0] }) }
                articles += 1
            }
        }
        StandardStreams.warn("\(articles) articles read; clustering")
        let clusters = training.clusters()
        let lines = clusters.keys.sorted().map { "\($0)\t\(clusters[$0]!.coarse)\t\(clusters[$0]!.fine)\n" }
        let url = URL(fileURLWithPath: output).appendingPathComponent("word-clusters.tsv")
        try ("# word\tcoarse cluster\tfine cluster, learned by `khabar train clusters` from SaudiNewsNet\n" + lines.joined())
            .write(to: url, atomically: true, encoding: .utf8)
        StandardStreams.warn("\(clusters.count) words clustered; wrote \(url.path)")
    }
}

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the name tagger (PER, ORG, LOC, MISC) on ANERcorp, annotated news and WikiFANE.",
        discussion: """
            Carves the dev split out of ANERcorp (every tenth block of 20 sentences, see \
            `khabar eval ner --split`), trains on the rest plus any annotated news (--news-gold) \
            and WikiFANE Gold (--wikifane), and prints dev scores after every epoch. Builds \
            gazetteer.tsv from ANERGazet and the WikiFANE names; reads word-clusters.tsv, \
            cue-words.tsv and demonyms.tsv from --output; writes ner-model.bin there. \
            Deterministic given --seed.

            Example (the shipped model):
              khabar train ner --anercorp ../shared/data/ner/anercorp-train.txt \\
                --gazetteers ../shared/data/ner/gazetteers --corpus ../shared/data/saudinewsnet \\
                --corpus-names Sources/KhabarEntities/Resources/corpus-names.tsv \\
                --news-gold Tests/Gold/entities-news-train.jsonl --news-gold Tests/Gold/entities-news-train3.jsonl \\
                --news-gold Tests/Gold/entities-news-train5.jsonl --anercorp-weight 3 --domains --ensemble 8 \\
                --output Sources/KhabarEntities/Resources
            """
    )

    @Option(help: "ANERcorp in `token TAG` lines.")
    var anercorp: String

    @Option(help: "WikiFANE Gold (`token<TAB>tag`), mapped to the four kinds.")
    var wikifane: String?

    @Option(help: "The ANERGazet folder (AlignedPersGazetteer/, AlignedLocGazetteer/, AlignedOrgGazetteer/).")
    var gazetteers: String?

    @Option(help: "The folder holding the lexicon resources, where the model is written.")
    var output: String

    @Option(help: "A folder of SaudiNewsNet ZIP archives: the articles of --news-gold and, without --corpus-names, the news a first model tags to train again with the words it found inside names.")
    var corpus: String?

    @Option(help: "SaudiNewsNet articles annotated by hand (docs/ENTITIES-GOLD.md), to train on beside ANERcorp; their text is read from --corpus.")
    var newsGold: [String] = []

    @Option(help: "How many times the sentences of --news-gold are seen per epoch.")
    var newsGoldWeight = 1

    @Option(help: "Name evidence written by an earlier run (corpus-names.tsv), used instead of tagging --corpus again.")
    var corpusNames: String?

    @Option(help: "Perceptron passes over the training sentences.")
    var epochs = 10

    @Option(help: "How many times the ANERcorp training sentences are seen per epoch, against the other sentences' once.")
    var anercorpWeight = 1

    @Flag(help: "Use WikiFANE only as a source of gazetteer names, not as training sentences.")
    var wikifaneAsGazetteerOnly = false

    @Option(help: "Seeds the order of the training sentences.")
    var seed: UInt64 = 1

    @Option(help: "How many final models, trained on different orders of the sentences, are averaged.")
    var ensemble = 1

    @Flag(help: "Learn every feature once for all sentences and once for ANERcorp's or the annotated news' (domain adaptation); the dev split is scored as ANERcorp.")
    var domains = false

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        let anercorpSentences = LabeledCorpus.read(try String(contentsOfFile: anercorp, encoding: .utf8))
        let split = LabeledCorpus.split(anercorpSentences.map { $0.inDomain(domain(.anercorp)) })
        let wiki = try wikifane.map { LabeledCorpus.readWikiFANE(try String(contentsOfFile: $0, encoding: .utf8)) } ?? []
        StandardStreams.warn("ANERcorp: \(split.train.count) training and \(split.dev.count) dev sentences; WikiFANE: \(wiki.count) sentences")
        let news = try annotatedNews()
        if !newsGold.isEmpty { StandardStreams.warn("annotated news: \(news.count) sentences") }
        let extra = (wikifaneAsGazetteerOnly ? [] : wiki) + news

        var names = LabeledCorpus.names(in: wiki)
        if let gazetteers { names += try Self.anerGazet(in: gazetteers) }
        let gazetteerLines = Set(names.map { "\($0.kind.rawValue)\t\($0.name)" }).sorted()
        let gazetteerURL = folder.appendingPathComponent("gazetteer.tsv")
        try ("# KIND<TAB>name, built by `khabar train ner` from ANERGazet and WikiFANE Gold\n" + gazetteerLines.map { $0 + "\n" }.joined())
            .write(to: gazetteerURL, atomically: true, encoding: .utf8)

        var heads: [String] = []
        func lexicon(corpusNames: [String: (kind: Entity.Kind, share: Double)]) throws -> EntityLexicon {
            EntityLexicon(names: try EntityLexicon.names(tsv: gazetteerURL),
                          clusters: try EntityLexicon.clusters(tsv: folder.appendingPathComponent("word-clusters.tsv")),
                          cueWords: try EntityLexicon.cueWords(tsv: folder.appendingPathComponent("cue-words.tsv")),
                          demonyms: try EntityLexicon.demonyms(tsv: folder.appendingPathComponent("demonyms.tsv")),
                          corpusNames: corpusNames, organisationHeads: heads)
        }
        let counted = try lexicon(corpusNames: [:]).organisationHeads(in: split.train)
        heads = counted.map(\.word)
        try ("# organisation head words ANERcorp's training split tags inside the name: word<TAB>inside<TAB>outside\n"
             + counted.map { "\($0.word)\t\($0.inside)\t\($0.outside)\n" }.joined())
            .write(to: folder.appendingPathComponent("organisation-heads.tsv"), atomically: true, encoding: .utf8)
        // Evidence from an earlier run reproduces that run's model in seconds.
        var corpusNames = try self.corpusNames.map { try EntityLexicon.corpusNames(tsv: URL(fileURLWithPath: $0)) } ?? [:]
        var tagger = try train(split: split, extra: extra, lexicon: lexicon(corpusNames: corpusNames))
        if let corpus, self.corpusNames == nil {
            // Shares are rounded as corpus-names.tsv writes them, so the shipped model sees what training saw.
            corpusNames = try Self.corpusNames(in: corpus, tagger: tagger).mapValues { ($0.kind, ($0.share * 100).rounded() / 100) }
            StandardStreams.warn("self-training: \(corpusNames.count) words with name evidence from \(corpus); training again")
            tagger = try train(split: split, extra: extra, lexicon: lexicon(corpusNames: corpusNames))
        }
        if ensemble > 1 {
            let shipped = try lexicon(corpusNames: corpusNames)
            let members = try [tagger] + (1..<UInt64(ensemble)).map { try train(split: split, extra: extra, lexicon: shipped, seed: seed + $0) }
            tagger = EntityTagger.averaging(members)
            StandardStreams.warn(String(format: "ensemble of %d: dev micro F1 %.2f", ensemble, score(tagger, on: split.dev).micro.f1 * 100))
        }
        let evidenceLines = corpusNames.keys.sorted().map { "\($0)\t\(corpusNames[$0]!.kind.rawValue)\t\(String(format: "%.2f", corpusNames[$0]!.share))\n" }
        try ("# word<TAB>KIND<TAB>share of its occurrences a first tagger found inside names of that kind in SaudiNewsNet,\n"
             + "# written by `khabar train ner --corpus`\n" + evidenceLines.joined())
            .write(to: folder.appendingPathComponent("corpus-names.tsv"), atomically: true, encoding: .utf8)
        try tagger.serialized().write(to: folder.appendingPathComponent("ner-model.bin"))
        print("dev split of \(anercorp):\n\(score(tagger, on: split.dev).report)")
    }

    /// The tagger's scores on ANERcorp sentences, read with ANERcorp's own features when it learned them.
    private func score(_ tagger: EntityTagger, on sentences: [LabeledSentence]) -> EntityEvaluation {
        var tagger = tagger
        tagger.domain = domain(.anercorp)
        return EntityEvaluation(tagger: tagger, sentences: sentences)
    }

    /// `domain` when the tagger learns domains apart (--domains), else none.
    private func domain(_ domain: EntityTagger.Domain) -> EntityTagger.Domain? {
        domains ? domain : nil
    }

    /// The sentences of the --news-gold articles, tagged from their gold names.
    private func annotatedNews() throws -> [LabeledSentence] {
        guard !newsGold.isEmpty else { return [] }
        guard let corpus else { throw ValidationError("--news-gold needs --corpus, the SaudiNewsNet folder its articles come from") }
        let gold = try newsGold.flatMap { try EntityGold.read(jsonl: String(contentsOfFile: $0, encoding: .utf8)) }
        var sentences: [LabeledSentence] = []
        try GoldArticles.analyze(gold, in: corpus, id: \.id, spans: { $0.entities.map { ($0.start, $0.end) } }, with: .textCore) { article, document in
            sentences += article.labeledSentences(in: document).map { $0.inDomain(domain(.news)) }
        }
        return Array(repeating: sentences, count: newsGoldWeight).flatMap { $0 }
    }

    private func train(split: (train: [LabeledSentence], dev: [LabeledSentence]), extra: [LabeledSentence], lexicon: EntityLexicon,
                       seed: UInt64? = nil) throws -> EntityTagger {
        let sentences = Array(repeating: split.train, count: anercorpWeight).flatMap { $0 } + extra
        var training = EntityTaggerTraining(sentences: sentences, lexicon: lexicon, segmenter: try CliticSegmenter.atb())
        training.epochs = epochs
        training.seed = seed ?? self.seed
        return training.train { epoch, tagger in
            let scores = score(tagger, on: split.dev)
            StandardStreams.warn(String(format: "epoch %d: dev micro F1 %.2f (%d features)", epoch, scores.micro.f1 * 100, tagger.featureCount))
        }
    }

    /// Tags every sentence of the corpus and keeps the words often found inside names.
    private static func corpusNames(in folder: String, tagger: EntityTagger) throws -> [String: (kind: Entity.Kind, share: Double)] {
        var evidence = CorpusNameEvidence(tagger: tagger)
        for archive in try Corpus.archives(in: folder) {
            for document in try ZipArchive.documents(in: archive) {
                let document = try Khabar.analyze(document)
                for sentence in document.sentences {
                    let tokens = document.tokens[sentence.tokens].map { document[$0] }
                    evidence.add(tokens: tokens, tags: tagger.tag(tokens))
                }
            }
        }
        return evidence.names()
    }

    /// ANERGazet's three lists: one name a line in `Aligned{Pers,Loc,Org}Gazetteer/data`.
    static func anerGazet(in folder: String) throws -> [(name: String, kind: Entity.Kind)] {
        let lists: [(String, Entity.Kind)] = [("AlignedPersGazetteer", .person), ("AlignedLocGazetteer", .location), ("AlignedOrgGazetteer", .organisation)]
        return try lists.flatMap { list, kind in
            let url = URL(fileURLWithPath: folder).appendingPathComponent(list).appendingPathComponent("data")
            return try String(contentsOf: url, encoding: .utf8).lines(omittingEmpty: true).compactMap { line in
                let name = line.trimmingCharacters(in: .whitespaces)
                return name.isEmpty || name.hasPrefix("=") ? nil : (name, kind)
            }
        }
    }
}
