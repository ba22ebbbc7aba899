import Foundation
import KhabarCore
import Testing

/// Input that is not what a reader expects gets a clear error or a result: never a crash or a hang.
struct BadInputTests {
    private func readError(_ bytes: [UInt8], source: String = "input.txt", format: InputFormat? = nil) -> ReaderError.Reason? {
        do {
            _ = try Khabar.read(data: Data(bytes), source: source, format: format)
            return nil
        } catch let error as ReaderError {
            #expect(error.description.hasPrefix(source + ": "), "the message names the source")
            return error.reason
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func invalidUTF8IsRefusedWithTheOffset() {
        #expect(readError(Array("خبر ".utf8) + [0xC3, 0x28] + Array("نص".utf8)) == .invalidUTF8(byteOffset: 7))
        #expect(readError([0xED, 0xA0, 0x80]) == .invalidUTF8(byteOffset: 0), "an encoded surrogate is not UTF-8")
        #expect(readError(Array("نص".utf8) + [0xE2, 0x82]) == .invalidUTF8(byteOffset: 4), "a truncated sequence at the end")
    }

    @Test func emptyAndBlankInputIsRefused() {
        #expect(readError([]) == .empty)
        #expect(readError(Array(" \n\t\n".utf8)) == .empty)
        #expect(readError(Array("\u{FEFF} \n\u{200F}\u{A0}\n".utf8)) == .empty, "invisible controls are not content")
    }

    @Test func binaryDataIsRefused() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        bytes += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        let reason = readError(bytes, source: "image.png")
        #expect(reason == .binary(byteOffset: 8))
        #expect(readError(Array("نص".utf8) + [0] + Array("نص".utf8)) == .binary(byteOffset: 4))
    }

    @Test func malformedJSONIsRefusedWithTheReason() {
        for broken in ["{\"title\": \"أ\", ", "[{\"title\": 1}, 5]", "\"just a string\"", "{\"title\": \"x\"} trailing"] {
            guard case .malformedJSON = readError(Array(broken.utf8), source: "bad.json") else {
                Issue.record("\(broken) was not refused as malformed JSON")
                continue
            }
        }
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "خبر".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try Khabar.read(data: Data(bytes), source: "utf16.txt").first?.text == "خبر")
    }

    @Test func aHundredMegabytesOnOneLine() throws {
        let word = Array("كلمة ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(100_000_000)
        while bytes.count + word.count <= 100_000_000 { bytes += word }
        let started = ContinuousClock.now
        let document = try Khabar.analyze(Khabar.read(data: Data(bytes), source: "long.txt")[0])
        #expect(document.paragraphs.count == 1)
        #expect(document.tokens.count == 100_000_000 / word.count)
        #expect(document.sentences.count == 1)
        #expect(ContinuousClock.now - started < .seconds(240), "linear time, even in a debug build")
    }

    @Test func aHundredMegabytesWithoutASpace() throws {
        let text = String(repeating: "ب", count: 50_000_000)
        let document = try Khabar.analyze(text)
        #expect(document.tokens.count == 1)
        #expect(document.tokens[0].span == Span(start: 0, end: 50_000_000))
    }

    @Test func fiveMegabytesOfDiacriticsAlone() throws {
        let marks = String(String.UnicodeScalarView((0..<2_500_000).map { Unicode.Scalar(0x064B + UInt32($0 % 8))! }))
        let document = try Khabar.analyze(marks)
        #expect(!document.tokens.isEmpty)
        #expect(offsetProblems(in: try Khabar.analyze(String(marks.unicodeScalars.prefix(10_000)))).isEmpty)
        #expect(Normalizer(.search).normalize(marks).isEmpty)
    }

    @Test func hostileMarkupStaysLinear() throws {
        let started = ContinuousClock.now
        let cases = [
            String(repeating: "<", count: 200_000),
            String(repeating: "<a href=\"", count: 100_000),
            String(repeating: "<div>", count: 100_000) + "نص",
            "<p>" + String(repeating: "<!-- ", count: 100_000),
            "<script>" + String(repeating: "x", count: 1_000_000),
            String(repeating: "&amp", count: 100_000),
        ]
        for html in cases {
            _ = try? Khabar.read(data: Data(html.utf8), source: "hostile.html", format: .html)
            _ = try? Khabar.read(data: Data(html.utf8), source: "hostile.xml", format: .feed)
        }
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test func thousandsOfUnbalancedQuotes() throws {
        let text = String(repeating: "قال «نعم. ", count: 20_000) + String(repeating: "\" لا. ", count: 20_001)
        let document = try Khabar.analyze(text)
        #expect(document.sentences.count > 20_000)
        #expect(offsetProblems(in: try Khabar.analyze(String(text.prefix(2000)))).isEmpty)
    }
}

extension BadInputTests {
    @Test func longRunsThatLookLikeEmailAddressesStayLinear() throws {
        let started = ContinuousClock.now
        for unit in ["a.", "a_", "1-", "ab."] {
            let document = try Khabar.analyze(String(repeating: unit, count: 400_000))
            #expect(!document.tokens.isEmpty)
        }
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func returnOnlyLineEndsStayLinear() throws {
        let started = ContinuousClock.now
        let document = try Khabar.analyze("\n" + String(repeating: "سطر قصير\r", count: 200_000))
        #expect(document.paragraphs.count == 200_000)
        let separated = try Khabar.analyze("\n" + String(repeating: "سطر\u{2028}", count: 100_000))
        #expect(separated.paragraphs.count == 100_000)
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}
