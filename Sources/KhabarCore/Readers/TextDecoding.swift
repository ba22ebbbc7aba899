import Foundation

/// Turns raw bytes into text, refusing what is not text with a precise reason.
enum TextDecoding {
    /// The largest text Khabar analyzes as one document, and the most it reads from one source:
    /// token offsets are stored in 32 bits, and a reader may build a document's text larger
    /// than its input (a TREC element left open), so every document is checked too.
    static let maximumBytes = 1 << 30

    /// Throws `tooLarge` for a document text past ``maximumBytes``.
    static func checkSize(_ text: String, source: String) throws {
        let bytes = text.utf8.count
        guard bytes <= maximumBytes else { throw ReaderError(source: source, reason: .tooLarge(bytes: bytes, limit: maximumBytes)) }
    }

    /// Everything `handle` gives, read in chunks, refused as soon as it passes ``maximumBytes``
    /// (so `/dev/zero` or a 50 GB file fails at once instead of filling memory).
    static func readAll(_ handle: FileHandle, source: String) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw ReaderError(source: source, reason: .unreadable(error.localizedDescription))
            }
            if chunk.isEmpty { return data }
            data.append(chunk)
            if data.count > maximumBytes { throw ReaderError(source: source, reason: .tooLarge(bytes: data.count, limit: maximumBytes)) }
        }
    }

    /// Decodes UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
    static func decode(_ data: Data, source: String) throws -> String {
        guard data.count <= maximumBytes else {
            throw ReaderError(source: source, reason: .tooLarge(bytes: data.count, limit: maximumBytes))
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else {
                throw ReaderError(source: source, reason: .invalidUTF8(byteOffset: 0))
            }
            return text
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return try body.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let offset = firstInvalidByte(bytes) {
                let nul = bytes.firstIndex(of: 0)
                throw ReaderError(source: source, reason: nul.map { .binary(byteOffset: $0) } ?? .invalidUTF8(byteOffset: offset))
            }
            if let nul = bytes.firstIndex(of: 0) {
                throw ReaderError(source: source, reason: .binary(byteOffset: nul))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The offset of the first byte that breaks UTF-8, or nil for valid UTF-8.
    static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF // allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= count, (lowest...highest).contains(bytes[index + 1]) else { return index }
            for offset in 2..<length where !UTF8.isContinuation(bytes[index + offset]) { return index }
            index += length
        }
        return nil
    }

    /// Whether `text` holds anything but whitespace and invisible controls.
    static func hasContent(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            let kind = ScalarClass.of($0.value)
            return kind != .space && kind != .ignorable
        }
    }
}
