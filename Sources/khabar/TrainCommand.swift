import ArgumentParser
import Foundation
import KhabarArchive
import KhabarCore
import KhabarMorphology

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Khabar's models from the project's data.",
        subcommands: [TrainSegmentCommand.self, TrainRootCommand.self]
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

        let archives = try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: corpus), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "zip" }.sorted { $0.path < $1.path }
        let documents = try archives.flatMap { try ZipArchive.documents(in: $0) }.map { try Khabar.analyze($0) }
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
