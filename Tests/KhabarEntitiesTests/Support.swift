import Foundation
import KhabarCore
import KhabarEntities

/// Paths shared by the entity tests.
enum Fixtures {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seed = shared.appendingPathComponent("seed/000_f3612c017cbb3511.txt")
    static let anercorp = shared.appendingPathComponent("data/ner/anercorp-train.txt")
    static let wojoodValidation = shared.appendingPathComponent("data/ner/wojood-sample/val.txt")

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}

/// The pipeline up to entities, built once.
let entityPipeline: Pipeline = {
    do { return try Pipeline.withEntities() } catch { fatalError("the shipped entity models do not load: \(error)") }
}()

/// Analyzes a text of our own, with an optional article date.
func analyze(_ text: String, date: String? = nil) throws -> Document {
    var document = try Khabar.read(data: Data(text.utf8), source: "test", format: .text)[0]
    document.metadata.date = date
    return try entityPipeline.analyze(document)
}

extension Document {
    /// Each entity as `TYPE text`.
    var entityLabels: [String] { entities.map { "\($0.kind.rawValue) \(self[$0.span])" } }

    /// The entities of one kind, as text.
    func entityTexts(_ kind: Entity.Kind) -> [String] {
        entities.filter { $0.kind == kind }.map { String(self[$0.span]) }
    }
}
