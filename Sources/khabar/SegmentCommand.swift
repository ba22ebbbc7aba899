import ArgumentParser
import Foundation
import KhabarMorphology

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Cut words into their clitics: one word a line in, seg+ment+ed out.",
        discussion: """
            Every input line gives exactly one output line, whatever it holds: a line with \
            several words has each word segmented, the blanks between them kept as they are \
            (a carriage return too); an empty line stays empty; bytes that are not UTF-8 become U+FFFD.

            Example:
              printf 'وبالتالي\\nمقاتليها\\nسيقاومون\\n' | khabar segment --scheme atb
            """
    )

    @Argument(help: "A file of words, one a line, or - for standard input.")
    var file = "-"

    @Option(help: "The segmentation scheme: atb (pieces of the surface word) or farasa (finer).")
    var scheme: SegmentationScheme = .atb

    func run() throws {
        let segment = try Self.segmenter(for: scheme)
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: data, as: UTF8.self)
        // Split on the scalar, keeping any carriage return in the line: "\r\n" is one Character.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        if text.unicodeScalars.last == "\n" { lines.removeLast() }
        for line in lines {
            StandardStreams.write(Self.segmentingWords(of: Substring(line), with: segment) + "\n")
        }
        StandardStreams.flush()
    }
}

extension SegmentCommand {
    /// The segments of a word in `scheme`.
    static func segmenter(for scheme: SegmentationScheme) throws -> (Substring) -> [String] {
        let atb = try CliticSegmenter.atb()
        switch scheme {
        case .atb: return { atb.segments(of: $0).map(String.init) }
        case .farasa:
            let farasa = FarasaSegmenter(atb: atb)
            return { farasa.segments(of: $0) }
        }
    }

    /// The line with each run of non-blank characters segmented and the blanks between kept.
    static func segmentingWords(of line: Substring, with segment: (Substring) -> [String]) -> String {
        var output = ""
        var word = line.unicodeScalars.startIndex
        var index = word
        func flush() {
            if word < index { output += segment(Substring(line.unicodeScalars[word..<index])).joined(separator: "+") }
        }
        while index < line.unicodeScalars.endIndex {
            let scalar = line.unicodeScalars[index]
            if scalar.properties.isWhitespace {
                flush()
                output.unicodeScalars.append(scalar)
                word = line.unicodeScalars.index(after: index)
            }
            index = line.unicodeScalars.index(after: index)
        }
        flush()
        return output
    }
}

extension SegmentationScheme: ExpressibleByArgument {}
