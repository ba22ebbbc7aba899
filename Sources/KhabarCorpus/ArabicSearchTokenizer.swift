import Foundation
import GRDB

/// The FTS5 tokenizer `khabar`: SQLite's full-text index sees the terms of ``SearchAnalyzer``,
/// with each term's byte offsets in the original column text, so snippets and highlights fall
/// on the words as written. Queries are tokenized the same way; a prefix query (حلب*) keeps
/// its fragment unstemmed.
final class ArabicSearchTokenizer: FTS5CustomTokenizer {
    static let name = "khabar"
    private let analyzer: SearchAnalyzer
    /// One connection uses a tokenizer at a time, so its cache needs no lock.
    private var cache = StemCache()

    init(db: Database, arguments: [String]) throws {
        analyzer = try SearchAnalyzer.shipped()
    }

    func tokenize(context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
                  nText: CInt, tokenCallback: @escaping FTS5TokenCallback) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let bytes = UnsafeRawBufferPointer(start: pText, count: Int(nText))
        let text = String(decoding: bytes, as: UTF8.self)
        // Invalid UTF-8 would shift offsets: such text is indexed as nothing rather than wrongly.
        guard text.utf8.count == Int(nText) else { return 0 }
        for term in analyzer.terms(of: text, stemming: !tokenization.contains(.prefix), cache: &cache) {
            let status = term.text.utf8CString.withUnsafeBufferPointer { buffer in
                tokenCallback(context, 0, buffer.baseAddress, CInt(buffer.count - 1), CInt(term.utf8.lowerBound), CInt(term.utf8.upperBound))
            }
            if status != 0 { return status } // SQLITE_OK is 0
        }
        return 0
    }
}
