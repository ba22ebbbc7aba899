import Foundation
import KhabarCore

/// The ANT corpus (Chouigui et al. 2017) as training data: one TREC-style article a file, in a
/// folder per section (`sport/JA-sport-1-20170121.txt`); the folder names the topic.
public enum ANTCorpus {
    /// The articles under `folder`, read in path order (the order ``TopicTraining/split(_:)``
    /// cuts), each with its section's topic; unreadable files are skipped and counted.
    public static func articles(in folder: URL) throws -> (articles: [(document: Document, label: String)], unreadable: Int) {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter(\.hasDirectoryPath)
            .flatMap { section in
                try FileManager.default.contentsOfDirectory(at: section, includingPropertiesForKeys: nil)
                    .filter { $0.pathExtension == "txt" }
                    .map { (path: section.lastPathComponent + "/" + $0.lastPathComponent, url: $0, label: topic(ofSection: section.lastPathComponent)) }
            }
            .sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        var articles: [(document: Document, label: String)] = [], unreadable = 0
        for file in files {
            guard let document = try? Khabar.read(url: file.url, format: .trec).first else { unreadable += 1; continue }
            articles.append((document, file.label))
        }
        return (articles, unreadable)
    }

    /// Khabar's name for an ANT section.
    static func topic(ofSection section: String) -> String {
        switch section {
        case "localNews": "local"
        case "internationalNews": "international"
        case "politic": "politics"
        default: section
        }
    }
}
