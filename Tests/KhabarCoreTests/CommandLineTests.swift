import Foundation
import Testing

/// Runs the `khabar` executable as a user would.
struct CommandLineTests {
    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("khabar"),
            Bundle.main.bundleURL.appendingPathComponent("khabar"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khabar"),
            Fixtures.projectRoot.appendingPathComponent(".build/debug/khabar"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private func khabar(_ arguments: [String], input: Data? = nil) throws -> Run {
        struct NotBuilt: Error {}
        guard let executable = Self.executable else {
            Issue.record("the khabar executable was not built")
            throw NotBuilt()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func analyzeWritesTheDesignJSON() throws {
        let run = try khabar(["analyze", Fixtures.example.path, "--format", "json"])
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        let title = try #require(object["title"] as? [String: Int])
        #expect(String(String.UnicodeScalarView(scalars[title["start"]!..<title["end"]!])) == "وزير الطاقة الأردني يعلن خطة لتخزين المياه قبل صيف 2027")
        #expect((object["paragraphs"] as? [Any])?.count == 5)
        #expect((object["sentences"] as? [Any])?.count == 6)
        let tokens = try #require(object["tokens"] as? [[String: Any]])
        for token in tokens {
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"] as? String)
            #expect(token["norm"] is String && token["segments"] is [String] && token["kind"] is String)
        }
        let minister = try #require(tokens.first { $0["text"] as? String == "الأردني" })
        #expect(minister["norm"] as? String == "الاردني")
    }

    @Test func severalDocumentsMakeAnArrayOrLines() throws {
        let json = try khabar(["analyze", Fixtures.example.path, Fixtures.example.path])
        #expect((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [Any])?.count == 2)
        let lines = try khabar(["analyze", "--format", "jsonl", Fixtures.example.path, Fixtures.example.path])
        let parsed = lines.output.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) }
        #expect(parsed.count == 2 && parsed.allSatisfy { $0 is [String: Any] })
    }

    @Test func conllAndTextFormats() throws {
        let conll = try khabar(["analyze", "--format", "conll", Fixtures.example.path])
        #expect(conll.status == 0)
        let blocks = conll.output.components(separatedBy: "\n\n").filter { $0.contains("# sent_id") }
        #expect(blocks.count == 7, "the headline and six sentences")
        for line in conll.output.split(separator: "\n") where !line.hasPrefix("#") {
            #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 10)
        }
        let text = try khabar(["analyze", "--format", "text", Fixtures.example.path])
        #expect(text.output.contains("Title: وزير الطاقة الأردني"))
        #expect(text.output.contains("[6]"))
    }

    @Test func readsStandardInput() throws {
        let run = try khabar(["analyze", "-", "--format", "jsonl"], input: Data("عنوان\n\nنص الخبر هنا.".utf8))
        #expect(run.status == 0)
        #expect(run.output.contains("\"title\":{\"start\":0,\"end\":5}"))
    }

    @Test func badInputGivesAClearErrorAndANonZeroExit() throws {
        let invalid = try Fixtures.temporaryFile(Data([0x41, 0xFF, 0x42]), name: "invalid.txt")
        let empty = try Fixtures.temporaryFile(Data(), name: "empty.txt")
        let binary = try Fixtures.temporaryFile(Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]), name: "program")
        let json = try Fixtures.temporaryFile(Data("[{\"title\": ".utf8), name: "broken.json")
        defer { Fixtures.removeTemporary(invalid, empty, binary, json) }
        for (file, message) in [(invalid, "not valid UTF-8"), (empty, "empty input"), (binary, "binary data"),
                                (json, "malformed JSON"), (URL(fileURLWithPath: "/no/such/file.txt"), "no such file")] {
            let run = try khabar(["analyze", file.path])
            #expect(run.status != 0)
            #expect(run.errors.contains(file.path) && run.errors.contains(message), "stderr: \(run.errors)")
            #expect(run.output.isEmpty)
        }
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let invalid = try Fixtures.temporaryFile(Data([0xFF]), name: "invalid.txt")
        defer { Fixtures.removeTemporary(invalid) }
        let run = try khabar(["analyze", "--format", "jsonl", invalid.path, Fixtures.example.path])
        #expect(run.status != 0)
        #expect(run.output.split(separator: "\n").count == 1)
    }

    @Test func layersCanBeChosen() throws {
        let run = try khabar(["analyze", "--format", "jsonl", "--layers", "tokens", Fixtures.example.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect((object["sentences"] as? [Any])?.isEmpty == true)
        #expect((object["tokens"] as? [Any])?.isEmpty == false)
        let unknown = try khabar(["analyze", "--layers", "keyphrases", Fixtures.example.path])
        #expect(unknown.status != 0 && unknown.errors.contains("keyphrases"))
    }
}

extension CommandLineTests {
    @Test func segmentWritesOneLinePerInputLine() throws {
        let input: [UInt8] = Array("وبالتالي\nمقاتليها وسندافع\n\n  لفرانس\t2015\r\n".utf8) + [0xFF, 0x0A] + Array("hello\n".utf8)
        let run = try khabar(["segment", "--scheme", "atb"], input: Data(input))
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { String($0) }
        #expect(lines == ["و+ب+التالي", "مقاتلي+ها و+س+ندافع", "", "  ل+فرانس\t2015\r", "\u{FFFD}", "hello"])
    }
}
