/// What a reader learned about a document besides its text.
public struct Metadata: Hashable, Sendable, Codable {
    /// A stable identifier: the source's own id, else one derived from the file name.
    public var id: String
    /// The article's address, when known.
    public var url: String?
    /// The publisher or feed the article came from (`okaz`, `Jawhara FM`).
    public var source: String?
    /// The publication date, ISO 8601 when the source's date could be read, else as given.
    public var date: String?
    /// The author, when named.
    public var author: String?

    /// Creates metadata.
    public init(id: String, url: String? = nil, source: String? = nil, date: String? = nil, author: String? = nil) {
        self.id = id
        self.url = url
        self.source = source
        self.date = date
        self.author = author
    }
}
