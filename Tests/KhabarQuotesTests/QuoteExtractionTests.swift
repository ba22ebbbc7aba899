import Foundation
import KhabarCore
import KhabarQuotes
import Testing

/// Quotations in articles of our own, and input that tries to break the extractor.
struct QuoteExtractionTests {
    @Test func namesAndTitlesInQuotationMarksAreNotStatements() throws {
        let document = try analyze("""
            عنوان

            وشارك الفيلم «عين اليوم» في المهرجان، فيما تبنى تنظيم "داعش" الهجوم. ودعا المتظاهرون إلى «المقاومة الشعبية» في المدينة.
            """)
        #expect(document.quotes.isEmpty, "found: \(document.quotes.map { document[$0.span] })")
    }

    @Test func reportedSpeechWithItsSpeakerAndRole() throws {
        let document = try analyze("""
            اجتماع

            وأوضح وزير المالية محمد الجدعان أن الحكومة ستدعم المشاريع الصغيرة خلال العام المقبل.
            """)
        let quote = try #require(document.quotes.first)
        #expect(quote.kind == .indirect)
        #expect(document[quote.span].hasPrefix("أن الحكومة ستدعم"))
        #expect(quote.cue.map { String(document[$0]) } == "أوضح")
        #expect(quote.speaker?.canonical == "محمد الجدعان")
        #expect(quote.speaker?.role.map { String(document[$0]) } == "وزير المالية")
    }

    @Test func continuationCuesKeepTheSpeakerAndUnnamedSourcesSpeak() throws {
        let document = try analyze("""
            غارات

            وقال مصدر عسكري لوكالة الأنباء إن الغارات استهدفت مواقع المسلحين. وأضاف أن العملية ستستمر حتى تطهير المنطقة بالكامل.
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "مصدر عسكري" })
    }

    @Test func aVerseCitedInAStatementDoesNotTakeOverTheSpeaker() throws {
        // God speaks the verse; the preacher who cited it goes on speaking after it.
        let document = try analyze("""
            خطبة الجمعة

            وأكد الشيخ سعد الغامدي في خطبته أن الأمن نعمة يجب شكرها. وقال الله تعالى "وَاشْكُرُوا لِي وَلَا تَكْفُرُونِ". وأضاف أن على الجميع حماية الوطن من الفتن.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سعد الغامدي", "الله", "سعد الغامدي"])
        // Nor is الله the end of the preacher's own name (عبد الله), whatever came before.
        let compound = try analyze("""
            خطبة الجمعة

            وأكد الشيخ عبد الله الغامدي في خطبته أن الأمن نعمة يجب شكرها، قال الله تعالى: وَاشْكُرُوا لِي وَلَا تَكْفُرُونِ.
            """)
        #expect(compound.quotes.map { $0.speaker?.canonical } == ["عبد الله الغامدي", "الله"])
    }

    @Test func anOfficeTheTaggerReadsAsANameIsItsHolder() throws {
        // أمين is a first name too: the tagger reads أمين الشرقية as a person, but it is the
        // office the article gave سامي العتيبي.
        let document = try analyze("""
            شواطئ الشرقية

            قال المهندس سامي العتيبي أمين أمانة المنطقة الشرقية، إن المشاريع ستنتهي قبل نهاية العام. وأوضح أمين الشرقية، أن العمل مستمر في كل المحافظات.
            """)
        #expect(document.entities.contains { $0.kind == .person && document[$0.span] == "أمين الشرقية" })
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سامي العتيبي", "سامي العتيبي"])
    }

    @Test func aHeadlineSpeakerMayBeAMinisterAndSayWhereHeSpoke() throws {
        // وزير begins with و, which is no conjunction here; في «…» tells where, not who.
        for headline in ["وزير الخارجية: لن نتراجع عن الاتفاق النووي", "الجبير في «منتدى الدوحة»: لن نتراجع عن الاتفاق النووي"] {
            let document = try analyze(headline + "\n\nوقال عادل الجبير وزير الخارجية إن المملكة تدعم الحلول السلمية.")
            #expect(document.quotes.map { document[$0.span] } == ["لن نتراجع عن الاتفاق النووي", "إن المملكة تدعم الحلول السلمية"], "\(headline)")
            #expect(document.quotes.first?.speaker?.canonical == "عادل الجبير", "\(headline)")
        }
    }

    @Test func aSpeakerNounThatBeginsWithTheLetterWawIsNoConjunction() throws {
        // والدة is one word, not و + الدة; ومصدر is و + مصدر.
        let mother = try firstSpeaker(of: "الحادث\n\nوقالت والدة الطفلة لـ\"الوطن\" إن ابنتها تتلقى العلاج في المستشفى منذ أسبوع.")
        #expect(mother?.name == "والدة الطفلة")
        let father = try firstSpeaker(of: "الحادث\n\nوأكد والد الطالب أن ابنه لم يتلق أي إشعار من المدرسة.")
        #expect(father?.name == "والد الطالب")
        let source = try firstSpeaker(of: "الحادث\n\nومصدر أمني قال إن التحقيق مستمر.")
        #expect(source?.name == "مصدر أمني")
    }

    @Test func aHeadlineTitleIsThePersonTheBodyNamesBeforeItAndAComma() throws {
        // The office stands in apposition after the name, set off by commas.
        let speaker = try firstSpeaker(of: """
            وزير الثقافة: المسارح ستفتح أبوابها للشباب مجانا

            دعا الدكتور سامي الخطيب، وزير الثقافة، الفرق المسرحية إلى تقديم عروض في كل المدن.
            """)
        #expect(speaker?.name == "سامي الخطيب")
    }

    @Test func anInstitutionDescribedByKindAndNationalityIsTheOneNamedNext() throws {
        let document = try analyze("""
            جامعة بريطانية: مخطوطة نادرة في مكتبتنا منذ قرن

            قالت جامعة بريطانية أمس إنها عثرت في مكتبتها على مخطوطة نادرة. وأوضحت جامعة ليدز في بيان أن الخبراء فحصوا الأوراق بعناية.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["جامعة ليدز", "جامعة ليدز", "جامعة ليدز"])
    }

    @Test func aDateEndsADescribedSpeaker() throws {
        let speaker = try firstSpeaker(of: "الأسواق\n\nوقال خبراء الثلاثاء إن الأسعار سترتفع في الربع الأخير من العام.")
        #expect(speaker?.name == "خبراء")
    }

    @Test func aVerbWithWawAfterAQuotationOpensTheNextStatement() throws {
        // وأكد البيان after the closing mark has its own أن: it does not attribute the quotation.
        let document = try analyze("""
            الدبابات

            صرح الجنرال تشارلز هوبر كبير مسؤولي الدفاع في السفارة الأمريكية بأن «الإنتاج المشترك للدبابات يعكس قوة العلاقة بين البلدين»، وأكد البيان أن التسليم تم في موعده.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["تشارلز هوبر", "البيان"])
    }

    @Test func theOneToldIsNoSpeakerWhenADateFollowsThem() throws {
        let speaker = try firstSpeaker(of: "القمح\n\nكان وزير سوري أبلغ رويترز في 22 فبراير أن بلاده لا تتوقع استيراد القمح هذا العام.")
        #expect(speaker?.name == "وزير سوري")
    }

    @Test func aFamilyNounWithTheArticleIsASpeaker() throws {
        // الزوج (the husband) accuses; the university is accused.
        let speaker = try firstSpeaker(of: "الحادثة\n\nاتهم الزوج، جامعة تبوك بتغيير رغبات قبول ابنته، مضيفاً بأن لديه مستندات تؤكد ما ذهب إليه.")
        #expect(speaker?.name == "الزوج")
    }

    @Test func aNameThatBeginsWithLamIsNoOneSpokenTo() throws {
        // لقمان is a name, لابنه the one spoken to: the segmenter tells the letter from the preposition.
        let speaker = try firstSpeaker(of: "رسالة\n\nقال لقمان لابنه: احذر واحدة هي أهل للحذر.")
        #expect(speaker?.name == "لقمان")
        let source = try firstSpeaker(of: "رسالة\n\nوقال لـ\"سبق\" مصدر مطلع إن الاجتماع تأجل.")
        #expect(source?.name == "مصدر مطلع")
    }

    @Test func aVerbOfTheOtherGenderDoesNotContinueTheLastSpeaker() throws {
        // أشارت is feminine: not the man who spoke last (قال), but the sources before him.
        let document = try analyze("""
            النادي

            كشفت مصادر في النادي أن الإدارة غاضبة من تصريحات اللاعب سالم الدوسري الذي قال إنه لعب مصابا طوال الموسم. وأشارت إلى أنها ستحقق في الأمر قريبا.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مصادر", "سالم الدوسري", "مصادر"])
    }

    @Test func aSpeechVerbOpeningASourcesClauseMakesTheOnlyStatement() throws {
        // بحسب «الألمانية» only carries what the analysts said: one statement, theirs.
        let document = try analyze("الاقتصاد\n\nوبحسب \"الألمانية\"، فقد ذكر محللون من كبار المصارف في استطلاع أن عدد العاطلين سيواصل تراجعه.")
        #expect(document.quotes.map { document[$0.span] } == ["أن عدد العاطلين سيواصل تراجعه"])
        #expect(document.quotes.first?.speaker?.canonical == "محللون")
    }

    @Test func aMotherCalledByHerChildsNameSpeaks() throws {
        let speaker = try firstSpeaker(of: "الحرف\n\nتقول أم خالد البالغة من العمر خمسين عاما إن الحرفة مربحة.")
        #expect(speaker?.name == "أم خالد")
    }

    @Test func anUnclosedQuotationEndsWhereTheNarrationResumes() throws {
        // The closing mark is missing; مشيرًا إلى أن is the narrator's, a statement of its own.
        let document = try analyze("المطار\n\nوقال مدير المطار يوسف العمر إن «الرحلات المحولة خمس رحلات وصلت كلها بسلام، مشيرًا إلى أن الحركة عادت إلى طبيعتها مساء أمس.")
        #expect(document.quotes.map { document[$0.span] } == ["الرحلات المحولة خمس رحلات وصلت كلها بسلام", "أن الحركة عادت إلى طبيعتها مساء أمس"])
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "يوسف العمر" })
    }

    @Test func aSourceNamedAfterItsStatementWithMaOrAfterThatOrBeforeAComma() throws {
        // حسبما needs no comma before it, nor a short source that ends the sentence; وذلك may
        // stand between; the source may end at a comma.
        let cases = [("ويحاول المتهم التفاوض للتوصل إلى اتفاق مع المدعي العام حسبما ذكرت وثائق قضائية.", "وثائق قضائية"),
                     ("وتراجعت صادرات المصنع إلى النصف هذا العام بحسب غرفة التجارة.", "غرفة التجارة"),
                     ("وسيطرت القوات على المدينة أمس بعد معارك عنيفة، وذلك بحسب ما أفادت مصادر عسكرية.", "مصادر عسكرية"),
                     ("وعانى الفتى من الاكتئاب بعد ذلك، بحسب ما ذكرته مواقع محلية، من دون أن تذكر اسمه.", "مواقع محلية")]
        try expectOneStatement(each: cases)
    }

    @Test func aVerseInBracesAfterASpeechVerbIsQuoted() throws {
        for (open, close) in [("{", "}"), ("\u{FD3F}", "\u{FD3E}")] {
            let document = try analyze("خطبة\n\nوقد قال الله تعالى \(open)وَاعْبُدْ رَبَّكَ حَتَّى يَأْتِيَكَ الْيَقِينُ\(close)، واليقين هو الموت.")
            #expect(document.quotes.map { document[$0.span] } == ["وَاعْبُدْ رَبَّكَ حَتَّى يَأْتِيَكَ الْيَقِينُ"], "\(open)")
            #expect(document.quotes.first?.speaker?.canonical == "الله")
        }
    }

    @Test func aStraightMarkAfterANewSpeechVerbOpensTheNextQuotation() throws {
        // The first quotation is never closed: the mark after وقال سامي opens the second.
        let document = try analyze("المستشفى\n\nوقال خالد العمري مدير المستشفى \"نعمل مع الشركة منذ عشرين عاما لتحسين الخدمة. وقال سامي الحربي رئيس الشركة \"نحن سعداء بهذا التعاون الطويل مع المستشفى\".")
        #expect(document.quotes.map { document[$0.span] } == ["نعمل مع الشركة منذ عشرين عاما لتحسين الخدمة", "نحن سعداء بهذا التعاون الطويل مع المستشفى"])
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد العمري", "سامي الحربي"])
    }

    @Test func aHeadlineSpeakerBeforeAColonIsThePersonTheBodyIntroduces() throws {
        let document = try analyze("""
            عضو مجلس سابق: نصف الشباب جاهزون للعمل التطوعي

            قال عضو مجلس الشورى السابق خالد العتيبي إن الدراسة شملت ألف شاب في ثلاث مدن.
            """)
        let headline = try #require(document.quotes.first)
        #expect(document[headline.span] == "نصف الشباب جاهزون للعمل التطوعي")
        #expect(headline.kind == .indirect && headline.cue == nil)
        #expect(headline.speaker?.canonical == "خالد العتيبي")
        // A place before a colon is a dateline, not a speaker.
        #expect(try analyze("الرياض: افتتاح معرض الكتاب الدولي بمشاركة واسعة\n\nافتتح المعرض أمس.").quotes.isEmpty)
    }

    @Test func aHeadlineSpeakerMayBeANameEndingAtTheColonOrPartOfOneInTheBody() throws {
        let player = try analyze("""
            المصري سامي: سأعود إلى الملاعب بعد شهرين

            وقال اللاعب المصري سامي عبدالله إن العلاج يسير بشكل جيد.
            """)
        #expect(player.quotes.first.map { String(player[$0.span]) } == "سأعود إلى الملاعب بعد شهرين")
        let ministry = try analyze("""
            الخدمة المدنية: التعيينات تبدأ الشهر المقبل في كل المناطق

            وأوضحت وزارة الخدمة المدنية أن عدد الوظائف بلغ ألف وظيفة.
            """)
        #expect(ministry.quotes.first.map { String(ministry[$0.span]) } == "التعيينات تبدأ الشهر المقبل في كل المناطق")
    }

    @Test func aHeadlineSpeakerLeavesOutWhomTheWordsAreAddressedTo() throws {
        let document = try analyze("""
            محافظ الأنبار لـ " الوطن " : البرلمان يخضع لضغوط كبيرة

            أكد محافظ الأنبار صهيب الراوي أن التحقيق لم يكتمل بعد.
            """)
        let headline = try #require(document.quotes.first)
        #expect(document[headline.span] == "البرلمان يخضع لضغوط كبيرة")
        #expect(headline.speaker.map { String(document[$0.span]) } == "محافظ الأنبار")
    }

    @Test func aQuotedLabelBeforeAColonIsNoStatement() throws {
        let document = try analyze("""
            المدارس

            وقال خالد العتيبي "مدير المدرسة": إن الطلاب سيعودون إلى الفصول الأسبوع المقبل بعد انتهاء الصيانة.
            """)
        #expect(document.quotes.count == 1)
        let quote = try #require(document.quotes.first)
        #expect(document[quote.span].hasPrefix("إن الطلاب سيعودون"))
        #expect(quote.speaker?.canonical == "خالد العتيبي")
    }

    @Test func sourcesAtTheHeadOfASentence() throws {
        let document = try analyze("""
            الإصابات

            وبحسب وزارة الصحة فقد ارتفع عدد الإصابات إلى ثلاثين حالة خلال يومين في المنطقة الشرقية.

            ووفقا لمسؤولين في البلدية، فإن المشروع سيكتمل قبل نهاية العام الجاري بتكلفة كبيرة.

            وأشار الوزير إلى أن الجيش الوطني لن يكون تابعا لأي حزب سياسي في المرحلة المقبلة.
            """)
        #expect(document.quotes.count == 3)
        let texts = document.quotes.map { String(document[$0.span]) }
        #expect(texts.first?.hasPrefix("فقد ارتفع") == true)
        #expect(document.quotes.map { $0.speaker.map { String(document[$0.span]) } } == ["وزارة الصحة", "مسؤولين", "الوزير"])
    }

    @Test func describedSpeakersTheirNamesAndTheirFullerDescriptions() throws {
        let document = try analyze("""
            مستشفى

            وقال المسؤول الطبي عبد الغني الهاشمي إنه تم نقل المصابين إلى المستشفى. وأعلنت وزارة الداخلية الإسبانية توقيف رجل في مدينة مليلية. وأضافت الوزارة أن الموقوف كان يجند الشباب.
            """)
        #expect(document.quotes.count == 2)
        let first = try #require(document.quotes.first)
        #expect(first.speaker.map { String(document[$0.span]) } == "عبد الغني الهاشمي")
        #expect(first.speaker?.role.map { String(document[$0]) } == "المسؤول الطبي")
        #expect(document.quotes.last?.speaker?.canonical == "وزارة الداخلية الإسبانية")
    }

    @Test func aSubjectlessVerbSpeaksForWhoeverTheSentenceBeforeOpensWith() throws {
        let document = try analyze("""
            حادث

            وقال شهود إن المسلح أطلق النار بعد بدء العرض بعشرين دقيقة. وانتقل الحاكم بوبي جيندال إلى المدينة بعد الحادث. وقال في مؤتمر صحافي إن الولاية ستساعد أسر الضحايا.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["شهود", "بوبي جيندال"])
    }

    @Test func thePressSpeaksAndAParticipleSpeaksForThePersonOfItsSentence() throws {
        let document = try analyze("""
            عنوان

            وقالت الصحف المحلية إن المدرب الجديد سيصل الأسبوع المقبل.

            أعلن لاعب فريق الهلال سالم الدوسري رحيله عن النادي، مشيرا إلى أن هذه الخطوة أفضل له.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["الصحف المحلية", "سالم الدوسري"])
        #expect(document.quotes.last?.speaker?.role.map { String(document[$0]) } == "لاعب فريق الهلال")
        let paper = try analyze("عنوان\n\nونقلت صحيفة «الخبر» عن مصادر عسكرية أن الكمين وقع ليلا. وتابعت الصحيفة أن الجماعة نجحت في الفرار.")
        #expect(paper.quotes.map { $0.speaker?.canonical } == ["مصادر عسكرية", "صحيفة الخبر"])
        let court = try analyze("""
            عنوان

            واتفقت الهيئة مع جورج براوتشلير، المدعي العام للمقاطعة، الذي قال إن المتهم كان يعلم ما يفعل.

            وقال القائد للجنود: «هل أنتم جاهزون؟» فرد عليه الجنود «جاهزون يا قائد».
            """)
        #expect(court.quotes.map { $0.speaker.map { String(court[$0.span]) } } == ["جورج براوتشلير", "القائد", "الجنود"])
        let player = try analyze("عنوان\n\nوعن هذا الأمر تحدث اللاعب خوانفاران قائلا: \"لقد جاء العديد من اللاعبين ليشكلوا أهمية كبيرة للفريق\".")
        #expect(player.quotes.first?.speaker?.canonical == "خوانفاران")
    }

    @Test func anUnclosedQuotationRunsToTheEndOfItsParagraph() throws {
        let document = try analyze("""
            بيان

            وقال المتحدث باسم الوزارة: «لن نقبل بأي تدخل في شؤوننا الداخلية مهما كانت الظروف.

            وفي سياق آخر، افتتح المعرض أبوابه.
            """)
        let quote = try #require(document.quotes.first { $0.kind == .direct })
        #expect(document[quote.span].hasPrefix("لن نقبل"))
        #expect(!document[quote.span].contains("المعرض"))
    }

    @Test func nestedAndUnbalancedMarksDoNotConfuse() throws {
        let document = try analyze("""
            نص

            وقال الرئيس: «إن ما يسمى "الحل المؤقت" لن ينجح أبداً في هذه المرحلة». ثم » أضاف « كلاماً " غير مفهوم.
            """)
        let quoted = document.quotes.filter { $0.kind == .direct }
        #expect(quoted.first.map { document[$0.span].hasPrefix("إن ما يسمى") } == true)
        #expect(!quoted.contains { document[$0.span] == "الحل المؤقت" })
    }

    @Test func institutionsTheTaggerDoesNotNameWholeSpeak() throws {
        let document = try analyze("""
            انتقالات

            وذكرت مجلة «كرة العالم» الفرنسية، أن المدافع يقترب من النادي. وقالت وزارة الشؤون البلدية في بيان لها إن الطرق ستفتح غدا. ثم قال المدرب إن الفريق جاهز.
            """)
        let speakers = document.quotes.map { $0.speaker?.canonical }
        #expect(speakers.first == "مجلة كرة العالم")
        #expect(speakers.dropFirst().first == "وزارة الشؤون البلدية")
    }

    @Test func aSourceRecalledByItsNounIsTheNearestOneIntroduced() throws {
        let document = try analyze("""
            مواجهات

            وكشفت مصادر أمنية أن الهجوم وقع فجرا. من جهة أخرى أكدت مصادر داخل الحزب سقوط قتيلين في المواجهات.

            وأضافت المصادر أن الحزب يخفي خسائره.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مصادر أمنية", "مصادر داخل الحزب"])
    }

    @Test func anIndefiniteSourceIsANewOne() throws {
        let document = try analyze("""
            افتتاح

            وقال مصدر دبلوماسي غربي إن الوفود ستصل مساء الأحد. وكشف مصدر حكومي عن أن الرئيس سيعلن خطة جديدة.

            وأوضح المصدر أن الخطة تشمل ثلاث مراحل.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مصدر دبلوماسي غربي", "مصدر حكومي", "مصدر حكومي"])
    }

    @Test func aSubjectlessVerbSpeaksForTheOneWhoActedInTheSentenceBefore() throws {
        let document = try analyze("""
            قمة

            التقى الرئيس عبد الفتاح السيسي في القاهرة الرئيس اليمني عبد ربه منصور هادي. وقال هادي إن الحل السياسي ممكن.

            من جانبه جدد السيسي دعم بلاده للحكومة الشرعية.

            وشدد على أن أمن الخليج جزء من أمن مصر.
            """)
        #expect(document.quotes.last?.speaker?.canonical == "عبد الفتاح السيسي")
    }

    @Test func aDescribedSubjectBeforeItsVerbSpeaksButNotAcrossAComma() throws {
        let document = try analyze("""
            هجوم

            وقال وزير الداخلية سامي العلي إن الهجوم استهدف نقطة تفتيش. وكان مصدر أمني أشار إلى أن المهاجمين فروا. وحول تفاصيل الدراسة، بين أنها تشمل كل المناطق.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سامي العلي", "مصدر أمني", "مصدر أمني"])
    }

    @Test func aNameTheTaggerMissedAfterALongDescriptionSpeaksAndIsCalledAgainBySurname() throws {
        let document = try analyze("""
            قوافل

            وأوضح المتحدث الرسمي لمركز الأمير فهد للأبحاث الزراعية والبيئية سامر الحريزي، أن القوافل انطلقت أمس، حيث واصل "مركز الأمير فهد للأبحاث الزراعية" أعماله في المنطقة. كما أشاد الحريزي بتعاون الأهالي، وأبان أن التوزيع سيستمر شهرا. وأكد الحريزي أن الفرق جاهزة.
            """)
        #expect(document.quotes.count == 3, "found: \(document.quotes.map { document[$0.span] })")
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "سامر الحريزي" })
        #expect(document.quotes.first?.speaker?.role.map { String(document[$0]) } == "المتحدث الرسمي لمركز الأمير فهد للأبحاث الزراعية والبيئية")
    }

    @Test func anOfficeThenATitledNameInApposition() throws {
        let document = try analyze("""
            تطعيم

            أكد مدير التعليم بالمنطقة، الدكتور ناصر الجهيمي، أن الحملة ستشمل جميع المدارس.
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "ناصر الجهيمي")
        #expect(speaker.role.map { String(document[$0]) } == "مدير التعليم بالمنطقة")
    }

    @Test func anOrganisationInAPersonsOfficeIsNotThatPerson() throws {
        let document = try analyze("""
            سياحة

            قال رئيس المنظمة العربية للسياحة الدكتور بندر الفهيد إن الملتقى يعقد غدا. وتوقعت المنظمة أن يزيد عدد السياح.
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.first?.speaker?.canonical == "بندر الفهيد")
        #expect(document.quotes.last?.speaker?.canonical.hasPrefix("المنظمة العربية") == true)
    }

    @Test func titlesOfSessionsWithNoCueNearAreNotStatements() throws {
        let document = try analyze("""
            منتدى

            ويتناول المنتدى محاور عدة، منها «آفاق التعاون التجاري بين دول المنطقة» و«تمويل المشروعات الناشئة في المدن الصغيرة». وقال رئيس المنتدى: «نريد شراكات حقيقية تخدم الشباب».
            """)
        #expect(document.quotes.map { String(document[$0.span]) } == ["نريد شراكات حقيقية تخدم الشباب"])
    }

    @Test func aPhraseCitingARuleIsNoSource() throws {
        let document = try analyze("""
            إغاثة

            ووفقاً للتوجيهات الكريمة فإن المركز سيواصل عمله في المحافظات. وبحسب وزارة الصحة فإن عدد المصابين بلغ عشرة.

            ووفق شروطها المعلنة فإن الوظيفة للرجال فقط. وبحسب قوانين الموقع فإن المبلغ يجمع كاملا. \
            ويعاقب كل موظف يخالف هذه التعليمات وفقا للجزاءات المقررة نظاما.
            """)
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.speaker?.canonical == "وزارة الصحة")
    }

    @Test func aQuotedNameAfterTheVerbSpeaksAndIsRecalledByItsHead() throws {
        let document = try analyze("""
            قصف

            في حين أعلن «مرصد أنباء الساحل» المعارض، أن القصف استمر ثلاثة أيام. وقال المرصد إن الأهالي نزحوا من القرى.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مرصد أنباء الساحل", "مرصد أنباء الساحل"])
    }

    @Test func aPersonAfterALongOfficeSpeaks() throws {
        let document = try analyze("""
            تراث

            من جهته، شدد مدير عام الهيئة العامة للسياحة والتراث الوطني أمين عام مجلس التنمية السياحية بمنطقة عسير المهندس محمد العمرة أن المواقع ستفتح للزوار.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "محمد العمرة")
    }

    @Test func whatFillsTheSubjectsPlaceBeforeAnSpeaks() throws {
        let document = try analyze("""
            عنوان

            قال مسؤولو صحة في مدينة بعيدة، أمس السبت، إن المرض انتشر في ثلاثة أحياء. ويقول التجار إن الأسعار سترتفع قريبا.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مسؤولو صحة في مدينة بعيدة", "التجار"])
        // Beyond eight words, the noun and its adjectives.
        let long = try analyze("""
            عنوان

            كشف عمال مصريون وصلوا إلى المدينة قبل أسابيع قليلة بحثا عن العمل في المصانع، أن الشركة لم تدفع أجورهم.
            """)
        #expect(long.quotes.map { $0.speaker?.canonical } == ["عمال مصريون"])
        // An honorific stands for the one just named; a person after the subject is the object.
        let inherited = try analyze("""
            عنوان

            أكد الأمير فيصل بن خالد أن المشروع سيكتمل هذا العام. وأوضح سموه أن العمل بدأ. ووصف الزوار سعد العتيبي في الحفل بأنه أفضل مشرف.
            """)
        #expect(inherited.quotes.map { $0.speaker?.canonical } == ["فيصل بن خالد", "فيصل بن خالد", "الزوار"])
    }

    @Test func aNameEndingTheClauseBeforeAndAndAVerbIsNotItsSubject() throws {
        let document = try analyze("""
            عنوان

            أكدت منى الحربي أن الرحلة ستنطلق في موعدها إلى مدينة لندن، وقالت: «الطائرة جاهزة».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["منى الحربي", "منى الحربي"])
    }

    @Test func aDocumentSpeaksForTheBodyThatIssuedIt() throws {
        let document = try analyze("""
            عنوان

            نشرت الصحف أمس التقرير السنوي الصادر عن وزارة الصحة في الرياض. وأكد التقرير أن الخدمات تحسنت. وذكرت دراسة حديثة أن النوم يقوي الذاكرة.
            """)
        // With no issuer named, the document itself speaks.
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وزارة الصحة", "دراسة حديثة"])
    }

    @Test func anUnnamedPersonInTheSentenceSpeaksBeforeAnInstitution() throws {
        let document = try analyze("عنوان\n\nوفي حديث لصحيفة الوطن، روى أحد السكان ما حدث قائلا: «سمعنا انفجارا قويا».")
        #expect(document.entities.contains { $0.kind == .organisation }, "the premise: the newspaper is a name")
        #expect(document.quotes.map { $0.speaker?.canonical } == ["السكان"])
    }

    @Test func aDatelineDoesNotSpeak() throws {
        let document = try analyze("""
            عنوان

            سبق- الرياض: طالب أهالي القرية بسفلتة الطريق، وقالوا إنهم ينتظرون منذ سنوات.
            """)
        #expect(document.entities.contains { document[$0.span] == "سبق" && $0.kind == .organisation }, "the premise: the byline is read as a name")
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.speaker?.canonical != "سبق")
    }

    @Test func aSecondOfficeAfterACommaLeadsToTheName() throws {
        let document = try analyze("""
            عنوان

            وأوضح رئيس النادي الأدبي بجدة، المنسق العام للمسابقة الدكتور عبدالرحمن الزهراني، أن المشاركين خضعوا للاختبارات.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "عبدالرحمن الزهراني")
    }

    @Test func wordsInParenthesesAfterACueAreQuoted() throws {
        let document = try analyze("""
            حكمة

            فقال الشيخ قولته المعروفة، (العمل الصالح يبقى بعد صاحبه). ونقلت وكالة الأنباء (واس) الخبر أمس. ونشر الزوج إعلانا معلناً اعتذاره قائلاً (أعتذر لك يا زوجتي العزيزة).
            """)
        #expect(document.quotes.map { String(document[$0.span]) } == ["العمل الصالح يبقى بعد صاحبه", "أعتذر لك يا زوجتي العزيزة"])
        #expect(document.quotes.first?.kind == .direct)
    }

    @Test func anUnnamedOfficialSpeaksBeforeTheNewspaperHeTalksTo() throws {
        // مسؤول is spelt with a hamza that matching folds (مسوول): the list must match it.
        let document = try analyze("""
            شكوى

            ويروي المسؤول لـ"الوطن" القصة، قال: "ذهبت مع زوجتي إلى المستوصف صباحا".

            وذكر المسؤول: بعدها قدمنا شكوى رسمية إلى الإدارة.
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "المسؤول" }, "\(document.quotes.map { $0.speaker?.canonical })")
    }

    @Test func aBankReferredToIsTheLastBankNamed() throws {
        let document = try analyze("""
            الاقتصاد الألماني

            وتوقع بنك كومرتس الألماني نموا بطيئا. وكان البنك المركزي الأوروبي رصد انتعاشا في الربيع. وأوضح البنك أن الطلب الداخلي ارتفع.
            """)
        let quote = try #require(document.quotes.last)
        #expect(quote.speaker?.canonical == "البنك المركزي الأوروبي")
    }

    @Test func noSubjectWhereAClauseOpens() throws {
        // After the verb: a relative word or a pronoun opens a clause; before it, a name joined
        // to another by و is not the subject alone.
        let document = try analyze("""
            العلاقات

            وأشار السفير أحمد الفاضل إلى أن قراري الرئيسين البشير والسيسي يؤكدان بما لا يدع مجالا للشك أن العلاقات قوية. وبعد التحقيق صرح بحقائق مؤلمة وهي أن الموظف غادر البلاد.
            """)
        #expect(document.quotes.count == 3)
        let speakers = document.quotes.map { $0.speaker?.canonical }
        #expect(!speakers.contains("السيسي") && !speakers.contains("بما لا يدع مجالا للشك") && !speakers.contains("بحقائق مؤلمة وهي"), "\(speakers)")
        #expect(speakers.allSatisfy { $0 == "أحمد الفاضل" }, "\(speakers)")
    }

    @Test func anAmbiguousWordRightAfterACueIsNoCue() throws {
        // عبر is "expressed" only sometimes; after أكدت it is "via".
        let document = try analyze("""
            الجماهير

            وفرحت جماهير النادي بالصفقة، وأكدت عبر شبكات التواصل الاجتماعي أن اللاعب سيكون إضافة للفريق.
            """)
        let quote = try #require(document.quotes.first)
        #expect(quote.cue.map { String(document[$0]) } == "أكدت")
    }

    @Test func aDescribedSpeakerIsThePersonTheArticleNamesLater() throws {
        // By the same title later, or by the next verb of the sentence; a time word after the
        // title's phrase is not part of it.
        let document = try analyze("""
            البرلمان

            وأدان نائب عن المنطقة في البرلمان الحادثة ووصفها بأنها «عمل إجرامي». وقال النائب سالم الحربي إن التحقيق سيبدأ قريبا.

            وأعلنت رئيسة اتحاد الصحافيين الثلاثاء أن ثلاثة صحافيين فقدوا، وقالت هالة الصالح إن الاتصال انقطع بهم.
            """)
        let speakers = document.quotes.map { $0.speaker?.canonical }
        #expect(speakers == ["سالم الحربي", "سالم الحربي", "هالة الصالح", "هالة الصالح"], "\(speakers)")
        let unnamed = try analyze("الصحافيون\n\nوأعلنت رئيسة اتحاد الصحافيين الثلاثاء أن ثلاثة صحافيين فقدوا في المنطقة.")
        #expect(unnamed.quotes.first?.speaker?.canonical == "رئيسة اتحاد الصحافيين")
    }

    @Test func anOfficeNamedByItsPlaceIsThePersonWhoHoldsIt() throws {
        let document = try analyze("""
            المترو

            وافتتح أمير منطقة مكة المكرمة الأمير خالد الفيصل المشروع أمس. وبين أمير مكة أن المشروع يتكون من ثلاثة خطوط.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "خالد الفيصل")
        let alone = try analyze("المترو\n\nوبين أمير مكة أن المشروع يتكون من ثلاثة خطوط.")
        #expect(alone.quotes.first?.speaker?.canonical == "أمير مكة")
    }

    @Test func aNameAfterANationalityInAppositionToAnOfficeSpeaks() throws {
        let speaker = try #require(try firstSpeaker(of: "المحادثات\n\nوقال الأمين العام للحلف، النرويجي ينس شتولتنبرغ في ختام الاجتماع، أن «كل الحلفاء متضامنون»."))
        #expect(speaker.name == "ينس شتولتنبرغ")
        #expect(speaker.role == "الأمين العام للحلف")
    }

    @Test func aVerbWithoutSubjectSpeaksForThePersonTheSentenceBeforeIntroduced() throws {
        // أبرز after أحد is "the most prominent", no verb, and لا سيما أن opens no statement.
        let document = try analyze("""
            التزلج

            وأعرب وزير السياحة اللبناني ميشال فرعون في تصريح للوكالة عن سعادته بافتتاح الموسم. \
            وأشار إلى أن موسم التزلج يعد أحد أبرز المواسم لا سيما أن الثلج رمز البلاد، مبينا أن السياح يأتون من الخليج.
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["ميشال فرعون", "ميشال فرعون"])
    }

    @Test func saidNotIsAStatementButNotLessThanIsNone() throws {
        let document = try analyze("""
            الحادث

            ولم يقل متحدث باسم شرطة المدينة إن الحادث عمل إرهابي. وبلغ عدد الزوار ما لا يقل عن خمسين ألفا، وأكد المدير أن العدد سيزيد.
            """)
        #expect(document.quotes.map { document[$0.span] } == ["إن الحادث عمل إرهابي", "أن العدد سيزيد"])
        #expect(document.quotes.first?.speaker?.canonical == "متحدث باسم شرطة المدينة")
    }

    @Test func aReportedClauseEndsWhereTheNextVerbOpensAQuotation() throws {
        let document = try analyze("""
            المنتخب

            من جهته أكد رئيس البعثة سالم الحربي أن المعسكر يسير كما خطط له وقال: "نتمنى أن يحالفنا التوفيق".
            """)
        #expect(document.quotes.map { document[$0.span] } == ["أن المعسكر يسير كما خطط له", "نتمنى أن يحالفنا التوفيق"])
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "سالم الحربي" })
    }

    @Test func anOfficeThenANameInQuotationMarksAndAnOpeningTitledSubject() throws {
        let document = try analyze("""
            سوسيا

            صرح منسق الشؤون الإنسانية في الأراضي المحتلة، «روبرت بايبر» أن المجتمع الدولي لن يصمت. \
            ونوه وزير الخارجية بالاجتماع بين الرئيس خالد العمري والوفد، مؤكدا أن الاجتماع كان مثمرا.
            """)
        let speakers = document.quotes.map { $0.speaker }
        #expect(speakers.first??.canonical == "روبرت بايبر")
        #expect(speakers.first??.role.map { document[$0] } == "منسق الشؤون الإنسانية في الأراضي المحتلة")
        #expect(speakers.last??.canonical == "وزير الخارجية")
    }

    @Test func aNameBetweenTwoTitlesSpeaksAndTheSecondIsTheRole() throws {
        let document = try analyze("""
            الغذاء

            وقالت الباحثة كارول ديربي أستاذة علم الأعصاب في كلية الطب، أن الغذاء الصحي يحمي الدماغ. \
            وتصف الصحيفة نفسها على صفحتها الأولى بأنها «صحيفة اقتصادية عالمية». وقال الوزير السابق إن الخطة فشلت.
            """)
        let speakers = document.quotes.map { $0.speaker }
        #expect(speakers.map { $0?.canonical } == ["كارول ديربي", "الصحيفة", "الوزير السابق"])
        #expect(speakers.first??.role.map { document[$0] } == "أستاذة علم الأعصاب في كلية الطب")
    }

    @Test func anUnnamedOfficialWhoAskedNotToBeNamedSpeaksBeforeTheVerb() throws {
        let document = try analyze("""
            المواجهة

            وقالت البعثة في بيان إن المسلحين قتلوا. إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «نعتقد أن بعض القتلى مدنيون». \
            وقال متعاملون بالسوق إن الطلب ضعيف.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["البعثة", "مسؤولاً محلياً", "متعاملون"])
    }

    @Test func anAmbiguousCueReachesFurtherWhenASpeakerFollowsIt() throws {
        // صرح is also "edifice": it must be followed by أن, here after a long subject.
        let document = try analyze("البطاقات\n\nوصرح عضو لجنة التسويق بالنادي عبدالله بترجي أن النادي يستعد لإصدار البطاقات الموسمية.")
        #expect(document.quotes.map { document[$0.span] } == ["أن النادي يستعد لإصدار البطاقات الموسمية"])
    }

    @Test func aClosingGuillemetAfterAColonOpensAQuotation() throws {
        let document = try analyze("البلدة\n\nوقال القائد سالم الحربي :»لقد سيطرنا على البلدة وقواتنا تبحث عن متفجرات«. وكانت المعارك عنيفة.")
        #expect(document.quotes.map { document[$0.span] } == ["لقد سيطرنا على البلدة وقواتنا تبحث عن متفجرات"])
        #expect(document.quotes.first?.kind == .direct)
    }

    @Test func anAfterBeforeOrAlsoOpensNoStatement() throws {
        let document = try analyze("""
            المحادثات

            وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة. وأكد المتحدث الارتفاع قبل أن يقلص السهم مكاسبه.
            """)
        #expect(document.quotes.map { document[$0.span] } == ["إن المحادثات كانت مثمرة"])
    }

    @Test func theAuthorIsThePersonWhoseBookTheArticleNamed() throws {
        let document = try analyze("""
            الشاعر

            صدر حديثا كتاب سالم العنزي عن حياة الشاعر وأسفاره. وقد ذكر المؤلف أن الشاعر بدأ قول الشعر صغيرا.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "سالم العنزي")
    }

    @Test func ayatollahIsATitleBeforeTheName() throws {
        // The tagger reads آية الله as a name of its own, or as the start of the cleric's name.
        let speaker = try #require(try firstSpeaker(of: "إيران\n\nوقال آية الله علي خامنئي إن الاتفاق لن يغير سياسة إيران."))
        #expect(speaker.name == "علي خامنئي")
        #expect(speaker.role == "آية الله")
    }

    @Test func theWebsiteReferredBackSpeaksForTheClubThatOwnsIt() throws {
        let document = try analyze("الهلال\n\nنشر الموقع الرسمي لنادي الهلال صورا من المعسكر. وقال الموقع: \"يواصل الفريق تدريباته استعدادا للموسم الجديد\".")
        #expect(document.quotes.first?.speaker?.canonical == "نادي الهلال")
    }

    @Test func aStudySpeaksForTheCentreThatPreparedIt() throws {
        let document = try analyze("الدراسة\n\nأحصت دراسة أعدها مركز الخليج للأبحاث مئة موقف. وقالت الدراسة إن المواقف تزايدت.")
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "مركز الخليج للأبحاث")
        #expect(speaker.kind == .organisation)
    }

    @Test func aSurnameInQuotationMarksBeforeTheQuotationIsItsSpeaker() throws {
        let document = try analyze("""
            اللجنة

            عقدت اللجنة اجتماعها الأول برئاسة الدكتور سعد المزروع والمحامي خالد الحمام. وفي نهاية الاجتماع أضاف "المزروع"؛ "اللجنة مستقلة في قراراتها كلها".
            """)
        #expect(document.quotes.map { document[$0.span] } == ["اللجنة مستقلة في قراراتها كلها"])
        #expect(document.quotes.last?.speaker?.canonical == "سعد المزروع")
    }

    @Test func aContinuationThatNamesAPersonNamesTheDescribedSpeaker() throws {
        // The medium the statement was made to is not part of the description either.
        let document = try analyze("""
            المحكمة

            وأوضح النائب العام للدولة لوكالة الأنباء الوطنية أن المتهمين من عدة جنسيات. وأضاف سالم الكعبي أن التحقيق ما زال مستمرا.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سالم الكعبي", "سالم الكعبي"])
        let unnamed = try analyze("المحكمة\n\nوأوضح النائب العام للدولة لوكالة الأنباء الوطنية أن المتهمين من عدة جنسيات.")
        #expect(unnamed.quotes.first?.speaker?.canonical == "النائب العام للدولة")
    }

    @Test func aRankTheTaggerReadsAsANameIsATitle() throws {
        // The tagger reads الليفتنانت alone as a person here; the rank introduces the speaker.
        let document = try analyze("قضية\n\nوقالت الليفتنانت كولونيل فاليري ميلر إن الوزارة أوقفت الشبكة عن العمل.")
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical.hasSuffix("فاليري ميلر"), "\(speaker.canonical)")
    }

    @Test func aContinuationAfterAQuotationOpensTheNextOne() throws {
        let document = try analyze("""
            المخطوطة

            وقالت الجامعة إنها ستعرض المخطوطة في أكتوبر، وقال مدير المكتبة سامي الحربي "إنه يتوقع أن تجتذب الزوار من كل مكان"، وتابع "كل الباحثين يحبون رؤيتها".
            """)
        let speakers = document.quotes.map { $0.speaker?.canonical }
        #expect(speakers.count == 3)
        #expect(speakers.dropFirst().allSatisfy { $0 == "سامي الحربي" }, "\(speakers)")
    }

    @Test func anAmbiguousVerbThatOpensItsSentenceIntroducesAQuotation() throws {
        // صرح is also "edifice"; at the head of its sentence it is the verb, and the quotation of
        // ten words after its subject is a statement.
        let document = try analyze("""
            البورصة

            وصرح رئيس هيئة السوق المالية فهد المبارك لإذاعة محلية "التراجع متوقع بعد أسابيع من الإغلاق، والمستثمرون سيعودون قريبا".
            """)
        #expect(document.quotes.count == 1)
        #expect(document.quotes.first?.speaker?.canonical == "فهد المبارك")
    }

    @Test func anAmbiguousVerbWhoseAnOpensTheQuotationIsItsCue() throws {
        // صرح is also "edifice"; with بأن right before the quotation it is the cue, not the
        // earlier على لسان.
        let document = try analyze("""
            التفتيش

            يناقض ذلك ما تقوله الحكومة على لسان رئيسها، فقد صرح المستشار بأن "البلاد لن تسمح بتفتيش مواقعها".
            """)
        let quote = try #require(document.quotes.first)
        #expect(quote.cue.map { String(document[$0]) } == "صرح")
    }

    @Test func aLineBrokenAfterARelativePronounGoesOnWithItsAntecedent() throws {
        let document = try analyze("""
            الصفقة

            وعقد النادي مؤتمرا صحافيا بحضور نائب الرئيس فهد الراشد الذي

            رحب باللاعبين وقال: "نحن سعداء بوجودكما في الفريق هذا الموسم".
            """)
        let quote = try #require(document.quotes.first)
        #expect(quote.speaker?.canonical == "فهد الراشد")
    }

    @Test func aQuotationAloneInItsParagraphIsSaidByThePersonBelowIt() throws {
        let document = try analyze("""
            قالوا

            * «سنواصل دعم الحوار بين الأطراف حتى نصل إلى اتفاق».

            وزير الخارجية سامر الحداد في مؤتمر صحافي أمس.

            * «الأسعار ستبقى مستقرة حتى نهاية العام».

            محافظ البنك المركزي ليلى العثمان في تصريح للتلفزيون.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سامر الحداد", "ليلى العثمان"])
    }

    @Test func aNameBeginningWithLamIsNoRecipient() throws {
        // لجنة is not ل + جنة: the committee speaks, not the one named before.
        let document = try analyze("""
            الانتخابات

            وحث الوزير سامر الحداد الأحزاب على الحوار.

            وقالت لجنة الانتخابات في البلاد الجمعة إن نسبة المشاركة بلغت ستين في المئة.
            """)
        let speaker = try #require(document.quotes.last?.speaker)
        #expect(speaker.canonical == "لجنة الانتخابات")
    }

    @Test func theRelativePronounsAntecedentMayBeAnUnnamedSpeaker() throws {
        let document = try analyze("""
            المناخ

            وأيد الوزير سامر الحداد موقف العلماء الذين يقولون إن تغير المناخ من صنع البشر.
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "العلماء")
    }

    @Test func aTitlesTalkIsNoName() throws {
        let document = try analyze("""
            الموسم

            وصل الفريق إلى المعسكر أمس، حيث بدأ اللاعب حديثه قائلا: أنا سعيد بالعودة إلى التدريبات مع زملائي.
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "اللاعب")
    }

    @Test func aDocumentNotIntroducedIsTheInstitutionThatJustSpoke() throws {
        let document = try analyze("""
            المعدات

            قالت وزارة الدفاع إن المعدات وصلت إلى القاعدة الجوية. وأوضح البيان أن التسليم تم على ثلاث دفعات.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وزارة الدفاع", "وزارة الدفاع"])
    }

    @Test func aSpokespersonIsThePersonWhoSpeaksInTheNextSentence() throws {
        let document = try analyze("قضية\n\nقالت متحدثة باسم وزارة الدفاع إن الشبكة أوقفت عن العمل. وقالت الليفتنانت كولونيل فاليري ميلر إن الوزارة تحقق في الأمر.")
        let speakers = document.quotes.map { $0.speaker?.canonical ?? "" }
        #expect(speakers.count == 2)
        #expect(speakers.allSatisfy { $0.hasSuffix("فاليري ميلر") }, "\(speakers)")
    }

    @Test func aTitleReferredToIsThePersonItIntroducedEarlier() throws {
        // وكيل begins with the letter و; the title introduced a person a sentence before.
        let document = try analyze("""
            زيارة

            استقبل الأمير أمس وكيل إمارة المنطقة عبدالله بن سعد الحربي الذي يزور المحافظة.

            وأوضح وكيل إمارة المنطقة، أن المحافظة جميلة.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "عبدالله بن سعد الحربي")
    }

    @Test func theVerbsPrepositionIsNoPartOfItsSubject() throws {
        let document = try analyze("المشاريع\n\nوأوضح المهندس كمال القبلي أن المشاريع متأخرة. ولفت القبلي إلى أن غياب الإجراءات يؤخر التنفيذ.")
        // The surname alone is the person named in full before; its mention ends before إلى.
        #expect(document.quotes.map { $0.speaker?.canonical } == ["كمال القبلي", "كمال القبلي"])
        #expect(document.quotes.last?.speaker.map { document[$0.span] } == "القبلي")
    }

    @Test func anOfficeInAppositionIsItsHolderWhenReferredTo() throws {
        // The honorific سمو before the title is skipped; the title refers to the person whose
        // office it was in apposition.
        let document = try analyze("""
            إدانة

            أدان الأمير سالم بن فهد الرئيس العام لرعاية الشباب الهجوم على المسجد. وأضاف سمو رئيس رعاية الشباب: «هذا العمل الجبان لن يرهب رجال الأمن».
            """)
        #expect(document.quotes.first?.speaker?.canonical == "سالم بن فهد")
    }

    @Test func aPersonAndHisOfficeBeforeTheVerbSpeak() throws {
        let document = try analyze("""
            الشورى

            الدكتور سامي العتيبي عضو مجلس الشورى قال: إن هذه الجريمة لن تمر دون عقاب.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "سامي العتيبي")
    }

    @Test func aSurnameThatIsAlsoATitleIsThePerson() throws {
        let document = try analyze("""
            الاقتصاد

            ويرى الدكتور سعيد الشيخ وهو الاقتصادي البارز أن الإنفاق سيتراجع.

            ولفت الشيخ إلى زيادة معدل النقود على الناتج المحلي يعني أن الريال يدور أسرع.
            """)
        #expect(document.quotes.last?.speaker?.canonical == "سعيد الشيخ")
    }

    @Test func aWebsiteSpeaksForItsOwner() throws {
        let document = try analyze("""
            المباراة

            نشر الموقع الإلكتروني لنادي ليدز يونايتد الإنجليزي تفاصيل المباراة الودية. وذكر الموقع أن التذاكر ستطرح للبيع يوم الأحد.
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical.contains("ليدز يونايتد"), "\(speaker.canonical)")
    }

    @Test func viaAfterTheVerbAndItsSubjectIsNoCue() throws {
        // عبر is "via" here: the statement is the agency's, cued by أضافت.
        let document = try analyze("""
            المسبار

            قالت وكالة الفضاء الأوروبية إن المسبار وصل إلى مداره. وأضافت الوكالة عبر موقعها الرسمي، أن الصور الأولى ستنشر غدا.
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.last.map { document[$0.cue!] } == "أضافت")
        #expect(document.quotes.last?.speaker?.canonical == "وكالة الفضاء الأوروبية")
    }

    @Test func anAbbreviatedTitleBeforeTheNameAndAnOfficeWithoutAComma() throws {
        let speaker = try #require(try firstSpeaker(of: """
            المستشفى

            وقال د. ماجد الشهري مدير المستشفى الجامعي "سنفتتح الجناح الجديد في الشهر المقبل".
            """))
        #expect(speaker.name == "ماجد الشهري")
        #expect(speaker.role == "مدير المستشفى الجامعي")
    }

    @Test func whileAnotherSpeakerSaysEndsTheFirstStatement() throws {
        let document = try analyze("""
            الطقس

            أكد المتحدث باسم الدفاع المدني سالم المطيري أن الأمطار توقفت، فيما أشارت مصادر محلية إلى أن السيول ما زالت تغلق الطرق.
            """)
        #expect(document.quotes.map { String(document[$0.span]) } == ["أن الأمطار توقفت", "أن السيول ما زالت تغلق الطرق"])
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سالم المطيري", "مصادر محلية"])
        // The second speaker may stand between the conjunction and the verb.
        let contrasted = try analyze("""
            الأرقام

            وقال الوزير سالم المطيري إن الحوادث تراجعت، ولكن الجمعية الوطنية تقول إن الأرقام غير دقيقة.
            """)
        #expect(contrasted.quotes.map { String(contrasted[$0.span]) } == ["إن الحوادث تراجعت", "إن الأرقام غير دقيقة"])
    }

    @Test func aLongOfficeRepeatedWithoutTheNameIsItsHolder() throws {
        // The office runs nine words before the name it introduces; repeated alone later, it is her.
        let document = try analyze("""
            الإغاثة

            وصلت عضو اللجنة الوطنية لإغاثة المتضررين من السيول في المحافظات الجنوبية الدكتورة نورة العبدلي إلى المدينة أمس. واعتبرت عضو اللجنة الوطنية لإغاثة المتضررين أن المساعدات غير كافية.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "نورة العبدلي")
    }

    @Test func aSurnameTheTaggerMissedIsThePersonNamedInFull() throws {
        // Another speaker comes between; the surname, untagged here, still names the first.
        let document = try analyze("""
            الصيد

            وقال الصياد الأمريكي توماس بالمر إنه لم يخالف القانون. وأوضح الدليل المحلي ماتيو بانغا أن الرحلة بدأت ليلا. وقال بالمر إنه دفع مبلغا كبيرا في الرحلة.
            """)
        #expect(document.quotes.count == 3)
        #expect(document.quotes.last?.speaker?.canonical == "توماس بالمر")
    }

    @Test func aDocumentSpeaksForWhoeverIssuedItBeforeIt() throws {
        let speaker = try #require(try firstSpeaker(of: """
            الحادث

            وفي وقت لاحق، أصدرت هيئة الطيران المدني بيانًا أوضحت فيه أن الطائرة هبطت بسلام.
            """))
        #expect(speaker.name == "هيئة الطيران المدني")
    }

    @Test func aSubjectlessVerbTakesThePersonActingInTheSentenceBefore() throws {
        // A phrase of place comes before the verb and its subject; the earlier speaker is not him.
        let document = try analyze("""
            الفنادق

            وقال المدير العام سالم الحربي إن الطلب على الفنادق يتزايد.

            وفي المدينة المنورة أنشأ المستثمر فهد العتيق فندقا على الطريق السريع.

            وقال إنه حصل على الترخيص خلال يوم واحد.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سالم الحربي", "فهد العتيق"])
    }

    @Test func theFirstStatementWithoutASubjectIsTheLeadsActor() throws {
        // The lead names him after the medium spoken to; two sentences without a statement follow.
        let speaker = try #require(try firstSpeaker(of: """
            تصحيح الأوضاع

            كشف لـ«الوطن» مدير الجوازات بالمنطقة اللواء سعد بن محمد القحطاني عن إنجاز ثلاثة آلاف معاملة.
            وأشار إلى جاهزية المراكز لاستقبال المراجعين.
            وأشاد بتعاون الجهات الأمنية.
            وبين أن الإجراءات بسيطة وتنتهي خلال دقائق.
            """))
        #expect(speaker.name == "سعد بن محمد القحطاني")
    }

    @Test func anHonorificPronounAndACondolenceToAKingKeepTheSpeaker() throws {
        // معاليه stands for the minister, though the ministry is named in the sentence; the king
        // condolences are sent to speaks no word.
        let document = try analyze("""
            إدانة

            أدان وزير الصحة الدكتور ماجد الفهيد الاعتداء على المستشفى. وقال معاليه إن الاعتداء جريمة.
            وأدان معاليه باسم منسوبي وزارة الصحة هذا العمل، مشيرا إلى أن الجناة سينالون عقابهم.
            ورفع وزير الصحة التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، داعيا أن يحفظ الله البلاد.
            """)
        #expect(document.quotes.count == 3)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "ماجد الفهيد" })
    }

    @Test func aSourceOpeningTheSentenceAttributesTheClauseAfterItsComma() throws {
        let document = try analyze("""
            التحديثات

            وحسب صحيفة "الأسواق"، ستطرح الشركة التحديث الجديد في الشهر المقبل.
            """)
        let quote = try #require(document.quotes.first)
        #expect(document[quote.span] == "ستطرح الشركة التحديث الجديد في الشهر المقبل")
        #expect(quote.speaker?.canonical == "صحيفة الأسواق")
    }

    @Test func studiesSpeakAndTheVerbsPrepositionIsNotTheirs() throws {
        let document = try analyze("""
            الصحة

            وقال الطبيب سالم الحربي إن النوم مهم. وأشارت دراسات حديثة إلى أن قلة النوم تضعف المناعة.
            """)
        #expect(document.quotes.last?.speaker?.canonical == "دراسات حديثة")
    }

    @Test func thePersonAccusedIsNoSpeaker() throws {
        let document = try analyze("""
            العلاقات

            وأكد السفير أحمد العتيبي أن العلاقات متينة. واتهم الرئيس السابق علي الأحمر، بأنه سبب ضياع البلاد.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["أحمد العتيبي", "أحمد العتيبي"])
    }

    @Test func theSameSourcesAreTheSourcesIntroducedBefore() throws {
        let document = try analyze("""
            اللوحات

            وعلمت الصحيفة من مصادر مطلعة أن الهيئة اعترضت على الإعلان. وطبقا للمصادر ذاتها، فإن الاعتراض استند إلى النظام.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مصادر مطلعة", "مصادر مطلعة"])
    }

    @Test func definiteSourcesAreTheOnesIntroducedWithTheirAdjective() throws {
        let document = try analyze("""
            الجبهة

            علمت «الوطن» من مصادر خاصة أن الجيش تقدم في المنطقة الشمالية. وأوضحت المصادر أن القوات سيطرت على التلال.

            أفاد شهود عيان أمس بمقتل عشرة مسلحين في انفجار سيارة. وقال الشهود إن بين القتلى قادة ميدانيين.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مصادر خاصة", "مصادر خاصة", "شهود عيان"])
    }

    @Test func aSubjectlessVerbTakesTheInstitutionOpeningTheSentenceBefore() throws {
        let document = try analyze("""
            المستشفى

            قال مدير المستشفى خالد الشمري إن الأقسام تعمل كالمعتاد. وأوضحت المديرية العامة للشؤون الصحية ملابسات وفاة مريض في المستشفى. وقالت في بيان أصدرته اليوم إن المريض وصل متأخرا.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد الشمري", "المديرية العامة للشؤون الصحية"])
    }

    @Test func aStatementFromAnOfficeSpeaksForTheOffice() throws {
        let document = try analyze("""
            المبعوث

            زار المبعوث الدولي دمشق أمس. وقال بيان من مكتب المبعوث الدولي إن المحادثات كانت مثمرة.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "مكتب المبعوث الدولي")
    }

    @Test func theTopicOfAmmaSpeaks() throws {
        let document = try analyze("""
            العيد

            قال محمد الفقيه إن العيد فرصة للقاء الأهل. أما وحيد البراق فيقول: إنه يقضي العيد في زيارة الأقارب.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["محمد الفقيه", "وحيد البراق"])
    }

    @Test func aBareBaynaOrAqibInsideAClauseIsThePrepositionNotAVerb() throws {
        let document = try analyze("""
            صنعاء

            أفادت مصادر «عكاظ» أن اشتباكات وقعت في العاصمة صنعاء بين أفراد يعتقد أنهم من المقاومة وجماعة الحوثيين، مبينة بأن هناك حالة غضب شعبي.
            """)
        #expect(document.quotes.map { $0.cue.map { String(document[$0]) } } == ["أفادت", "مبينة"])
        // A source named by the medium in quotation marks keeps it (مصادر «عكاظ»).
        #expect(document.quotes.last?.speaker?.canonical == "مصادر عكاظ")
        // عقب is "after" the same way.
        let after = try analyze("""
            الطائرة

            قال رئيس الوزراء الماليزي نجيب عبد الرزاق إن البحث مستمر.

            وأفاد عبد الرزاق في بيان الأسبوع الماضي عقب العثور على الحطام أن «السلطات الفرنسية ستنقل القطعة إلى تولوز».
            """)
        #expect(after.quotes.map { $0.cue.map { String(after[$0]) } } == ["قال", "أفاد"])
        #expect(after.quotes.last?.speaker?.canonical == "نجيب عبد الرزاق")
    }

    @Test func aVerbOfExpectationRightBeforeAnIsThePassive() throws {
        let document = try analyze("""
            السوق

            قال المحلل سامر الخطيب إن الأسعار سترتفع. ويتوقع أن يرتفع الطلب في الصيف، فيما تبين أن المخزون تراجع.

            وتوقع الخطيب أن تعود الأسعار إلى الاستقرار.
            """)
        // يُتوقع أن and تبيّن أن have no subject: nobody says it; with a subject, توقع is a cue.
        #expect(document.quotes.map { $0.cue.map { String(document[$0]) } } == ["قال", "توقع"])
        #expect(document.quotes.last?.speaker?.canonical == "سامر الخطيب")
    }

    @Test func wordsSaidAfterQalWithoutMarksOrAnAreAStatement() throws {
        let document = try analyze("""
            العلاقات

            التقى السفير سامي الفارس وزير الخارجية أمس. وقال الفارس العلاقات بين البلدين في أفضل حالاتها اليوم.

            وقال الوزير في كلمته خلال الحفل الذي أقيم مساء أمس في الرياض.
            """)
        // The second قال is followed by where it was said, not by what: no statement.
        #expect(document.quotes.map { String(document[$0.span]) } == ["العلاقات بين البلدين في أفضل حالاتها اليوم"])
        #expect(document.quotes.first?.speaker?.canonical == "سامي الفارس")
    }

    @Test func whoSpokeInTheSpeechJustNamedSpeaks() throws {
        let cases = [("وردت الحكومة بقلق على خطاب للرئيس سامي الفارس أمس قال فيه إن الاتفاق لن يغير شيئا.", "سامي الفارس"),
                     ("ونقلت الصحيفة تصريحات أدلى بها مسؤول أمني لإذاعة محلية قال فيها إن الحدود آمنة.", "مسؤول أمني"),
                     // No one named before the verb: the sentence's subject issued the statement.
                     ("وأصدرت وزارة الصحة بيانا قالت فيه إن الوضع مستقر.", "وزارة الصحة")]
        try expectOneStatement(each: cases)
    }

    @Test func aHintWrittenWithoutItsHamzaIsACue() throws {
        // لمح is ألمح as news often writes it; the phrase in commas tells how, not who.
        try expectOneStatement(each: [("لكن الرئيس سامي الفارس لمح، في تصريحات منفصلة، إلى أن الحكومة قد تستقيل.", "سامي الفارس")])
    }

    @Test func aDocumentSpeaksForWhoeverSpokeInItOrIssuedIt() throws {
        let report = try analyze("""
            النفط

            وقال صندوق النقد الدولي في تقرير نشره أمس إن الأسعار ستتراجع. وتوقع التقرير أن يتباطأ النمو في المنطقة.
            """)
        #expect(report.quotes.map { $0.speaker?.canonical } == ["صندوق النقد الدولي", "صندوق النقد الدولي"])
        let rules = try analyze("""
            العهدة

            وأوضحت اللائحة التنفيذية للنظام الصادرة من وزارة المالية أن الموظف يتحمل قيمة العجز.
            """)
        #expect(rules.quotes.first?.speaker?.canonical == "وزارة المالية")
        // The organisation glued to ل after the document, named without the preposition.
        try expectOneStatement(each: [("وبحسب تقرير للأمم المتحدة فإن عدد اللاجئين ارتفع.", "الأمم المتحدة")])
    }

    @Test func aDescriptionAfterAPrepositionIsNoSubject() throws {
        let document = try analyze("""
            المطار

            قال المهندس سامي الفارس إن المطار سيفتح قريبا. وعن أهمية المشروع من الجانب الاقتصادي أكد أن الحركة التجارية ستنمو.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سامي الفارس", "سامي الفارس"])
    }

    @Test func aVerbInsideWhatWasSaidIsPartOfIt() throws {
        let document = try analyze("""
            الاقتصاد

            وقال الوزير سامي الفارس إن التقارير الأخيرة كشفت أن النمو تراجع، مؤكدا أن الحكومة ستتدخل.

            وأعلن النادي أن اللاعب وقع عقدا، إلا أن وكيل أعمال اللاعب أكد أن العقد لم يوقع بعد.
            """)
        // كشفت is the reports', inside the minister's words; إلا opens a clause of its own.
        #expect(document.quotes.map { String(document[$0.span]) } == ["إن التقارير الأخيرة كشفت أن النمو تراجع", "أن الحكومة ستتدخل",
                                                                      "أن اللاعب وقع عقدا", "أن العقد لم يوقع بعد"])
        #expect(document.quotes.prefix(2).allSatisfy { $0.speaker?.canonical == "سامي الفارس" })
        // A person quoted inside speaks for himself, and the participle after goes on with the
        // one who quoted him.
        let nested = try analyze("السياسة\n\nوقال الوزير سامي الفارس إن الرئيس خالد العمر أكد أن الحكومة مستقرة، مضيفا أن الانتخابات ستجرى في موعدها.")
        #expect(nested.quotes.map { $0.speaker?.canonical } == ["سامي الفارس", "خالد العمر", "سامي الفارس"])
    }

    @Test func aRoleWithWordsInQuotationMarksBeforeTheNameAndTheMediumAfterIt() throws {
        try expectOneStatement(each: [("وأوضح صاحب الفكرة “منشد الفرقة الشعبية” سامي الفارس لـ”عين اليوم” أن المشروع يستهدف مئة أسرة.", "سامي الفارس")])
    }

    @Test func aShortNameInBracketsStandsForTheOrganisation() throws {
        let document = try analyze("""
            الزراعة

            وقالت منظمة الأغذية والزراعة (فاو) إن المحصول تراجع. من جهة أخرى، أعلنت (الفاو) أمس أن المساعدات وصلت. وأكدت الفاو أن الأسعار ارتفعت.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == Array(repeating: "منظمة الأغذية والزراعة", count: 3))
    }

    @Test func aVerbInTheFutureInsideTheClauseEndsNothing() throws {
        // ستحدث is أحدث ("will bring about"), not a new speaker's تحدث; وسيقول opens a new clause.
        let document = try analyze("الإدارة\n\nوقال الوزير سامي الفارس إنها ستحدث الإدارة، وسيقول الرئيس خالد العمر إن الخطة فاشلة.")
        #expect(document.quotes.map { String(document[$0.span]) } == ["إنها ستحدث الإدارة", "إن الخطة فاشلة"])
    }

    @Test func aContinuationAfterASentenceOpenedByAnotherPersonIsTheirs() throws {
        let document = try analyze("""
            المهرجان

            وقالت رزان صالح إن الفعاليات مميزة. فيما أبدت منار الدوسري سعادتها بالمهرجان ومشاركة الأطفال فيه. وأضافت: «سعدنا بإتاحة الفرصة للجميع».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["رزان صالح", "منار الدوسري"])
    }

    @Test func theProphetSpeaksAndHisBlessingIsNoPartOfHisName() throws {
        let document = try analyze("""
            الصيام

            والأعمال المداوم عليها أحب إلى الله. قال رسول الله صلى الله عليه وسلم: (أحب الأعمال إلى الله أدومها وإن قل). وقال النبي صلى الله عليه وسلم: "الدين النصيحة".
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["رسول الله", "النبي"])
        // The parentheses after the cue and the blessing are quotation marks.
        let saying = try #require(document.quotes.first)
        #expect(document[saying.span] == "أحب الأعمال إلى الله أدومها وإن قل" && saying.kind == .direct)
    }

    @Test func aParticipleContinuesTheInstitutionOpeningItsSentence() throws {
        let document = try analyze("""
            المعرض

            افتتحت وزارة الإسكان المعرض أمس. وقال مدير المعرض شاهر السهلي إن الشركات جاهزة. واعتمدت اللجنة مواقع الأجنحة، مشيرا إلى أن الاختيار كان متوازنا. واختارت الوزارة موعد العمل اليومي، مؤكدة أن الكوادر جاهزة للعمل.
            """)
        // The masculine participle is not the committee's: it goes on with the last speaker.
        #expect(document.quotes.map { $0.speaker?.canonical } == ["شاهر السهلي", "شاهر السهلي", "وزارة الإسكان"])
    }

    @Test func aMinisterDescribedByNationalityIsTheMinisterOfThatCountry() throws {
        let document = try analyze("""
            إيران

            قال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض الاتفاق. وقال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد. وقال الوزير الإسرائيلي مشيرا إلى كيري «سمعت وزير الخارجية يزعم أن اتفاقا أفضل هو مجرد خيال».
            """)
        // The participle ends the title's phrase: Kerry is pointed at, not titled.
        #expect(document.quotes.map { $0.speaker?.canonical } == ["يوفال شتاينتز", "جون كيري", "يوفال شتاينتز"])
    }

    @Test func groupsSpeakAsPeople() throws {
        let document = try analyze("""
            الوسم

            وغرد سعوديون على الوسم قائلين إن القرار تأخر كثيرا.

            انتقد عدد من شباب الطائف غياب الحدائق. وقالوا إنهم يضطرون إلى السفر.
            """)
        // A demonym speaks as the people, not as the country it links to; a quantity with the
        // people it counts.
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سعوديون", "عدد من شباب الطائف"])
        // A union and a leadership speak as bodies, not as the minister named before them.
        let bodies = try analyze("الإصلاح\n\nوقال الوزير سامي الفارس إن الخطة ستحدث الإدارة لكن نقابات العمال تقول إنها ستفشل. وأكدت القيادة الفلسطينية أن الحوار مستمر.")
        #expect(bodies.quotes.map { $0.speaker?.canonical } == ["سامي الفارس", "نقابات العمال", "القيادة الفلسطينية"])
        // A witness, also a woman, speaks to the organisation, which does not speak.
        try expectOneStatement(each: [("وصرحت شاهدة لمنظمة العفو الدولية «كانوا يطلقون النار على الناس».", "شاهدة")])
    }

    @Test func aCueInTheFutureIsACue() throws {
        let document = try analyze("""
            البرنامج

            وستؤكد الوزارة أن البرنامج سيستمر. وسيقول المسؤولون: إن الميزانية كافية.
            """)
        #expect(document.quotes.map { $0.cue.map { String(document[$0]) } } == ["تؤكد", "يقول"])
        #expect(document.quotes.first?.speaker?.canonical == "الوزارة")
    }

    @Test func theAttentionDrawnIsNoSubject() throws {
        let document = try analyze("""
            المسرح

            قال المخرج أمين الزهراني إن العروض ناجحة. ولفت النظر إلى أن المسرحيات الرئيسية ستعرض مساء.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["أمين الزهراني", "أمين الزهراني"])
    }

    @Test func aVerbSpeaksThroughTheMediumItsWordsAreCitedFrom() throws {
        let document = try analyze("""
            العمال

            أعلنت وزارة العمل تعديل نظام نقل الخدمات. وأضافت الوزارة بحسب «عكاظ» إلى أنه في حالة المخالفة تعاقب المؤسسة.
            """)
        let statement = try #require(document.quotes.first)
        #expect(statement.cue.map { String(document[$0]) } == "أضافت")
        #expect(statement.speaker?.canonical == "وزارة العمل")
    }

    @Test func aPersonWithAnOfficeInAppositionBeforeTheVerbSpeaks() throws {
        let document = try analyze("""
            القناة

            عرض الموقع الرسمي لوزارة الدفاع المصرية فيديو لاستعدادات الجيش، ويظهر خلال الفيديو اللواء ناصر العاصي قائد الجيش الثالث الميداني يقول: «أنتم رجال المهمة الصعبة».
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "ناصر العاصي")
        #expect(speaker.role.map { String(document[$0]) } == "قائد الجيش الثالث الميداني")
    }

    @Test func aSubjectlessVerbTakesTheCountryOpeningTheSentenceBefore() throws {
        let document = try analyze("""
            الإعدام

            قال الناشط سعيد بوميدوحة إن الأرقام مرتفعة. واعترفت إيران رسميا بتنفيذ مئات الأحكام هذا العام. وقالت إن معظمها في قضايا مخدرات.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سعيد بوميدوحة", "إيران"])
    }

    @Test func aNameInQuotationMarksAfterADescriptionSpeaks() throws {
        let document = try analyze("""
            المرور

            وقال السفير سعد الحربي لـ"سبق": إن الطلاب ملتزمون بالأنظمة. وقال المبتعث إلى جامعة ملبورن "فيصل بن ناصر العمري" لـ"سبق": إنه لم يشاهد سوى حادثين.
            """)
        let speaker = try #require(document.quotes.last?.speaker)
        #expect(speaker.canonical == "فيصل بن ناصر العمري")
        #expect(speaker.role.map { String(document[$0]) } == "المبتعث إلى جامعة ملبورن")
    }

    @Test func anAssistantIsATitle() throws {
        let speaker = try #require(try firstSpeaker(of: """
            الزي

            وأشارت المساعدة للشؤون التعليمية وداد الشمراني إلى أن الوزارة حددت موعد التطبيق.
            """))
        #expect(speaker.name == "وداد الشمراني")
        #expect(speaker.role == "المساعدة للشؤون التعليمية")
    }

    @Test func aCompanyDescribedIsTheOrganisationNamedLast() throws {
        let company = try analyze("""
            التحديث

            وأكد وزير الاتصالات سالم الحربي أن الشبكة جاهزة. وأعلنت مايكروسوفت عن نظام جديد. وقالت الشركة إن النظام سيطرح مجانا.
            """)
        #expect(company.quotes.last?.speaker?.canonical == "مايكروسوفت")
        // A ministry is no company: the description stays as written.
        let ministry = try analyze("""
            التحديث

            وأكدت وزارة الاتصالات أن الشبكة جاهزة. وقالت الشركة الأميركية إن النظام سيطرح مجانا.
            """)
        #expect(ministry.quotes.last?.speaker?.canonical == "الشركة الأميركية")
    }

    @Test func aPronounAfterTheVerbAndAnEditorsTitle() throws {
        let document = try analyze("""
            الحرب

            جاء ذلك في وقت أعلنت فيه جبهة التحرير الوطني أمس أنها أسرت خمسة مقاتلين. ويرى محرر شؤون الخليج بصحيفة "الأنباء" اليومية، سامي الكندري، أن هذه العمليات تعقد الحرب.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["جبهة التحرير الوطني", "سامي الكندري"])
    }

    @Test func aSourceWithItsOtherNameInQuotationMarks() throws {
        let document = try analyze("""
            التهريب

            وحسب موقع هيئة الإذاعة البريطانية "بي بي سي"، وجهت النيابة إلى الرجل تهمة القتل غير العمد.
            """)
        let quote = try #require(document.quotes.first)
        #expect(document[quote.span] == "وجهت النيابة إلى الرجل تهمة القتل غير العمد")
        #expect(quote.speaker?.canonical.contains("الإذاعة البريطانية") == true)
    }

    @Test func aPressConferenceTellsWhereNotWhoSpoke() throws {
        // The phrase ends no subject: the one who disclosed speaks, not the words after the phrase.
        try expectOneStatement(each: [("وأفصح سالم الحربي وزير الخارجية خلال مؤتمر صحفي مشترك مع نظيره البحريني أعقب الاجتماع أن الطرفين اتفقا على تعزيز التعاون.", "سالم الحربي")])
    }

    @Test func aTitleAfterAnOrganisationIsTheObjectAndADescriptionKeepsItsNationality() throws {
        let document = try analyze("""
            خبر

            أبلغت جامعة الدول العربية وزير الخارجية الأمريكي جون كيري أمس إن الاتفاق يجب أن يحفظ الاستقرار. وقال وزير خارجية الأردن ناصر جودة إن الاجتماع كان مثمرا. من جانبه أكد الوزير الأمريكي أن واشنطن ملتزمة بأمن المنطقة.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["جامعة الدول العربية", "ناصر جودة", "جون كيري"])
        #expect(document.quotes.first?.speaker?.role == nil)
    }

    @Test func aNationalityBeforeTheNameTellsWhichCoachSpeaks() throws {
        let document = try analyze("""
            خبر

            كشفت مصادر أن البرتغالي جوزيه بيسيرو مدرب فريق النصر وافق على نقل المباريات، بعد أن رفضها المدرب الإسباني خوان لوبيز الموسم الماضي. وعن ذلك يقول المدرب البرتغالي: «التدريب يبدأ غدا».
            """)
        #expect(document.quotes.last?.speaker?.canonical == "جوزيه بيسيرو")
    }

    @Test func anUntaggedNameBeforeATitleSpeaks() throws {
        let document = try analyze("""
            خبر

            ويقول كوينتين لاكروا الأستاذ في جامعة ليون «هذا حل مؤقت».
            """)
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.canonical == "كوينتين لاكروا")
        #expect(speaker.role.map { document[$0] } == "الأستاذ في جامعة ليون")
    }

    @Test func accordingToWhatSomeoneDeclaredNamesThem() throws {
        // وفقا لما is the phrase with ما, not وفقا ل before a word; به is no subject.
        let document = try analyze("""
            خبر

            وقال عبدالله السقاف إن المستشفى مزدحم. ووفقا لما صرح به رئيس قسم الطوارئ الدكتور سامي الحربي لـ"الوطن" أمس فإن الجثث كانت تنقل عبر الجمعيات.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["عبدالله السقاف", "سامي الحربي"])
    }

    @Test func theResearcherIsTheWomanWhoSpokeLast() throws {
        // الباحثة refers back to the woman quoted, not forward to a name in the object's phrase.
        let document = try analyze("""
            خبر

            وتقول سلمى الخطيب في حديث للصحيفة «ندرس حركة السير في المدن».

            وتشير الباحثة إلى أن توسيع الطرق لا يحل الأزمة. وتشرح الباحثة هذه الظاهرة التي تسمى «مفارقة برايس» قائلة: «كل طريق جديد يجذب سيارات أكثر».
            """)
        #expect(document.quotes.count >= 3)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "سلمى الخطيب" })
    }

    @Test func theSubjectBetweenKanaAndQadSpeaks() throws {
        // The name right after كان, not the client named in its apposition.
        let document = try analyze("""
            خبر

            وقال المدافع خالد سالم إنه سعيد بالانتقال. وكان فهد الراشد وكيل أعمال خالد سالم قد كشف في مايو الماضي أن موكله يرغب في الرحيل.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد سالم", "فهد الراشد"])
    }

    @Test func aSpokespersonsUntaggedNameAfterTheBodySpeaks() throws {
        let document = try analyze("""
            خبر

            وقال سامي العلي إن الأرباح ارتفعت. وقال المتحدث باسم الخارجية الباكستانية قاضي خليل الله في بيان صحفي إن باكستان تدين الهجوم.
            """)
        let speaker = try #require(document.quotes.last?.speaker)
        #expect(speaker.canonical == "قاضي خليل الله")
        #expect(speaker.role.map { document[$0] } == "المتحدث باسم الخارجية الباكستانية")
    }

    @Test func aFirstNameTheTaggerLeftOutBelongsToTheName() throws {
        try expectOneStatement(each: [("وقال تابان كومار تشاند في أول مقابلة منذ تعيينه رئيسا للشركة إنه سيلتقي بالمسؤولين.", "تابان كومار تشاند")])
    }

    @Test func aSpokespersonOfABodyIsNotTheLastSpeaker() throws {
        let document = try analyze("""
            خبر

            وقال سامي العلي إن الأرباح ارتفعت. وقال المتحدث باسم الشركة في بيان إن العقود جاهزة.
            """)
        #expect(document.quotes.last?.speaker?.canonical != "سامي العلي")
    }

    @Test func anOfficerWhoWouldNotBeNamedSpeaksAndGoesOn() throws {
        let document = try analyze("""
            خبر

            وقال قائد الشرطة سامي العلي إن الأمن مستتب. من جانبه، قال ضابط رفيع المستوى في الشرطة، فضل عدم الكشف عن اسمه، لـ«الصحيفة»: «نفذنا الأوامر». وتابع: «كنا مستعدين».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سامي العلي", "ضابط رفيع المستوى", "ضابط رفيع المستوى"])
    }

    @Test func theSourceIsTheAgencyThatSpokeWhenNoSourceWasNamed() throws {
        let document = try analyze("""
            خبر

            وأوضحت وكالة الأناضول أن القرار يشمل خمسة قادة. وأضاف المصدر إن القرار نشر في الجريدة الرسمية.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وكالة الأناضول", "وكالة الأناضول"])
    }

    @Test func aDecreeSpeaksForWhoeverIssuedIt() throws {
        let document = try analyze("""
            خبر

            أصدر الشيخ خالد بن سالم رئيس الدولة، مرسوما بشأن حماية البيئة. وأشار المرسوم إلى أنه يعاقب كل من يلوث المياه.
            """)
        #expect(document.quotes.first?.speaker?.canonical == "خالد بن سالم")
    }

    @Test func theStatementAnInstitutionSpokeThroughSpeaksForItAgain() throws {
        let document = try analyze("""
            خبر

            قالت السفارة الأمريكية إن واشنطن سلمت المعدات في موعدها. وأوضح البيان أنه تم نقل المعدات جوا، وأضاف: «هذا يعزز التعاون». وأكد البيان أن الدعم سيستمر هذا العام.
            """)
        #expect(document.quotes.count == 4)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "السفارة الأمريكية" })
    }

    @Test func anEpithetOfGodAfterTheVerbNamesHim() throws {
        try expectOneStatement(each: [("وقد قال تعالى: «وتعاونوا على البر والتقوى».", "الله"),
                                      ("كما يقول سبحانه: «ولا تنسوا الفضل بينكم».", "الله")])
    }

    @Test func aSourceQuotedByTheMediumSpeaks() throws {
        // بحسب ما نقلت الصحيفة عن …: the one quoted, not the paper that quoted him.
        let document = try analyze("""
            خبر

            ووقع إطلاق النار أثناء عرض الفيلم، بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة.
            """)
        #expect(document.quotes.first?.speaker?.canonical.hasPrefix("متحدث") == true)
    }

    @Test func aPluralVerbIsTheGroupsNotTheBylinesReporters() throws {
        let document = try analyze("""
            خبر

            سامي العلي - الرياض: اشتكى منسوبو إدارة النقل في الوزارة من تأخر صرف رواتبهم. وقالوا: «لا نعلم الأسباب». وأضاف منسوبو «النقل»: «نحن ننتظر منذ أيام».
            """)
        #expect(document.quotes.count == 2)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical.hasPrefix("منسوبو") == true })
    }

    @Test func aStudyHasNoNameAfterIt() throws {
        // The relative clause after the study is no name, and the study speaks.
        try expectOneStatement(each: [("كشفت دراسة طبية حديثة أشرف عليها باحثون أمريكيون عن أن المشي يحمي العظام.", "دراسة طبية حديثة")])
    }

    @Test func aReportSpeaksForTheChannelThatShowedIt() throws {
        try expectOneStatement(each: [("وأفاد تقرير عرضه تلفزيون الكاميرون الرسمي بأن ألفي جندي سيتم نشرهم على الحدود.", "تلفزيون الكاميرون الرسمي")])
    }

    @Test func aPluralParticipleIsNoInstitutions() throws {
        let document = try analyze("""
            خبر

            وأعلنت غرفة التجارة أن المهرجان يستمر أسبوعا. ومن جهتهم عبر عدد من الزوار عن إعجابهم بأركان القرية، مشيرين إلى أن الأركان ممتعة.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["غرفة التجارة", "عدد من الزوار"])
    }

    @Test func anAcronymInBracketsHoldsNoComplementizer() throws {
        // إن of (آي إن إي) is a letter of the short name, not the word that opens a clause.
        let document = try analyze("""
            خبر

            أعلنت هيئة الإحصاء البرتغالية (آي إن إي) أن البطالة تراجعت. وارتفعت الوظائف في الصيف كثيرا وذلك وفقا لما ذكرته هيئة (آي إن إي) وأضافت أن عدد العاطلين تراجع.
            """)
        #expect(document.quotes.map { document[$0.span] } == ["أن البطالة تراجعت", "أن عدد العاطلين تراجع"])
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "هيئة الإحصاء البرتغالية" })
    }

    @Test func theOneSpokenToIsNoSpeaker() throws {
        // لي and لنا after the verb name the listener; the speaker comes after them.
        let document = try analyze("""
            خبر

            قال لي المخرج جورج لوكاس في لقاء قديم: «كنت أحب أفلام الخيال».

            وقال الروائي نجيب محفوظ إن الكتابة عمل يومي. وقال لي مدير المدرسة في اتصال هاتفي إن الدراسة تبدأ الأحد.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["جورج لوكاس", "نجيب محفوظ", "مدير المدرسة"])
    }

    @Test func asSomeoneReportedAfterTheClauseNamesItsSource() throws {
        // على ما أفاد …: the wire services' "as … said" after the clause it attributes.
        let document = try analyze("""
            خبر

            قتل مسلحون عشرة صيادين قرب البحيرة في شمال البلاد، على ما أفاد مسؤول محلي. وارتفعت حصيلة التفجير إلى 15 قتيلا، على ما أعلنت وزارة الداخلية.
            """)
        #expect(document.quotes.map { document[$0.span] } == ["قتل مسلحون عشرة صيادين قرب البحيرة في شمال البلاد", "وارتفعت حصيلة التفجير إلى 15 قتيلا"])
        #expect(document.quotes.map { $0.speaker?.canonical } == ["مسؤول محلي", "وزارة الداخلية"])
    }

    @Test func aPrayerAskingGodIsAStatementOfTheOneWhoPrays() throws {
        // سائلاً الله أن … is said as داعياً الله أن … is; سائلاً عن (asking about) is not.
        let document = try analyze("""
            خبر

            وقدم رئيس الجمعية سعد العتيبي التعازي لأسر الضحايا، سائلاً المولى أن يلهمهم الصبر. وزار المستشفى سائلا عن حال المصابين.
            """)
        #expect(document.quotes.map { document[$0.span] } == ["أن يلهمهم الصبر"])
        #expect(document.quotes.first?.speaker?.canonical == "سعد العتيبي")
    }

    @Test func whatIsSaidByNoOneNamedHasNoSpeaker() throws {
        // يقال إن، قيل: the passive names no one, and the last speaker does not take it over.
        let document = try analyze("""
            خبر

            وقال وزير المالية خالد الراشد إن الوضع مستقر. ويقال إن الحكومة ستستقيل قريبا. وكما قيل قديما: «الصبر مفتاح الفرج».
            """)
        #expect(document.quotes.map { document[$0.span] } == ["إن الوضع مستقر", "إن الحكومة ستستقيل قريبا", "الصبر مفتاح الفرج"])
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد الراشد", nil, nil])
    }

    @Test func aHeadlineSpeakerInQuotationMarksIsTheOrganisationTheBodyNamesInFull() throws {
        // «الجوازات»: the marks are no part of the speaker, and the headline shortens the name the
        // body gives (المديرية العامة للجوازات; الشؤون البلدية for وزارة الشؤون البلدية والقروية).
        let passports = try analyze("""
            «الجوازات»: تمديد مهلة تصحيح الأوضاع شهرا آخر

            أعلنت المديرية العامة للجوازات أمس تمديد المهلة الممنوحة للمخالفين.
            """)
        let headline = try #require(passports.quotes.first)
        #expect(passports[headline.span] == "تمديد مهلة تصحيح الأوضاع شهرا آخر")
        #expect(headline.speaker?.canonical == "المديرية العامة للجوازات")
        let ministry = try analyze("""
            الشؤون البلدية: إغلاق المحلات المخالفة خلال أسبوع

            حذرت وزارة الشؤون البلدية والقروية أصحاب المحلات من مخالفة الأنظمة.
            """)
        #expect(ministry.quotes.map { $0.speaker?.canonical } == ["وزارة الشؤون البلدية والقروية"])
    }

    @Test func politiciansAndAcademicsSpeakUnnamed() throws {
        // سياسيون، أكاديميون، مختصون: groups that speak in headlines and in reported speech.
        let document = try analyze("""
            سياسيون: الحوار هو الطريق الوحيد إلى الحل

            وقال وزير المالية خالد الراشد إن الميزانية متوازنة. وقال اقتصاديون إن الأسعار سترتفع.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سياسيون", "خالد الراشد", "اقتصاديون"])
    }

    @Test func theHeadlineRepeatedAfterALinkLabelIsReadAsAHeadline() throws {
        // رابط الخبر بصحيفة …: …: some papers end an article with its headline again.
        let document = try analyze("""
            الصحة: التطعيم متاح في جميع المراكز

            أعلنت وزارة الصحة أن التطعيم ضد الإنفلونزا متاح في جميع المراكز الصحية. رابط الخبر بصحيفة الوئام: الصحة: التطعيم متاح في جميع المراكز
            """)
        #expect(document.quotes.map { document[$0.span] } == ["التطعيم متاح في جميع المراكز", "أن التطعيم ضد الإنفلونزا متاح في جميع المراكز الصحية", "التطعيم متاح في جميع المراكز"])
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وزارة الصحة", "وزارة الصحة", "وزارة الصحة"])
    }

    @Test func aDocumentOfAnInstitutionCalledByItsHeadSpeaksForIt() throws {
        // بيان الوزارة: the ministry named before, though the lexicon lists وزارة without its article.
        let document = try analyze("""
            خبر

            وقالت وزارة المالية إن العجز انخفض. وأوضح بيان الوزارة أن الإيرادات ارتفعت.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وزارة المالية", "وزارة المالية"])
    }

    @Test func anAdverbAfterTheVerbIsNoSpeaker() throws {
        // صرح قبلها، شدد أخيرا، طالبا عدم كشف اسمه: when and how, not who.
        let document = try analyze("""
            خبر

            وكان قائد الشرطة خالد العمر قد صرح قبلها بأنهم أحصوا ثمانية قتلى. وشدد أخيرا على أن التحقيق مستمر.

            وقال المسؤول لوكالة فرانس برس طالبا عدم كشف اسمه إن العمليات ستستمر.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد العمر", "خالد العمر", "المسؤول"])
    }

    @Test func anHonorificPronounOrAnAdverbIsNoSubjectOfItsOwn() throws {
        // أعرب سموه عن تطلعه: the prince just named; قال أيضا بلهجة …: the one speaking still.
        let document = try analyze("""
            خبر

            وافتتح الأمير فيصل بن سعد المعرض أمس. كما أعرب سموه عن تطلعه إلى أن يستمر المعرض سنوات. \
            وقال أيضا بلهجة حازمة إن التنظيم يجب أن يتحسن.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["فيصل بن سعد", "فيصل بن سعد"])
    }

    @Test func whatASentenceOpensWithAboutIsNoSpeaker() throws {
        // وعن وضع مطار عدن قال: the airport is the topic; the official interviewed speaks.
        let document = try analyze("""
            خبر

            وقال محافظ المدينة سالم الجابري إن الكهرباء عادت إلى معظم الأحياء. وعن وضع مطار عدن قال: «سيعود إلى العمل خلال أيام».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["سالم الجابري", "سالم الجابري"])
    }

    @Test func aNationalityBeforeANameIsThePersonWhoSpeaks() throws {
        // وقال الكرواتي زلاتكو داليتش: sports news calls coaches and players by their nationality first.
        let document = try analyze("""
            خبر

            وقال الكرواتي زلاتكو داليتش المدير الفني للفريق إن اللاعبين جاهزون. وأوضح السويسري كريستيان غروس أنهم كانوا قريبين من الفوز.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["زلاتكو داليتش", "كريستيان غروس"])
        #expect(document.quotes.last?.speaker?.role.map { document[$0] } == "السويسري")
    }

    @Test func forHisPartStandsBetweenTheVerbAndTheSpeaker() throws {
        let document = try analyze("""
            خبر

            وقال وزير المالية خالد الراشد إن الأسعار ستبقى. وأكد من جهته سعد المزروعي وزير الطاقة أن الإنتاج سيرتفع.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد الراشد", "سعد المزروعي"])
    }

    @Test func thePersonAfterAmmaSpeaksThoughABodyEndsTheirOffice() throws {
        // أما X المتحدث الرسمي لاتحاد القدم فأكد: the person the sentence is about, not the union.
        let document = try analyze("""
            خبر

            أما عدنان المعيبد المتحدث الرسمي لاتحاد القدم فأكد أن القرار نهائي.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["عدنان المعيبد"])
    }

    @Test func aParticipleContinuesTheSpeechVerbBeforeIt() throws {
        // وشدد السكاكر على …، معتبرا أن: the subject of the verb it continues, not the first
        // person of the sentence.
        let document = try analyze("""
            خبر

            حضر الدورة مدير الجمعية حماد الحربي، وشدد المحامي ثامر السكاكر على أهمية حماية النفس، معتبرا أن الوعي هو الأساس.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["ثامر السكاكر"])
    }

    @Test func oneOfThemAndAFriendSpeakUnnamed() throws {
        // أحدهم and صديقة are speakers; ذات مرة (once) is when, not who.
        let document = try analyze("""
            خبر

            وقال المدير خالد العمر إن الطريق طويل. وقد قال أحدهم: «الكلمة أسيرة صاحبها». وأوضحت لي صديقة أكاديمية ذات مرة أن الكتابة صنعة.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد العمر", "أحدهم", "صديقة أكاديمية"])
    }

    @Test func aHusbandOrFatherSpeaksBeforeTheInstitutionHeAccuses() throws {
        // ومن جهته اتهم الزوج، جامعة تبوك …، مضيفاً: the husband, an unnamed person, is the subject.
        let document = try analyze("""
            خبر

            ومن جهته اتهم الزوج، جامعة تبوك بتغيير رغبات ابنته، مضيفاً بأن لديه مستندات تؤكد ذلك.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["الزوج"])
    }

    @Test func godAskedIsNoSpeaker() throws {
        // وسأل الله أن …: the one who prays speaks; after قال, God does.
        let document = try analyze("""
            خبر

            وقال وزير المالية خالد الراشد إن الميزانية متوازنة، وسأل الله أن يحفظ البلاد. قال الله تعالى: «وقولوا للناس حسنا».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["خالد الراشد", "خالد الراشد", "الله"])
        // قال فيهم الله: whom the words are about stands between the verb and God.
        let verse = try analyze("خبر\n\nفهناك محتاجون يمنعهم الحياء، قال فيهم الله تعالى: «يحسبهم الجاهل أغنياء من التعفف».")
        #expect(verse.quotes.map { $0.speaker?.canonical } == ["الله"])
    }

    @Test func viaAnAccountTellsHowNotWho() throws {
        // عبر حسابه الشخصي في تويتر: how the words went out; the verb before names who said them.
        let document = try analyze("""
            خبر

            وكتب وزير التعليم عزام الدخيل عبر حسابه الشخصي في تويتر قائلا: «الإرشاد الطلابي مهمة المتخصصين».
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["عزام الدخيل"])
    }

    @Test func aSourceTheWordsStandInIsNoPreposition() throws {
        // حسبما ورد في وسائل إعلام بريطانية: the media, without the في of the verb ورد.
        let document = try analyze("""
            خبر

            ارتفعت مبيعات السيارات بنسبة خمسة في المائة خلال الشهر الماضي، حسبما ورد في وسائل إعلام بريطانية.
            """)
        #expect(document.quotes.map { $0.speaker?.canonical } == ["وسائل إعلام بريطانية"])
    }

    @Test func aTitleAfterItsKindBehindAPrepositionIsNoStatement() throws {
        // بكتاب «الأيام»، لصحيفة «الحياة»: a title after its kind, with ب or ل glued on.
        let document = try analyze("""
            خبر

            وقال الناقد سعد الحربي إن الكاتب اشتهر بكتاب «الأيام».
            """)
        #expect(document.quotes.map(\.kind) == [.indirect])
        #expect(!document.quotes.contains { document[$0.span] == "الأيام" })
        // The statement keeps the closing mark of the title it holds.
        #expect(document.quotes.map { document[$0.span] } == ["إن الكاتب اشتهر بكتاب «الأيام»"])
    }

    @Test func fiveHundredQuotationsInOneArticle() throws {
        let sentence = "وقال المتحدث: «سنواصل العمل من أجل تحقيق أهدافنا كاملة». "
        let document = try analyze("مقابلة\n\n" + String(repeating: sentence, count: 500))
        #expect(document.quotes.filter { $0.kind == .direct }.count == 500)
    }

    @Test func emptyStraightMarksAndAMarkOpenAtTheEndOfAParagraphAreHarmless() throws {
        // Two marks side by side, and a mark with nothing after it, leave no room for a quotation.
        for text in ["وقال \"\" ثم مضى.", "قال \"", "وقال الوزير \"نعم\". وقال \"", "قال: «"] {
            let document = try analyze("خبر\n\n" + text)
            #expect(document.quotes.allSatisfy { !document[$0.span].isEmpty }, "\(text)")
        }
    }

    @Test func aSourcePhraseCutByAParagraphBreakIsHarmless() throws {
        // The phrase's words run past the end of the sentence it begins in.
        for text in ["خبر\n\nوتراجعت أسعار النفط كثيرا في الأسواق هذا الأسبوع بحسب\n\nما ذكرت مصادر.",
                     "خبر\n\nوتراجعت أسعار النفط كثيرا في الأسواق هذا الأسبوع، نقلا\nعن مصادر."] {
            let document = try analyze(text)
            #expect(document.quotes.allSatisfy { document[$0.span].unicodeScalars.count > 0 })
        }
    }

    @Test func aBracketOpenAtTheEndOfTheTextIsHarmless() throws {
        // After an organisation's name and after a speech verb, a bracket with nothing after it.
        for text in ["خبر\n\nوقالت منظمة الأغذية والزراعة (", "خبر\n\nوقال (", "خبر\n\nوقال (فاو"] {
            let document = try analyze(text)
            #expect(document.quotes.isEmpty, "\(text)")
        }
    }

    @Test func marksAloneAndEmptyTextGiveNothing() throws {
        let document = try analyze("«««\n\n" + String(repeating: "« » \" “ ” ", count: 2_000))
        #expect(document.quotes.isEmpty)
    }
}

struct QuoteEvaluationTests {
    @Test func speakersMatchByNameWords() {
        #expect(QuoteEvaluation.sameSpeaker("سيرغي لافروف", "لافروف"))
        #expect(QuoteEvaluation.sameSpeaker("لافروف", "سيرغي لافروف"))
        #expect(!QuoteEvaluation.sameSpeaker("جون كيري", "لافروف"))
        #expect(QuoteEvaluation.sameSpeaker("بدر بن عبد الرحمن السمحان", "بدر بن عبدالرحمن السمحان"))
        #expect(QuoteEvaluation.sameSpeaker("أبوراس", "هاني أبو راس"))
        #expect(!QuoteEvaluation.sameSpeaker("عبد الرحمن", "عبد الله"))
        // Quotation marks around a name do not count.
        #expect(QuoteEvaluation.sameSpeaker("مصادر «عكاظ»", "مصادر عكاظ"))
        #expect(QuoteEvaluation.sameSpeaker("مصادر \"سبق\"", "سبق"))
        // Nor which space parts the words: a no-break space from the article is a space.
        #expect(QuoteEvaluation.sameSpeaker("أحد الرجال الثقات", "أحد الرجال\u{00A0}الثقات"))
        #expect(QuoteEvaluation.sameSpeaker(nil, nil))
        #expect(!QuoteEvaluation.sameSpeaker("كيري", nil))
    }

    @Test func overlapOfHalfTheShorterMatches() throws {
        let gold = try QuoteGold.read(jsonl: #"{"id": "x", "quotes": [{"start": 0, "end": 10, "kind": "direct", "cue": null, "speaker": "أ"}, {"start": 20, "end": 30, "kind": "indirect", "cue": null, "speaker": "ب"}]}"#)
        var evaluation = QuoteEvaluation()
        evaluation.add(gold: gold[0].quotes, predicted: [
            Quote(span: Span(start: 2, end: 7), kind: .direct, speaker: Speaker(span: Span(start: 0, end: 1), canonical: "أ")),
            Quote(span: Span(start: 28, end: 40), kind: .indirect),
        ])
        #expect(evaluation.matched == 1 && evaluation.predicted == 2 && evaluation.gold == 2)
        #expect(evaluation.speakerAccuracy == 1)
    }
}
