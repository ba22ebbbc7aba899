import ArgumentParser
import Foundation
import KhabarMorphology

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut words into their clitics: one word a line in, seg+ment+ed out.",
        discussion: """
            Every input line gives exactly one output line, whatever it holds: a line with \
            several words has each word segmented, spaces kept; an empty line stays empty.

            Example:
              printf 'وبالتالي\\nمقاتليها\\nسيقاومون\\n' | khabar segment --scheme atb
            """
    )

    @Argument(help: "A file of words, one a line, or - for standard input.")
    var file = "-"

    @Option(help: "The segmentation scheme: atb.")
    var scheme: SegmentationScheme = .atb

    func run() throws {
        let segmenter = try CliticSegmenter.atb()
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        for line in lines {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map { word in
                segmenter.segments(of: word).joined(separator: "+")
            }
            StandardStreams.write(words.joined(separator: " ") + "\n")
        }
        StandardStreams.flush()
    }
}

extension SegmentationScheme: ExpressibleByArgument {}
