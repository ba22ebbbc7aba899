/// The JSON form of a document, as DESIGN.md fixes it (`khabar analyze --format json|jsonl`).
///
/// Fields: `id`, `url`, `source`, `date`, `author`, `title` (a span or null), `text`,
/// `paragraphs` and `sentences` (spans), and `tokens`, each with `start`, `end`, `text`, `norm`
/// (the search normalization), `kind`, `segments` (its clitic segments, or the whole token) and,
/// once the morphology layer has run, `stem` (its light stem, for words) and `root` (where one
/// was found); and `entities`, each with `start`, `end`, `text`, `type` (`PER`, `DATE`, …) and,
/// where they apply, `canonical` (the fullest name in the document, or a demonym's country),
/// `value` (normalized date, time or number) and `unit` (a currency code); and `quotes`, each
/// with `start`, `end`, `text`, `kind` (`direct` or `indirect`), `cue` and `speaker` (`text`,
/// `canonical`, `type`, `role`, `start`, `end`; null when the text names no one).
public enum DocumentJSON {
    /// Whether to lay the JSON out for reading or on one line.
    public enum Layout: Sendable {
        /// One line per document: JSON Lines.
        case compact
        /// One field a line, and one array element a line.
        case readable
    }

    private static let normalizer = Normalizer(.search)

    /// The UTF-8 bytes of `document`'s JSON, without a trailing newline.
    public static func encode(_ document: Document, layout: Layout = .compact) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(document, layout: layout) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Writes `document`'s JSON to `output` in pieces of about a megabyte, so that a document
    /// with millions of tokens never sits in memory twice.
    public static func encode(_ document: Document, layout: Layout = .compact, to output: (ArraySlice<UInt8>) -> Void) {
        withoutActuallyEscaping(output) { output in
            var json = JSONWriter()
            json.sink = output
            write(document, layout: layout, into: &json)
            json.finish()
        }
    }

    private static func write(_ document: Document, layout: Layout, into json: inout JSONWriter) {
        let fieldSeparator: StaticString = layout == .readable ? ",\n  " : ","
        let elementSeparator: StaticString = layout == .readable ? ",\n    " : ","
        let open: StaticString = layout == .readable ? "{\n  " : "{"
        let arrayOpen: StaticString = layout == .readable ? "[\n    " : "["
        let arrayClose: StaticString = layout == .readable ? "\n  ]" : "]"

        func array<Items: Collection>(_ name: StaticString, _ items: Items, _ write: (inout JSONWriter, Items.Element) -> Void) {
            json.raw(fieldSeparator)
            json.key(name)
            guard !items.isEmpty else { return json.raw("[]") }
            json.raw(arrayOpen)
            for (index, item) in items.enumerated() {
                if index > 0 { json.raw(elementSeparator) }
                write(&json, item)
                json.flushIfLarge()
            }
            json.raw(arrayClose)
        }

        json.raw(open)
        json.key("id"); json.string(document.metadata.id)
        for (name, value) in [("url", document.metadata.url), ("source", document.metadata.source),
                              ("date", document.metadata.date), ("author", document.metadata.author)] {
            guard let value else { continue }
            json.raw(fieldSeparator)
            json.string(name)
            json.raw(":")
            json.string(value)
        }
        json.raw(fieldSeparator)
        json.key("title")
        if let title = document.title { json.span(title) } else { json.raw("null") }
        json.raw(fieldSeparator)
        json.key("text"); json.string(document.text)
        array("paragraphs", document.paragraphs) { $0.span($1) }
        array("sentences", document.sentences) { $0.span($1.span) }
        array("tokens", document.tokens.indices) { json, index in
            let token = document.tokens[index]
            let text = document[token]
            json.raw("{\"start\":"); json.number(token.start)
            json.raw(",\"end\":"); json.number(token.end)
            json.raw(",\"text\":"); json.string(text)
            json.raw(",\"norm\":"); json.string(normalizer.normalize(text))
            json.raw(",\"kind\":"); json.string(token.kind.description)
            if index < document.stems.count, !document.stems[index].isEmpty {
                json.raw(",\"stem\":"); json.string(document.stems[index])
            }
            if index < document.roots.count, !document.roots[index].isEmpty {
                json.raw(",\"root\":"); json.string(document.roots[index])
            }
            json.raw(",\"segments\":[")
            for (position, word) in document.words(ofToken: index).enumerated() {
                if position > 0 { json.raw(",") }
                json.string(document[word.span])
            }
            json.raw("]}")
        }
        array("entities", document.entities) { json, entity in
            json.raw("{\"start\":"); json.number(entity.span.start)
            json.raw(",\"end\":"); json.number(entity.span.end)
            json.raw(",\"text\":"); json.string(document[entity.span])
            json.raw(",\"type\":"); json.string(entity.kind.rawValue)
            for (name, field) in [("canonical", entity.canonical), ("value", entity.value), ("unit", entity.unit)] {
                guard let field else { continue }
                json.raw(",")
                json.string(name)
                json.raw(":")
                json.string(field)
            }
            json.raw("}")
        }
        array("quotes", document.quotes) { json, quote in
            json.raw("{\"start\":"); json.number(quote.span.start)
            json.raw(",\"end\":"); json.number(quote.span.end)
            json.raw(",\"text\":"); json.string(document[quote.span])
            json.raw(",\"kind\":"); json.string(quote.kind.rawValue)
            json.raw(",\"cue\":")
            if let cue = quote.cue { json.string(document[cue]) } else { json.raw("null") }
            json.raw(",\"speaker\":")
            guard let speaker = quote.speaker else { return json.raw("null}") }
            json.raw("{\"text\":"); json.string(document[speaker.span])
            json.raw(",\"canonical\":"); json.string(speaker.canonical)
            json.raw(",\"type\":")
            if let kind = speaker.kind { json.string(kind.rawValue) } else { json.raw("null") }
            json.raw(",\"role\":")
            if let role = speaker.role { json.string(document[role]) } else { json.raw("null") }
            json.raw(",\"start\":"); json.number(speaker.span.start)
            json.raw(",\"end\":"); json.number(speaker.span.end)
            json.raw("}}")
        }
        if let topic = document.topic {
            json.raw(fieldSeparator)
            json.key("topic")
            json.raw("{\"label\":"); json.string(topic.label)
            json.raw(",\"score\":"); json.fraction(topic.score)
            json.raw("}")
        }
        json.raw(layout == .readable ? "\n}" : "}")
    }
}
