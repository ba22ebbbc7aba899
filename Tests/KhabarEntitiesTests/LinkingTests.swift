import KhabarCore
import KhabarEntities
import Testing

/// Mentions linked to the fullest name in the article, in articles of our own.
struct LinkingTests {
    @Test func shortMentionsTakeTheFullName() throws {
        let document = try analyze("""
            محادثات

            وقال وزير الخارجية الأميركي جون كيري إن الوفد الروسي سيصل إلى جنيف. وأضاف كيري أن الروس وافقوا على اللقاء.
            """)
        let kerry = document.entities.filter { $0.kind == .person && document[$0.span].hasSuffix("كيري") }
        #expect(kerry.count == 2)
        #expect(kerry.allSatisfy { $0.canonical == "جون كيري" })
        let demonyms = document.entities.filter { $0.kind == .nationality }
        #expect(demonyms.map { String(document[$0.span]) } == ["الأميركي", "الروسي", "الروس"])
        #expect(demonyms.map(\.canonical) == ["الولايات المتحدة", "روسيا", "روسيا"])
        #expect(!document.entities.contains { $0.kind == .location && document[$0.span] == "الروس" })
    }

    /// The canonical names the shipped linker gives person mentions written one after another.
    private func canonicalNames(ofPeople names: [String]) throws -> [String?] {
        var entities = names.enumerated().map { Entity(span: Span(start: $0.offset * 30, end: $0.offset * 30 + $0.element.count), kind: .person) }
        let text = { (entity: Entity) in names[entity.span.start / 30] }
        let linker = EntityLinker(lexicon: try EntityLexicon.shipped())
        linker.link(&entities, words: { text($0).split(separator: " ").map { UInt64(truncatingIfNeeded: $0.hashValue) } }, text: text)
        return entities.map(\.canonical)
    }

    @Test func aPersonIsCalledByTheEndOfTheNameAndANameRunOnIsThatPerson() throws {
        // The tagger ran أوباما into the next word once (أوباما الكونغرس): the later أوباما is
        // still باراك أوباما, whose name it ends, and so is the run-on name.
        #expect(try canonicalNames(ofPeople: ["باراك أوباما", "أوباما الكونغرس", "أوباما"]) == ["باراك أوباما", "باراك أوباما", "باراك أوباما"])
        #expect(try canonicalNames(ofPeople: ["صادق سرحان", "سرحان بمواقف"]) == ["صادق سرحان", "صادق سرحان"])
        // A surname that is a name alone in the article is no run-on, nor a word of another name.
        #expect(try canonicalNames(ofPeople: ["ثامر أحمد", "أحمد المقيرن", "المقيرن"]) == ["ثامر أحمد", "أحمد المقيرن", "أحمد المقيرن"])
        #expect(try canonicalNames(ofPeople: ["ثامر أحمد", "أحمد العلي", "خالد العلي"]) == ["ثامر أحمد", "أحمد العلي", "خالد العلي"])
    }

    @Test func aSurnameWithTheArticleThatNewsKnowsAsANameIsNoRunOn() throws {
        // سعيد الشهراني begins with the word غدران سعيد ends with, but الشهراني is a surname the
        // corpus evidence knows (with its article, as the linker's words are without it).
        let document = try analyze("""
            البطولة

            وهنأ رئيس الاتحاد غدران سعيد اللاعبين بالفوز. وقال رئيس الوفد سعيد الشهراني إن الفريق جاهز للنهائي.
            """)
        let persons = document.entities.filter { $0.kind == .person }
        let head = try #require(persons.first { document[$0.span] == "سعيد الشهراني" })
        #expect(head.canonical == "سعيد الشهراني")
    }

    @Test func aNameShortenedInItsMiddleOrSpacedOtherwiseIsTheSamePerson() throws {
        let document = try analyze("""
            الانتخابات

            وقال رئيس اللجنة سلطان بن فهد العتيبي إن التسجيل بدأ. وأكد سلطان العتيبي أن الإقبال كبير. \
            وصرح المهندس عبد الكريم السالم بأن المراكز جاهزة، وأضاف عبدالكريم السالم أن النتائج تعلن غدا.
            """)
        let persons = document.entities.filter { $0.kind == .person }
        let short = try #require(persons.first { document[$0.span] == "سلطان العتيبي" })
        #expect(short.canonical == "سلطان بن فهد العتيبي")
        let joined = try #require(persons.first { document[$0.span] == "عبدالكريم السالم" })
        #expect(joined.canonical == "عبد الكريم السالم")
    }

    @Test func aVerbOfSpeechTheSegmenterCutsEndsNoOrganisation() throws {
        // بيناً is the participle, not ب + ينا: it ends neither the tagger's name nor the phrase of
        // an organisation's head.
        #expect(try analyze("الجامعة\n\nوأعلنت جامعة تبوك بيناً أن التسجيل يبدأ غدا.").entityTexts(.organisation) == ["جامعة تبوك"])
    }

    @Test func aMotherCalledByHerChildsNameIsOneNameAndHerAgeNoPartOfIt() throws {
        #expect(try analyze("الحرف\n\nتقول أم خالد البالغة من العمر خمسين عاما إن الحرفة مربحة.").entityTexts(.person) == ["أم خالد"])
    }

    @Test func aVerbOfSpeechEndsNoName() throws {
        for text in ["وكان الرئيس رجب طيب إردوغان لمح إلى أن الحملة ستستمر.", "وافتتح الوزير أبو أحمد داعياً إلى التبرع بالدم."] {
            let document = try analyze("الخبر\n\n" + text)
            let names = document.entityTexts(.person)
            #expect(names.count == 1 && names.allSatisfy { !$0.hasSuffix("لمح") && !$0.hasSuffix("داعياً") }, "\(names)")
        }
    }

    @Test func aSurnameTwoPeopleShareIsThePersonNamedLastBeforeIt() throws {
        let document = try analyze("""
            المحكمة

            وقال المحامي خالد الزهراني إن الجلسة تأجلت. وأضاف الزهراني أن موكله بريء. \
            ورد المدعي العام سعيد الزهراني بأن الأدلة كافية. وأكد الزهراني أن الحكم سيصدر قريبا.
            """)
        let surnames = document.entities.filter { $0.kind == .person && document[$0.span] == "الزهراني" }
        #expect(surnames.map(\.canonical) == ["خالد الزهراني", "سعيد الزهراني"])
    }

    @Test func aPersonStaysAPersonBesideTheOfficeNamedAfterHim() throws {
        // مكتب الكعبي is an organisation; الكعبي alone is still سالم الكعبي, not the office.
        let document = try analyze("الرواتب\n\nوقال رئيس الوزراء سالم الكعبي إن الحكومة ستخفض الرواتب. وأعلن مكتب الكعبي تفاصيل الخطة. وأكد الكعبي أن القرار نهائي.")
        let last = try #require(document.entities.last { document[$0.span] == "الكعبي" })
        #expect(last.kind == .person)
        #expect(last.canonical == "سالم الكعبي")
    }

    @Test func aNameKeepsFirstLettersThatOnlyLookLikeProclitics() throws {
        let document = try analyze("""
            عنوان

            وقال المدرب سيدريك توسان إن الفريق جاهز. وأكد اللاعب وسام وهيب أن المباراة صعبة. وزار الوفد لدمشق. \
            وأكد وزير الخارجية وليد المعلم أن المحادثات مستمرة.
            """)
        let names = document.entities.filter { [.person, .location].contains($0.kind) }.map { String(document[$0.span]) }
        #expect(names.contains("سيدريك توسان"))
        #expect(names.contains("وليد المعلم"))
        #expect(names.contains("وسام وهيب"))
        #expect(names.contains("دمشق"))
    }

    @Test func organisationsNamedByAHeadAndWhatSpecifiesIt() throws {
        let document = try analyze("""
            عنوان

            أعلنت وزارة الشؤون البلدية عن خطة جديدة، وتعاقد نادي نجران مع مدرب، وقررت إدارة النادي تجديد العقد، واحتل الفريق مركز الصدارة، وكرمت إدارة تعليم جازان الطلاب، ونشرت جريدة الجزيرة الأستاذ خالد المالك مقالا.
            """)
        let organisations = document.entityTexts(.organisation)
        #expect(organisations.contains("وزارة الشؤون البلدية"))
        #expect(organisations.contains("نادي نجران"))
        #expect(organisations.contains("إدارة تعليم جازان"))
        #expect(!organisations.contains { $0.hasPrefix("إدارة النادي") || $0.hasPrefix("مركز") || $0.contains("خالد") })
    }

    @Test func anOrganisationNamedAgainWithoutItsHeadIsTheSameOrganisation() throws {
        let document = try analyze("""
            الإعدامات

            قالت منظمة العفو الدولية إن الأرقام مقلقة، وطالبت منظمة حقوق الإنسان بالتحقيق. \
            وتعترف الحكومة بمئتي حالة، لكن العفو الدولية تقول إن العدد أكبر، وإن حقوق الإنسان منتهكة.
            """)
        let short = try #require(document.entities.first { document[$0.span] == "العفو الدولية" })
        #expect(short.kind == .organisation && short.canonical == "منظمة العفو الدولية")
        // A noun and its complement (حقوق الإنسان) is a topic, not the organisation's name.
        #expect(!document.entities.contains { document[$0.span] == "حقوق الإنسان" })
    }

    @Test func aSurnameWithOrWithoutTheArticleIsTheSamePerson() throws {
        let document = try analyze("""
            العلاقات

            وقال السفير أحمد قطان إن العلاقات متينة. وأضاف القطان أن الزيارة ناجحة.
            """)
        let short = try #require(document.entities.first { document[$0.span] == "القطان" })
        #expect(short.kind == .person && short.canonical == "أحمد قطان")
    }

    @Test func aPlaceNamedAfterAPersonIsAPlace() throws {
        let document = try analyze("عنوان\n\nوصل الوفد إلى مطار الملك خالد الدولي في الرياض، وافتتح جسر الملك فهد.")
        let places = document.entityTexts(.location)
        #expect(places.contains("مطار الملك خالد الدولي"))
        #expect(places.contains("جسر الملك فهد"))
        #expect(!document.entities.contains { $0.kind == .person })
    }

    @Test func godAfterADefiniteSurnameIsNoPartOfTheName() throws {
        let document = try analyze("عنوان\n\nوقد دعا العقيد عاطي القرشي الله أن يحفظ البلاد. وقال حسن نصر الله إن المعركة طويلة.")
        let persons = document.entityTexts(.person)
        #expect(persons.contains("عاطي القرشي"))
        #expect(!persons.contains { $0.hasSuffix("القرشي الله") })
        #expect(persons.contains("حسن نصر الله"))
    }

    @Test func aParticleOfAttributionEndsNoName() throws {
        let document = try analyze("عنوان\n\nوأوضح سعد حسب المصادر أن القرار نهائي.")
        let people = document.entityTexts(.person)
        #expect(people == ["سعد"])
    }

    @Test func aSecondOrganisationJoinedByAndIsItsOwnName() throws {
        let document = try analyze("عنوان\n\nينظم الملتقى بالتعاون بين جامعة نايف العربية للعلوم الأمنية والمنظمة العربية للسياحة في الطائف.")
        let organisations = document.entityTexts(.organisation)
        #expect(organisations.first == "جامعة نايف العربية للعلوم الأمنية")
        #expect(organisations.dropFirst().first?.hasPrefix("المنظمة العربية") == true)
    }

    @Test func anElidedArticleIsRestoredInTheCanonicalName() throws {
        let document = try analyze("بيان\n\nوقدم الوفد مذكرة للأمم المتحدة يوم الخميس.")
        let united = document.entities.first { $0.kind == .organisation }
        #expect(united.map { String(document[$0.span]) } == "للأمم المتحدة")
        #expect(united?.canonical == "الأمم المتحدة")
    }

    @Test func linkingIsBoundedOnArticlesOfNothingButNames() throws {
        let sentence = "التقى محمد علي وأحمد علي وخالد علي في القاهرة ودمشق وبغداد. "
        let document = try analyze("أسماء\n\n" + String(repeating: sentence, count: 400))
        #expect(document.entities.count > 1_000)
        #expect(document.entities.allSatisfy { $0.canonical != nil || !$0.kind.isName })
    }

    @Test func aBracketEndsAName() throws {
        // The tagger read هيئة (آي إن إي as one organisation; the bracket ends it.
        let document = try analyze("""
            خبر

            أعلنت هيئة الإحصاء البرتغالية (آي إن إي) أن البطالة تراجعت. وارتفعت الوظائف في الصيف كثيرا وذلك وفقا لما ذكرته هيئة (آي إن إي) وأضافت أن عدد العاطلين تراجع.
            """)
        let names = document.entities.filter { [.person, .organisation, .location, .miscellaneous].contains($0.kind) }
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { !document[$0.span].contains("(") })
    }
}
