import Foundation
import KhabarCore
import Testing

struct ReaderTests {
    private func read(_ text: String, as source: String, format: InputFormat? = nil) throws -> [Document] {
        try Khabar.read(data: Data(text.utf8), source: source, format: format).map { try Khabar.analyze($0) }
    }

    @Test func plainTextHeadlineOnlyWhenABlankLineFollows() throws {
        let titled = try read("  عنوان الخبر  \n\nنص الخبر.", as: "a.txt")[0]
        #expect(titled.titleText == "عنوان الخبر")
        #expect(titled.metadata.id == "a")
        let untitled = try read("سطر أول\nسطر ثان.", as: "b.txt")[0]
        #expect(untitled.title == nil)
        #expect(untitled.paragraphs.count == 2)
    }

    @Test func jsonObjectAndArray() throws {
        let object = try read(#"{"id": 7, "title": "عنوان", "content": "النص هنا.", "url": "http://x.sa/1", "source": "okaz", "date": "2015-07-27 18:39:22", "author": "سارة"}"#, as: "one.json")
        #expect(object.count == 1)
        let document = object[0]
        #expect(document.text == "عنوان\n\nالنص هنا.")
        #expect(document.titleText == "عنوان")
        #expect(document.metadata == Metadata(id: "7", url: "http://x.sa/1", source: "okaz", date: "2015-07-27T18:39:22", author: "سارة"))
        let array = try read(#"[{"title": "أ", "text": "نص أول."}, {"body": "نص ثان بلا عنوان."}]"#, as: "many.json")
        #expect(array.map(\.metadata.id) == ["many#1", "many#2"])
        #expect(array[1].title == nil && array[1].text == "نص ثان بلا عنوان.")
    }

    @Test func jsonLines() throws {
        let documents = try read("{\"title\": \"أ\", \"content\": \"واحد.\"}\n\n{\"title\": \"ب\", \"content\": \"اثنان.\"}\n", as: "feed.jsonl")
        #expect(documents.map(\.titleText) == ["أ", "ب"])
        #expect(throws: ReaderError.self) { try read("{\"title\": \"أ\"}\n{broken\n", as: "bad.jsonl") }
    }

    @Test func khabarsOwnJSONReadsBackWithItsHeadline() throws {
        // The contract gives the title as offsets into a text that holds the headline.
        let document = try read(#"{"id": "r1", "title": {"start": 0, "end": 11}, "text": "عنوان الخبر\n\nنص الخبر هنا."}"#, as: "out.json")[0]
        #expect(document.titleText == "عنوان الخبر")
        #expect(document.text == "عنوان الخبر\n\nنص الخبر هنا.")
        // Offsets that do not fit the text are ignored, not trusted.
        let odd = try read(#"{"title": {"start": 0, "end": 99}, "text": "نص قصير."}"#, as: "odd.json")[0]
        #expect(odd.title == nil && odd.text == "نص قصير.")
    }

    @Test func trecFilesOfTheANTKind() throws {
        let trec = """
            <DOC>
            <DOCNO>JA-culture-1</DOCNO>
            <URL>http://example.tn/1</URL>
            <SRC>Jawhara FM</SRC>
            <TITLE>عنوان "الفيلم"</TITLE>
            <TIME>2017-01-20T21:43:00+01:00</TIME>
            <ABSTRACT>

            </ABSTRACT>
            <TEXT>
            الفقرة الأولى.
            الفقرة الثانية.
            </TEXT>
            </DOC>
            """
        let document = try #require(try read(trec, as: "x.txt").first)
        #expect(document.metadata.id == "JA-culture-1")
        #expect(document.metadata.source == "Jawhara FM")
        #expect(document.metadata.date == "2017-01-20T21:43:00+01:00")
        #expect(document.titleText == "عنوان \"الفيلم\"")
        #expect(document.paragraphs.map { String(document[$0]) } == ["الفقرة الأولى.", "الفقرة الثانية."])
    }

    @Test func htmlKeepsTheArticleAndDropsTheRest() throws {
        let html = """
            <!DOCTYPE html><html><head><title>خبر | موقع</title>
            <meta property="og:url" content="https://example.org/a"><meta name="author" content="ليلى">
            <meta property="article:published_time" content="2026-11-15T10:00:00Z">
            <style>p { color: red }</style><script>var x = "<p>ليس نصاً</p>";</script></head>
            <body><nav><a href="/">الرئيسية</a></nav>
            <article><h1>وزير يعلن &laquo;الخطة&raquo;</h1>
            <p>قال الوزير إن&nbsp;الخطة جاهزة &amp; ممولة.</p><p>وأضاف &#1571;ن التنفيذ &#x642;ريب.<br>سطر جديد</p>
            <!-- تعليق --><div class="share">شارك</div>
            </article><footer>حقوق النشر</footer></body></html>
            """
        let document = try #require(try read(html, as: "page.html").first)
        #expect(document.titleText == "وزير يعلن «الخطة»")
        let paragraphs = document.paragraphs.map { String(document[$0]) }
        #expect(paragraphs == ["قال الوزير إن الخطة جاهزة & ممولة.", "وأضاف أن التنفيذ قريب.", "سطر جديد", "شارك"])
        #expect(!document.text.contains("ليس نصاً") && !document.text.contains("الرئيسية") && !document.text.contains("حقوق"))
        #expect(document.metadata.url == "https://example.org/a")
        #expect(document.metadata.author == "ليلى")
        #expect(document.metadata.date == "2026-11-15T10:00:00Z")
    }

    @Test func htmlWithUnclosedTagsStillGivesItsText() throws {
        let document = try #require(try read("<html><body><div><p>أول<p>ثان <b>غامق<div><nav>قائمة</div><p>ثالث", as: "broken.html").first)
        #expect(document.paragraphs.map { String(document[$0]) } == ["أول", "ثان غامق", "ثالث"])
    }

    @Test func rssItemsBecomeDocuments() throws {
        let rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>وكالة خبر</title>
            <item><title>الخبر الأول</title><link>https://example.org/1</link><guid>id-1</guid>
            <pubDate>Sun, 15 Nov 2026 09:30:00 +0300</pubDate><dc:creator>سامر</dc:creator>
            <description><![CDATA[<p>فقرة أولى.</p><p>فقرة ثانية.</p>]]></description></item>
            <item><title>الخبر الثاني &amp; الأخير</title><description>&lt;p&gt;نص مهرب.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let documents = try read(rss, as: "feed.xml")
        #expect(documents.count == 2)
        #expect(documents[0].titleText == "الخبر الأول")
        #expect(documents[0].metadata == Metadata(id: "id-1", url: "https://example.org/1", source: "وكالة خبر", date: "2026-11-15T09:30:00+03:00", author: "سامر"))
        #expect(documents[0].paragraphs.map { String(documents[0][$0]) } == ["فقرة أولى.", "فقرة ثانية."])
        #expect(documents[1].titleText == "الخبر الثاني & الأخير")
        #expect(documents[1].paragraphs.map { String(documents[1][$0]) } == ["نص مهرب."])
    }

    @Test func atomEntriesBecomeDocuments() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>مدونة</title>
            <entry><title>تدوينة</title><link rel="alternate" href="https://example.org/p"/><id>urn:1</id>
            <updated>2026-11-20T08:00:00Z</updated><author><name>منى</name></author>
            <content type="html">&lt;p&gt;المحتوى الكامل.&lt;/p&gt;</content><summary>ملخص</summary></entry></feed>
            """
        let document = try #require(try read(atom, as: "-").first)
        #expect(document.metadata == Metadata(id: "urn:1", url: "https://example.org/p", source: "مدونة", date: "2026-11-20T08:00:00Z", author: "منى"))
        #expect(document.paragraphs.map { String(document[$0]) } == ["المحتوى الكامل."])
    }

    @Test func formatDetection() {
        #expect(InputFormat.detect(fileName: "x.txt", leadingText: "<DOC>\n<DOCNO>1") == .trec)
        #expect(InputFormat.detect(fileName: "x.txt", leadingText: "عنوان\n\nنص") == .text)
        #expect(InputFormat.detect(fileName: "-", leadingText: "  [{\"title\": 1}]") == .json)
        #expect(InputFormat.detect(fileName: "-", leadingText: "{\"a\": 1}\n{\"a\": 2}") == .jsonl)
        #expect(InputFormat.detect(fileName: "-", leadingText: "{\"a\": 1,\n \"b\": 2}") == .json)
        #expect(InputFormat.detect(fileName: "page", leadingText: "<!DOCTYPE html><html>") == .html)
        #expect(InputFormat.detect(fileName: "x", leadingText: "<?xml version=\"1.0\"?><rss>") == .feed)
        #expect(InputFormat.detect(fileName: "x.jsonl", leadingText: "{}") == .jsonl)
    }

    @Test func exampleArticleReadsCleanly() throws {
        let document = try #require(try Khabar.analyze(contentsOf: Fixtures.example).first)
        #expect(document.titleText == "وزير الطاقة الأردني يعلن خطة لتخزين المياه قبل صيف 2027")
        #expect(document.paragraphs.count == 5)
        #expect(document.sentences.count == 6, "counted by hand: the quotation in ¶2 continues past its full stop, ¶5 has two")
        #expect(document.tokenTexts.contains("38٫5%") && document.tokenTexts.contains("3,500"))
        #expect(document.tokens.contains { $0.kind == .url } && document.tokens.contains { $0.kind == .email })
        #expect(offsetProblems(in: document).isEmpty)
    }
}

extension ReaderTests {
    @Test func titleSpanLeavesOutInvisibleControls() throws {
        let document = try #require(try read("{\"title\": \"\u{200B}عنوان الخبر\u{200F}\", \"content\": \"النص.\"}", as: "x.json").first)
        #expect(document.titleText == "عنوان الخبر")
        #expect(document.text.hasPrefix("\u{200B}"), "the text itself is kept as given")
    }
}

extension ReaderTests {
    @Test func windowsLineEndsAreLineEnds() throws {
        let documents = try read("{\"title\": \"أ\", \"content\": \"واحد.\"}\r\n{\"title\": \"ب\", \"content\": \"اثنان.\"}\r\n", as: "crlf.jsonl")
        #expect(documents.map(\.titleText) == ["أ", "ب"])
        let plain = try #require(try read("عنوان\r\n\r\nسطر أول.\r\nسطر ثان.\r\n", as: "crlf.txt").first)
        #expect(plain.titleText == "عنوان")
        #expect(plain.paragraphs.map { String(plain[$0]) } == ["سطر أول.", "سطر ثان."])
        #expect("أ\r\nب\n\nج\r\n".lines() == ["أ", "ب", "", "ج"])
    }
}
