import Foundation

/// The topic model as a tab-separated file: a `labels` line, a `bias` line, then one line per
/// stem with its weight for each label, rounded to four decimals (rows that round to nothing
/// are left out).
extension TopicClassifier {
    /// Reads a model written by ``write(to:)``.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var labels: [String] = [], bias: [Float] = [], vocabulary: [String: Int] = [:], weights: [Float] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch fields.first {
            case "labels": labels = fields.dropFirst().map(String.init)
            case "bias": bias = try Self.numbers(fields.dropFirst(), in: url)
            default:
                let row = try Self.numbers(fields.dropFirst(), in: url)
                guard row.count == labels.count, let stem = fields.first else { throw Self.damaged(url) }
                vocabulary[String(stem)] = vocabulary.count
                weights += row
            }
        }
        guard !labels.isEmpty, bias.count == labels.count else { throw Self.damaged(url) }
        self.init(labels: labels, vocabulary: vocabulary, weights: weights, bias: bias)
    }

    /// Writes the model, stems in code-point order so that the same model is the same file.
    public func write(to url: URL) throws {
        func rounded(_ value: Float) -> Float { (value * 10_000).rounded() / 10_000 }
        var lines = ["# Khabar topic model: multinomial logistic regression over light stems (khabar train topic)",
                     (["labels"] + labels).joined(separator: "\t"),
                     (["bias"] + bias.map { "\(rounded($0))" }).joined(separator: "\t")]
        let width = labels.count
        for (stem, row) in vocabulary.sorted(by: { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }) {
            let values = (0..<width).map { rounded(weights[row * width + $0]) }
            guard values.contains(where: { $0 != 0 }) else { continue }
            lines.append(([stem] + values.map { "\($0)" }).joined(separator: "\t"))
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    private static func numbers(_ fields: ArraySlice<Substring>, in url: URL) throws -> [Float] {
        try fields.map { field in
            guard let value = Float(field) else { throw damaged(url) }
            return value
        }
    }

    private static func damaged(_ url: URL) -> Error {
        CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
    }
}
