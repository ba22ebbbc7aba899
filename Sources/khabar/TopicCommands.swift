import ArgumentParser
import Foundation
import KhabarCore
import KhabarMorphology
import KhabarTopics

/// The ANT articles analyzed for topics (stems filled), on every core, in path order.
enum TopicData {
    static func articles(in folder: String) throws -> [LabeledArticle] {
        let (read, unreadable) = try ANTCorpus.articles(in: URL(fileURLWithPath: folder))
        if unreadable > 0 { StandardStreams.warn("\(unreadable) ANT files could not be read and are left out") }
        let pipeline = try Pipeline.withMorphology().producing([.stems])
        let analyzed = try IngestCommand.analyze(read.map(\.document), with: pipeline)
        return zip(analyzed, read).map { LabeledArticle(document: $0, label: $1.label) }
    }

    static func evaluate(_ classifier: TopicClassifier, on articles: [LabeledArticle]) -> TopicEvaluation {
        var evaluation = TopicEvaluation(labels: classifier.labels)
        for article in articles { evaluation.add(gold: article.label, predicted: classifier.topic(of: article.document)?.label) }
        return evaluation
    }
}

struct TrainTopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topic",
        abstract: "Train the topic classifier on the ANT corpus's sections.",
        discussion: """
            Articles are taken in path order; every tenth (0, 10, …) is the development split, \
            every tenth from the fifth (5, 15, …) is held out for testing; neither is trained on. \
            Prints development accuracy and macro F1 after each epoch and writes topic-model.tsv.

            Example:
              khabar train topic --ant ../shared/data/ant --output Sources/KhabarTopics/Resources
            """
    )

    @Option(help: "The ANT corpus folder (a folder per section).")
    var ant: String

    @Option(help: "The folder to write topic-model.tsv to.")
    var output: String

    @Option(help: "Passes over the training articles.")
    var epochs = TopicTraining().epochs

    @Option(help: "The step size of the first epoch.")
    var learningRate = TopicTraining().learningRate

    @Option(help: "The L2 penalty.")
    var regularization = TopicTraining().regularization

    @Option(help: "Seeds the order of the training articles.")
    var seed: UInt64 = 1

    @Flag(help: "Weigh every article alike, however large its section.")
    var unbalanced = false

    func run() throws {
        let split = TopicTraining.split(try TopicData.articles(in: ant))
        var training = TopicTraining()
        training.epochs = epochs
        training.seed = seed
        training.learningRate = learningRate
        training.regularization = regularization
        training.balanced = !unbalanced
        let classifier = training.train(split.train) { epoch, model in
            let dev = TopicData.evaluate(model, on: split.dev)
            StandardStreams.warn(String(format: "epoch %d: dev accuracy %.2f%%, macro F1 %.2f", epoch, dev.accuracy * 100, dev.macroF1 * 100))
        }
        try classifier.write(to: URL(fileURLWithPath: output).appendingPathComponent("topic-model.tsv"))
        StandardStreams.warn("trained on \(split.train.count) articles; \(classifier.labels.count) topics")
    }
}

struct EvalTopicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topic",
        abstract: "Score the shipped topic classifier on an ANT split: accuracy, per-topic P/R/F1, macro F1.",
        discussion: """
            Example:
              khabar eval topic ../shared/data/ant --split dev
            """
    )

    enum Split: String, ExpressibleByArgument, CaseIterable { case dev, test, train, all }

    @Argument(help: "The ANT corpus folder.")
    var ant: String

    @Option(help: "Which articles: dev, test (held out), train or all.")
    var split: Split = .dev

    func run() throws {
        let articles = try TopicData.articles(in: ant)
        let parts = TopicTraining.split(articles)
        let chosen = switch split {
        case .dev: parts.dev
        case .test: parts.test
        case .train: parts.train
        case .all: articles
        }
        let classifier = try TopicClassifier.shipped()
        let evaluation = TopicData.evaluate(classifier, on: chosen)
        StandardStreams.write("topic           precision  recall     F1  articles\n")
        for (index, label) in evaluation.labels.enumerated() {
            let score = evaluation.scores(of: index)
            StandardStreams.write(label.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: " %9.2f %7.2f %6.2f %9d\n", score.precision * 100, score.recall * 100, score.f1 * 100, score.support))
        }
        StandardStreams.write(String(format: "accuracy %.2f%%  macro F1 %.2f  (%d articles, %@ split)\n",
                                     evaluation.accuracy * 100, evaluation.macroF1 * 100, chosen.count, split.rawValue))
        StandardStreams.flush()
    }
}
