/// Cuts text into surface tokens with exact Unicode-scalar offsets.
///
/// Words of any script keep their diacritics and tatweel (`لـ` stays one token, `الـ15` is one
/// ordinal); numbers keep their separators (`1,250.5`, `٣٫٥`) and percent sign; every quotation
/// mark, bracket and slash is a token of its own (`أيلول/سبتمبر` → `أيلول` `/` `سبتمبر`); URLs,
/// e-mail addresses, hashtags, mentions and emoji sequences stay whole. The scanner reads UTF-8
/// bytes once, left to right, so time is linear in the input whatever it holds.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of the whole text.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(text, within: [Span(start: 0, end: text.unicodeScalars.count)])
    }

    /// The tokens inside `spans` (sorted, non-overlapping scalar spans of `text`), in order.
    /// Text between the spans, such as the glue between paragraphs, yields no token.
    public func tokenize(_ text: String, within spans: [Span]) -> [Token] {
        let ranges = Document(text: text, metadata: Metadata(id: "")).utf8Ranges(ofSorted: spans)
        return tokenize(text, within: Array(zip(spans, ranges)))
    }

    /// The tokens inside spans whose UTF-8 ranges are already known.
    func tokenize(_ text: String, within spans: [(scalars: Span, utf8: Range<Int>)]) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes)
            for (span, range) in spans {
                scanner.scan(from: TokenScanner.Position(byte: range.lowerBound, scalar: span.start), limit: range.upperBound)
            }
            return scanner.tokens
        }
    }
}

/// The single pass over UTF-8 bytes behind ``Tokenizer``.
struct TokenScanner {
    /// A place in the text, in bytes and in scalars.
    struct Position {
        var byte: Int
        var scalar: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [Token] = []
    private let classify = ScalarClassifier()
    private let wordD8 = Self.wordMaskD8, wordD9 = Self.wordMaskD9

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 7)
    }

    // MARK: Walking the bytes

    /// The scalar at `position` and the position after it, or nil at `limit`.
    @inline(__always)
    private func peek(_ position: Position, _ limit: Int) -> (value: UInt32, class: ScalarClass, next: Position)? {
        guard position.byte < limit else { return nil }
        let (value, length) = decodeScalar(bytes, at: position.byte)
        return (value, classify(value), Position(byte: position.byte + length, scalar: position.scalar + 1))
    }

    /// Moves forward over scalars while `accept` holds.
    @inline(__always)
    private func advance(_ position: Position, _ limit: Int, while accept: (UInt32, ScalarClass) -> Bool) -> Position {
        var position = position
        while let (value, kind, next) = peek(position, limit), accept(value, kind) { position = next }
        return position
    }

    // MARK: Tokens

    mutating func scan(from start: Position, limit: Int) {
        var position = start
        while position.byte < limit {
            // Fast paths for the two commonest cases: a space, and an Arabic word.
            let lead = bytes[position.byte]
            if lead == 0x20 {
                position = Position(byte: position.byte + 1, scalar: position.scalar + 1)
                continue
            }
            if lead & 0xFE == 0xD8, position.byte + 1 < limit,
               (lead == 0xD8 ? wordD8 : wordD9) >> (bytes[position.byte + 1] & 0x3F) & 1 == 1 {
                let (end, tokenKind) = arabicWord(position, limit)
                tokens.append(Token(span: Span(start: position.scalar, end: end.scalar), utf8: position.byte..<end.byte, kind: tokenKind))
                position = end
                continue
            }
            guard let (value, kind, next) = peek(position, limit) else { break }
            if kind == .space || kind == .ignorable {
                position = next
                continue
            }
            let (end, tokenKind) = token(at: position, value: value, class: kind, next: next, limit: limit)
            tokens.append(Token(span: Span(start: position.scalar, end: end.scalar), utf8: position.byte..<end.byte, kind: tokenKind))
            position = end
        }
    }

    private func token(at start: Position, value: UInt32, class kind: ScalarClass, next: Position, limit: Int) -> (Position, Token.Kind) {
        switch kind {
        case .arabicLetter, .arabicMark, .tatweel:
            return arabicWord(start, limit)
        case .letter:
            if value < 0x80 {
                if let end = url(start, limit) { return (end, .url) }
                if let end = email(start, limit) { return (end, .email) }
            }
            return (otherWord(start, limit), .word)
        case .digit:
            if value < 0x80, let end = email(start, limit) { return (end, .email) }
            return number(start, limit)
        case .hash:
            if let end = tag(after: next, limit, allowing: { $1.continuesArabicWord || $1.continuesOtherWord || $0 == 0x5F }) {
                return (end, .hashtag)
            }
        case .at:
            if let end = tag(after: next, limit, allowing: { $0 < 0x80 && ($1 == .letter || $1 == .digit || $0 == 0x5F) }) {
                return (end, .mention)
            }
        case .terminal:
            return (advance(next, limit) { $1 == .terminal }, .punctuation)
        case .dash:
            return (advance(next, limit) { candidate, _ in candidate == value }, .punctuation)
        case .quote:
            return (next, .quote)
        case .bracket:
            return (next, .bracket)
        case .punctuation:
            return (next, .punctuation)
        case .emoji:
            return (emojiSequence(start: value, after: next, limit), .emoji)
        case .mark:
            return (advance(next, limit) { $1 == .mark }, .symbol)
        case .space, .ignorable, .percent, .symbol:
            break
        }
        return (advance(next, limit) { $1 == .mark || $1 == .arabicMark }, .symbol)
    }

    /// Arabic letters with their marks and tatweel; an elongated prefix glued to digits (الـ15)
    /// is one ordinal token, and a zero-width non-joiner between letters stays inside the word.
    private func arabicWord(_ start: Position, _ limit: Int) -> (Position, Token.Kind) {
        var position = start
        var last: UInt32 = 0
        while position.byte < limit {
            let lead = bytes[position.byte]
            if lead & 0xFE == 0xD8, position.byte + 1 < limit { // U+0600–U+067F, most of Arabic text
                let low = bytes[position.byte + 1] & 0x3F
                guard (lead == 0xD8 ? wordD8 : wordD9) >> low & 1 == 1 else { break }
                last = UInt32(lead & 0x1F) << 6 | UInt32(low)
                position = Position(byte: position.byte + 2, scalar: position.scalar + 1)
                continue
            }
            guard let (value, kind, next) = peek(position, limit) else { break }
            if kind.continuesArabicWord {
                last = value
                position = next
            } else if value == 0x200C, let (_, following, _) = peek(next, limit), following == .arabicLetter {
                position = next
            } else {
                break
            }
        }
        if last == 0x0640, let (_, kind, _) = peek(position, limit), kind == .digit {
            return (number(position, limit).0, .number)
        }
        return (position, .word)
    }

    /// Bit `n` is set when U+0600 + `n` (and, for the D9 mask, U+0640 + `n`) continues an Arabic
    /// word: two-byte Arabic scalars are classified with one shift instead of a table look-up.
    private static let wordMaskD8: UInt64 = wordMask(0x0600)
    private static let wordMaskD9: UInt64 = wordMask(0x0640)

    private static func wordMask(_ base: UInt32) -> UInt64 {
        (0..<64).reduce(0) { mask, bit in
            ScalarClass.of(base + UInt32(bit)).continuesArabicWord ? mask | 1 << UInt64(bit) : mask
        }
    }

    /// Letters of a non-Arabic script, with digits and inner apostrophes or hyphens (O'Brien, COVID-19).
    private func otherWord(_ start: Position, _ limit: Int) -> Position {
        var position = advance(start, limit) { $1.continuesOtherWord }
        while let (value, _, next) = peek(position, limit), value == 0x27 || value == 0x2019 || value == 0x2D,
              let (_, following, _) = peek(next, limit), following == .letter || following == .digit {
            position = advance(next, limit) { $1.continuesOtherWord }
        }
        return position
    }

    /// Digits with inner separators (1,250.5  ٣٫٥  12/5/2015  10:30), a Latin suffix (5G, 19th)
    /// and a percent sign.
    private func number(_ start: Position, _ limit: Int) -> (Position, Token.Kind) {
        var position = advance(start, limit) { $1 == .digit }
        while let (value, _, next) = peek(position, limit), Self.numberSeparators.contains(value),
              let (_, following, _) = peek(next, limit), following == .digit {
            position = advance(next, limit) { $1 == .digit }
        }
        if let (value, kind, _) = peek(position, limit), value < 0x80, kind == .letter {
            return (advance(position, limit) { $0 < 0x80 && $1.continuesOtherWord }, .word)
        }
        if let (_, kind, next) = peek(position, limit), kind == .percent { position = next }
        return (position, .number)
    }

    private static let numberSeparators: Set<UInt32> = [0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C]

    /// A web address starting with a scheme or `www.`, up to a space or quotation mark, without
    /// the trailing punctuation of the sentence around it.
    private func url(_ start: Position, _ limit: Int) -> Position? {
        guard hasPrefix(["http://", "https://", "ftp://", "www."], at: start.byte, limit) else { return nil }
        var position = start
        var end = start
        var openParentheses = 0
        while let (value, kind, next) = peek(position, limit), kind != .space, kind != .ignorable,
              kind != .quote || value == 0x27, value != 0x3C, value != 0x3E, value != 0x060C, value != 0x061B {
            position = next
            switch value {
            case 0x28: openParentheses += 1; end = next
            case 0x29 where openParentheses > 0: openParentheses -= 1; end = next
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x27, 0x061F: continue
            default: end = next
            }
        }
        return end.byte > start.byte + 4 ? end : nil
    }

    private func hasPrefix(_ prefixes: [StaticString], at byte: Int, _ limit: Int) -> Bool {
        prefixes.contains { prefix in
            let count = prefix.utf8CodeUnitCount
            guard byte + count <= limit else { return false }
            return (0..<count).allSatisfy { bytes[byte + $0] | 0x20 == prefix.utf8Start[$0] | 0x20 }
        }
    }

    /// An e-mail address `local@domain.tld` in ASCII, or nil. The local part is looked for over
    /// at most 64 characters (RFC 5321's limit), so that a long run like `a.a.a.a…` is not
    /// rescanned from every word in it.
    private func email(_ start: Position, _ limit: Int) -> Position? {
        var length = 0
        let local = advance(start, limit) { value, kind in
            length += 1
            return length <= 64 && value < 0x80
                && (kind == .letter || kind == .digit || [0x2E, 0x5F, 0x25, 0x2B, 0x2D].contains(value))
        }
        guard let (value, _, domainStart) = peek(local, limit), value == 0x40 else { return nil }
        var position = domainStart
        var labels = 0
        while true {
            let labelEnd = advance(position, limit) { $0 < 0x80 && ($1 == .letter || $1 == .digit || $0 == 0x2D) }
            guard labelEnd.byte > position.byte else { break }
            labels += 1
            position = labelEnd
            guard let (value, _, next) = peek(position, limit), value == 0x2E,
                  let (_, following, _) = peek(next, limit), following == .letter || following == .digit else { break }
            position = next
        }
        return labels >= 2 ? position : nil
    }

    /// The end of a hashtag or mention whose body starts at `body`, or nil when it has none.
    private func tag(after body: Position, _ limit: Int, allowing accept: (UInt32, ScalarClass) -> Bool) -> Position? {
        let end = advance(body, limit, while: accept)
        return end.byte > body.byte ? end : nil
    }

    /// An emoji with its variation selectors, skin tones, keycap, tag sequence, flag partner and
    /// zero-width-joined followers.
    private func emojiSequence(start: UInt32, after next: Position, _ limit: Int) -> Position {
        var position = next
        if (0x1F1E6...0x1F1FF).contains(start), let (value, _, after) = peek(position, limit), (0x1F1E6...0x1F1FF).contains(value) {
            position = after
        }
        while let (value, _, after) = peek(position, limit) {
            if value == 0xFE0E || value == 0xFE0F || value == 0x20E3 || (0x1F3FB...0x1F3FF).contains(value)
                || (0xE0020...0xE007F).contains(value) {
                position = after
            } else if value == 0x200D, let (_, kind, joined) = peek(after, limit), kind == .emoji {
                position = joined
            } else {
                break
            }
        }
        return position
    }
}
