import Foundation

/// The compatibility decompositions of the Arabic presentation forms, read once from
/// `Resources/presentation-forms.tsv` (derived from the Unicode Character Database).
enum PresentationForms {
    /// Source scalar value → the letters it stands for.
    static let table: [(UInt32, String)] = {
        guard let url = Bundle.module.url(forResource: "presentation-forms", withExtension: "tsv", subdirectory: "Resources"),
              let contents = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("KhabarCore's resource presentation-forms.tsv is missing from the bundle") }
        return contents.lines(omittingEmpty: true).compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let source = UInt32(fields[0], radix: 16) else { return nil }
            let scalars = fields[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            return (source, String(String.UnicodeScalarView(scalars)))
        }
    }()
}
