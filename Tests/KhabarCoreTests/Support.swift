import Foundation
import KhabarCore

/// Paths and helpers shared by the tests.
enum Fixtures {
    /// The project's root folder.
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the project, present on developer machines and in CI.
    static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seed = shared.appendingPathComponent("seed/000_f3612c017cbb3511.txt")
    static let saudiNewsNet = shared.appendingPathComponent("data/saudinewsnet")
    static let example = projectRoot.appendingPathComponent("Examples/article.txt")

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// A fresh temporary file holding `data`.
    static func temporaryFile(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Removes temporary files made by ``temporaryFile(_:name:)``, with their folders.
    static func removeTemporary(_ files: URL...) {
        for file in files { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    }
}

extension Document {
    /// The texts of all tokens.
    var tokenTexts: [String] { tokens.map { String(self[$0]) } }

    /// The text of each sentence.
    var sentenceTexts: [String] { sentences.map { String(self[$0.span]) } }
}

/// Checks, independently of ``Document``'s own slicing, that every span of every layer maps to
/// its text through Unicode scalar offsets; returns a description of each problem.
func offsetProblems(in document: Document) -> [String] {
    let scalars = Array(document.text.unicodeScalars)
    func slices(_ span: Span, to text: Substring) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= scalars.count
            && scalars[span.start..<span.end].elementsEqual(text.unicodeScalars)
    }
    var problems: [String] = []
    var previousEnd = 0
    for (index, token) in document.tokens.enumerated() {
        if token.span.isEmpty { problems.append("token \(index) is empty") }
        if token.start < previousEnd { problems.append("token \(index) overlaps the one before") }
        previousEnd = token.end
        if !slices(token.span, to: document[token]) {
            problems.append("token \(index) slices differently by scalars and by UTF-8")
        } else if scalars[token.start..<token.end].contains(where: { $0.properties.isWhitespace }) {
            problems.append("token \(index) holds whitespace: \(document[token])")
        }
    }
    for (name, spans) in [("paragraph", document.paragraphs), ("sentence", document.sentences.map(\.span))] {
        for (index, span) in spans.enumerated() where !slices(span, to: document[span]) {
            problems.append("\(name) \(index) does not slice back to its text")
        }
    }
    for sentence in document.sentences {
        let tokens = sentence.tokens
        if tokens.isEmpty || document.tokens[tokens.lowerBound].start != sentence.span.start
            || document.tokens[tokens.upperBound - 1].end != sentence.span.end {
            problems.append("sentence \(sentence.span) does not run from its first token to its last")
        }
    }
    return problems
}
