import ArgumentParser
import Foundation
import KhabarMorphology

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Khabar's analyzers against gold data.",
        subcommands: [EvalSegmentCommand.self]
    )
}

struct EvalSegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Word accuracy and boundary precision/recall/F1 of the clitic segmenter.",
        discussion: """
            Gold data: a CoNLL-U file whose clitics are separate words (UD Arabic-PADT 1.2; words \
            the treebank left unanalysed are not scored), or lines of `word<TAB>seg+ment+ed`.

            Example:
              khabar eval segment ../shared/data/morph/padt-pre-v1.3_c4a942c/ar-ud-test.conllu
            """
    )

    @Argument(help: "The gold file.")
    var file: String

    @Option(help: "The segmentation scheme: atb.")
    var scheme: SegmentationScheme = .atb

    @Option(help: "How many wrongly cut words to list.")
    var errors = 0

    func run() throws {
        let segmenter = try CliticSegmenter.atb()
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let gold = file.hasSuffix(".conllu")
            ? SegmenterTraining.examples(TreebankReader.sentences(conllu: text))
            : text.split(separator: "\n").compactMap { line -> (word: String, segments: [String])? in
                let columns = line.split(separator: "\t")
                guard columns.count >= 2 else { return nil }
                return (String(columns[0]), columns[1].split(separator: "+").map(String.init))
            }
        var evaluation = SegmentationEvaluation(keptErrors: errors)
        for (word, segments) in gold { evaluation.add(gold: segments, predicted: segmenter.segments(of: word).map(String.init)) }
        print(evaluation)
        for error in evaluation.errors { print("\(error.word)\tgold \(error.gold)\tpredicted \(error.predicted)") }
    }
}
