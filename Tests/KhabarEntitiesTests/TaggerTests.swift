import KhabarCore
import KhabarEntities
import Testing

/// The name tagger on our own sentences and on input it was never meant for.
struct TaggerTests {
    let tagger: EntityTagger

    init() throws { tagger = try EntityTagger.shipped() }

    /// Whether tags are valid IOB2: every I- continues a name of its own kind.
    func isValidIOB2(_ tags: [EntityTag]) -> Bool {
        zip([nil] + tags.map { Optional($0) }, tags).allSatisfy { previous, tag in tag.mayFollow(previous) }
    }

    @Test func namesInASentenceOfOurOwn() {
        let tokens = ["وقال", "وزير", "الخارجية", "الأميركي", "جون", "كيري", "في", "جنيف", "إن", "المحادثات", "مستمرة", "."]
        let tags = tagger.tag(tokens).map(\.description)
        #expect(tags[4] == "B-PER" && tags[5] == "I-PER")
        #expect(tags[7] == "B-LOC")
        #expect(tags[9] == "O" && tags[10] == "O")
    }

    @Test func aPersonAfterADefiniteHeadOrAGovernmentStaysAPerson() {
        // A head with the article governs no name: رئيس الحكومة + a name is an apposition.
        let apposition = ["وانتقد", "رئيس", "الحكومة", "رجب", "طيب", "أردوغان", "قرار", "المحكمة", "."]
        let tags = tagger.tag(apposition).map(\.description)
        #expect(tags[2] == "O")
        #expect(tags[3 ... 5] == ["B-PER", "I-PER", "I-PER"])
        // The government a person leads keeps the person's name as a person (ANERcorp's habit).
        let government = ["وطالبت", "المعارضة", "بإسقاط", "حكومة", "فؤاد", "السنيورة", "."]
        let governmentTags = tagger.tag(government).map(\.description)
        #expect(governmentTags[3] == "O")
        #expect(governmentTags[4 ... 5] == ["B-PER", "I-PER"])
    }

    @Test func aQuotedTitleAfterTheWordForTheWorkIsMisc() {
        // The title's words are common words; the word for the work before the marks decides.
        let programme = ["وتقدم", "المذيعة", "برنامجا", "جديدا", "«", "نافذة", "على", "الصباح", "»", "كل", "أسبوع", "."]
        let tags = tagger.tag(programme).map(\.description)
        #expect(tags[4] == "O" && tags[8] == "O")
        #expect(tags[5 ... 7] == ["B-MISC", "I-MISC", "I-MISC"])
        // A long quotation after such a word is speech, and a mark after another word no title.
        let speech = ["وقال", "في", "كتابه", "«", "إن", "المدينة", "كانت", "أجمل", "من", "ذلك", "بكثير", "في", "الماضي", "»", "."]
        #expect(!tagger.tag(speech).contains { $0.description.hasSuffix("MISC") })
        let slogan = ["رفع", "المحتجون", "شعار", "«", "الأرض", "لنا", "»", "."]
        #expect(tagger.tag(slogan).map(\.description)[4 ... 5] == ["O", "O"])
    }

    @Test func aCurrencyIsMiscButAClubIsNot() {
        let tokens = ["وارتفع", "سعر", "اليورو", "أمام", "الدولار", "الأمريكي", "،", "وتراجع", "الريال", "في", "المباراة", "."]
        let tags = tagger.tag(tokens).map(\.description)
        #expect(tags[2] == "B-MISC")
        #expect(tags[4 ... 5] == ["B-MISC", "I-MISC"])
        // الريال alone may be the club: it needs a nationality to be the currency.
        #expect(tags[8] != "B-MISC")
    }

    @Test func theSecondPartOfACompoundNameIsNoNameAlone() {
        // عبد الله ends a person's name; الله alone later in the article is not that person.
        let article = [["وافتتح", "الأمير", "فيصل", "بن", "عبد", "الله", "المعرض", "أمس", "."],
                       ["وقال", "الخطيب", "إن", "الله", "رحيم", "بعباده", "."]]
        let tags = tagger.tag(article: article).map { $0.map(\.description) }
        #expect(tags[0][2 ... 5] == ["B-PER", "I-PER", "I-PER", "I-PER"])
        #expect(tags[1][3] == "O")
    }

    @Test func inputWithoutArabicGetsValidTags() {
        let tokens = ["The", "talks", "in", "Geneva", "resume", "on", "Monday", ",", "2015", "!", "😀", "https://example.org"]
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count)
        #expect(isValidIOB2(tags))
        #expect(tagger.tag([String]()).isEmpty)
    }

    @Test func aTenThousandTokenSentence() {
        let words = ["قال", "الرئيس", "محمد", "في", "القاهرة", "إن", "الاتفاق", "مع", "الأمم", "المتحدة", "،"]
        let tokens = (0..<10_000).map { words[$0 % words.count] }
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count)
        #expect(isValidIOB2(tags))
        #expect(tags.contains { $0.kind == .location })
    }

    @Test func everyTokenAGazetteerName() throws {
        // A run of place names only: the gazetteer matches everywhere, the tagger stays linear
        // and its output valid.
        let tokens = (0..<5_000).map { ["القاهرة", "دمشق", "بغداد", "عمان"][$0 % 4] }
        let tags = tagger.tag(tokens)
        #expect(isValidIOB2(tags))
        #expect(tags.filter { $0.kind == .location }.count > tokens.count / 2)
    }

    @Test func oddTokensDoNotCrash() {
        let long = String(repeating: "ب", count: 100_000)
        let tokens = [long, "َُِّْ", "ـــــ", "", " ", "\u{200F}", "١٢٣", "A", String(repeating: "كتب", count: 14)]
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count && isValidIOB2(tags))
    }

    @Test func aNameRecognisedOnceIsRecognisedWhereItRecurs() {
        let article = [
            ["وصل", "المحلل", "النفسي", "سيغموند", "فرويد", "إلى", "باريس", "."],
            ["وكتب", "فرويد", "رسالة", "طويلة", "."],
        ]
        let tags = tagger.tag(article: article)
        #expect(tags[0][4].kind == .person)
        #expect(tags[1][1].kind == .person)
    }
}
