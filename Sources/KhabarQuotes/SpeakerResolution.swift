import KhabarCore
import KhabarEntities

/// Who a speaker refers to: a description resolved to the name the article gives it before
/// (الوزير → the minister named earlier, البنك → the last bank) or after (نائب عن المنطقة … وقال
/// النائب فلان), a surname to the person named in full, a document to its institution.
extension Attribution {
    /// A described speaker that refers back to one named before: الوزير to the speaker whose
    /// role is وزير التخطيط, المصدر to مصدر خليجي.
    func resolved(_ speaker: Speaker) -> Speaker {
        // الله is no description to resolve (nor the end of عبد الله before it).
        if citesScripture(speaker) { return speaker }
        if speaker.kind == .person { return officeHolder(readAsName: speaker) ?? speaker }
        if speaker.kind == .organisation { return institutionNamedNext(describedAs: speaker) ?? speaker }
        guard speaker.kind == nil else { return speaker }
        let normalizer = extractor.normalizer
        let words = normalizer.normalize(speaker.canonical).split(separator: " ")
        // متحدث آخر is someone else.
        guard !words.contains(where: { ["اخر", "اخري", "اخرون", "اخرين"].contains($0) }) else { return speaker }
        guard let head = words.first.map(Self.withoutArticle) else { return speaker }
        // مصدر حكومي is a new source; المصدر and وزير الخارجية or أمير مكة (definite by its
        // genitive) refer back.
        guard words.contains(where: { $0.hasPrefix("ال") || $0.hasPrefix("وال") || $0.hasPrefix("فال") || Self.sameness.contains(String($0)) })
                || article.document.tokens(overlapping: speaker.span).contains(where: { article.nameAt[$0] >= 0 }) else { return speaker }
        // الوزير الإسرائيلي is not the one whose office is وزير الخارجية الأميركي.
        let nationalities = words.dropFirst().map(Self.withoutArticle).filter { $0.hasSuffix("ي") || $0.hasSuffix("يه") }
        for earlier in history.reversed() where earlier.kind != nil {
            // الوزير is the one whose office is وزير التخطيط; المنظمة is not رئيس المنظمة.
            if let role = earlier.role, case let roleWords = normalizer.normalize(article.document[role]).split(separator: " ").map(Self.withoutArticle),
               roleWords.first == head || (isTitleWord(head) && roleWords.contains(head)), nationalities.allSatisfy(roleWords.contains) {
                return earlier.mentioned(at: speaker.span)
            }
        }
        // The description the article introduced the speaker with: مصدر خليجي for المصدر,
        // جامعة برمنجهام for الجامعة — an organisation's name first, else the nearest longer
        // description (two sources may be introduced). وزارة begins with و, so a word is compared
        // with and without a conjunction.
        let start = article.document.tokens(overlapping: speaker.span).lowerBound
        let earlier = mentions(of: head, before: start)
        if let organisation = earlier.reversed().prefix(Self.historyLength).first(where: {
            article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .organisation
        }) {
            return named(article.nameAt[organisation], titleFrom: nil)
        }
        // الوزير الأمريكي: a head and its nationality only, which the earlier description must share.
        let nationality = words.count == 2 && nationalities.count == 1 ? nationalities : []
        for position in earlier.reversed().prefix(Self.historyLength) where describes(position, as: nationality) {
            // وكيل إمارة منطقة الرياض … عبدالله القرني, then وأوضح وكيل إمارة منطقة الرياض.
            if isTitle(position), let person = personIntroduced(byTitleAt: position) {
                return person.mentioned(at: speaker.span)
            }
            let introduced = qualifiedPhrase(from: position)
            // رئيس الكاميرون بول بيا: the person the description introduced.
            let after = article.document.tokens(overlapping: introduced.span).upperBound
            if after < article.count, article.nameAt[after] >= 0, article.document.entities[article.nameAt[after]].kind == .person {
                return named(article.nameAt[after], titleFrom: position)
            }
            // المصادر ذاتها: "the same" adds nothing to the description.
            if normalizer.normalize(introduced.canonical).split(separator: " ").count > words.filter({ !Self.sameness.contains(String($0)) }).count {
                return Speaker(span: speaker.span, canonical: introduced.canonical)
            }
        }
        // أعلنت غوغل … وقالت الشركة الأميركية: an institution described for the first time is
        // the organisation the article named last, when that one has no other head word.
        if earlier.isEmpty, words[0].hasPrefix("ال"), extractor.lexicon.cue(ofMatchingForm: String(words[0])) == .organisation
            || extractor.lexicon.cue(ofMatchingForm: String(head)) == .organisation,
           let named = lastOrganisation(before: start, head: head) {
            return named.mentioned(at: speaker.span)
        }
        // المؤلف after كتاب حمد الحمد: the author of the book the article named last.
        if Self.authors.contains(String(head)), earlier.isEmpty,
           let book = Self.books.lazy.compactMap({ self.mentions(of: Substring($0), before: start).last }).max(),
           book + 1 < article.count, article.nameAt[book + 1] >= 0, article.document.entities[article.nameAt[book + 1]].kind == .person {
            return named(article.nameAt[book + 1], titleFrom: nil).mentioned(at: speaker.span)
        }
        // An earlier speaker the description names by its head, when the words around the head
        // said no more: المكتب for «مكتب أخبار سوريا».
        for earlier in history.reversed() where earlier.kind == nil {
            let earlierWords = normalizer.normalize(earlier.canonical).split(separator: " ")
            if earlierWords.count > words.count, earlierWords.first.map(Self.withoutArticle) == head {
                return Speaker(span: speaker.span, canonical: earlier.canonical, role: earlier.role)
            }
        }
        return speaker
    }

    /// Whether the words around a head word at `position` hold every nationality of a
    /// description (وزير الخارجية الأمريكي for الوزير الأمريكي, not وزير خارجية قطر; اليوناني
    /// دونيس مدرب الهلال for المدرب اليوناني).
    func describes(_ position: Int, as nationalities: [Substring]) -> Bool {
        guard !nationalities.isEmpty else { return true }
        let sentence = article.sentenceOf[position]
        let around = (max(0, position - 4) ..< min(article.count, position + 5)).filter { $0 != position && article.sentenceOf[$0] == sentence }
            .map { Self.withoutArticle(article.withoutConjunction($0)) }
        return nationalities.allSatisfy(around.contains)
    }

    /// The earlier speaker whose office a "person" names, when the tagger read an office and
    /// its place as a name (أمين الشرقية, أمين being a first name too): the one introduced as
    /// أمين أمانة المنطقة الشرقية. Every word after the title must be in that speaker's role.
    func officeHolder(readAsName speaker: Speaker) -> Speaker? {
        let words = extractor.normalizer.normalize(speaker.canonical).split(separator: " ").map(Self.withoutArticle)
        guard words.count >= 2, isTitleWord(words[0]) else { return nil }
        for earlier in history.reversed() where earlier.kind == .person && earlier.canonical != speaker.canonical {
            guard let role = earlier.role else { continue }
            let roleWords = extractor.normalizer.normalize(article.document[role]).split(separator: " ").map(Self.withoutArticle)
            if roleWords.first == words[0], words.dropFirst().allSatisfy(roleWords.contains) { return earlier.mentioned(at: speaker.span) }
        }
        return nil
    }

    /// The institution an organisation "name" of a kind and a nationality describes (قالت جامعة
    /// بريطانية، صحيفة أمريكية): the next one of that kind the article names (جامعة برمنجهام),
    /// within a few paragraphs.
    func institutionNamedNext(describedAs speaker: Speaker) -> Speaker? {
        let normalizer = extractor.normalizer
        let words = normalizer.normalize(speaker.canonical).split(separator: " ")
        guard words.count >= 2, !words[0].hasPrefix("ال"),
              words.dropFirst().allSatisfy({ !$0.hasPrefix("ال") && ($0.hasSuffix("ي") || $0.hasSuffix("يه")) }) else { return nil }
        let entities = article.document.entities
        let reach = article.document.tokens(overlapping: speaker.span).upperBound + Self.namingReach
        // Entities stand in text order: the scan stops at the reach.
        for index in entities.indices where entities[index].kind == .organisation && entities[index].span.start >= speaker.span.end {
            guard article.document.tokens(overlapping: entities[index].span).lowerBound < reach else { return nil }
            let name = normalizer.normalize(article.document[entities[index].span]).split(separator: " ")
            if name.first == words[0], name != words { return named(index, titleFrom: nil).mentioned(at: speaker.span) }
        }
        return nil
    }

    /// The organisation named last within a few paragraphs before `index` whose name does not
    /// begin with a head word other than `head` (غوغل, شركة أبل for الشركة; not وزارة الصحة).
    func lastOrganisation(before index: Int, head: Substring) -> Speaker? {
        let entities = article.document.entities
        let start = article.document.tokens[index].start
        guard let found = entities.indices.last(where: { entities[$0].kind == .organisation && entities[$0].span.end <= start }) else { return nil }
        let tokens = article.document.tokens(overlapping: entities[found].span)
        guard index - tokens.upperBound <= Self.namingReach / 2 else { return nil }
        let first = Self.withoutArticle(article.withoutConjunction(tokens.lowerBound))
        guard first == head || !isOrganisationHead(tokens.lowerBound) else { return nil }
        return named(found, titleFrom: nil)
    }

    /// Nouns for the author of a book, and for books, in matching form.
    static let authors = ArticleTokens.matchingForms(["مؤلف", "مؤلفة", "كاتب", "كاتبة"])
    static let books = ArticleTokens.matchingForms(["كتاب", "رواية", "ديوان", "مذكرات", "سيرة"])

    /// The institution that spoke last, in this paragraph or the one before, for a document the
    /// article names for the first time without saying who issued it: وأوضح البيان أن right
    /// after قالت السفارة الأمريكية إن.
    func lastInstitution(issuing speaker: Speaker) -> Speaker? {
        guard speaker.kind == nil, let last, last.speaker.kind == .organisation,
              case let tokens = article.document.tokens(overlapping: speaker.span), !tokens.isEmpty,
              article.paragraphOf[tokens.lowerBound] - last.paragraph <= 1,
              article.withoutConjunction(tokens.lowerBound).hasPrefix("ال") else { return nil }
        let head = String(Self.withoutArticle(article.withoutConjunction(tokens.lowerBound)))
        // وأوضح البيان … وأكد البيان: the document the institution last spoke through, again.
        let lastMention = article.document.tokens(overlapping: last.speaker.span)
        let spokeThroughIt = !lastMention.isEmpty && Self.withoutArticle(article.withoutConjunction(lastMention.lowerBound)) == head
        guard Self.documentNouns.contains(head),
              spokeThroughIt || mentions(of: Substring(head), before: tokens.lowerBound).isEmpty else { return nil }
        return last.speaker.mentioned(at: speaker.span)
    }

    /// An earlier speaker whose name the tagger missed, called again by the last word of that
    /// name (رأفت الصباغ … وأبان الصباغ).
    func earlierSpeaker(surnamed index: Int) -> Speaker? {
        let word = article.withoutConjunction(index)
        guard word.unicodeScalars.count >= 3, !isTitle(index), !isSpeakerNoun(index) else { return nil }
        for earlier in history.reversed() where earlier.kind == nil && earlier.role != nil {
            let words = extractor.normalizer.normalize(earlier.canonical).split(separator: " ")
            if words.count >= 2, words.last == word {
                return Speaker(span: wordSpan(index), canonical: earlier.canonical, role: earlier.role)
            }
        }
        return nil
    }

    /// A person named in full before whose surname is also a title (سعيد الشيخ … ولفت الشيخ
    /// إلى أن): the surname alone is that person, not the title of someone unnamed.
    func personSurnamedLikeATitle(at index: Int) -> Speaker? {
        guard isTitle(index), article.nameAt[index] < 0 else { return nil }
        return personSurnamed(at: index)
    }

    /// The last person named in full before `index` whose last word is the word there.
    func personSurnamed(at index: Int) -> Speaker? {
        let word = article.withoutConjunction(index)
        let start = article.document.tokens[index].start
        let entities = article.document.entities
        let person = entities.indices.last { name in
            guard entities[name].kind == .person, entities[name].span.end <= start else { return false }
            let tokens = article.document.tokens(overlapping: entities[name].span)
            return tokens.count >= 2 && article.words[tokens.upperBound - 1] == word
        }
        return person.map { named($0, titleFrom: nil).mentioned(at: wordSpan(index)) }
    }

    /// Spokesmen and spokeswomen, without the article, in matching form.
    static let spokespeople = ArticleTokens.matchingForms(["متحدث", "متحدثة", "ناطق", "ناطقة"])

    /// How many tokens after a described speaker its name is looked for.
    static let namingReach = 600

    /// The person the article names later with the title a described speaker has: نائب عن
    /// المنطقة … then وقال النائب عبد الله أبشروا. The person keeps the description's place.
    func laterNamed(_ speaker: Speaker) -> Speaker? {
        let tokens = article.document.tokens(overlapping: speaker.span)
        guard speaker.kind == nil, !tokens.isEmpty, isTitle(tokens.lowerBound) else { return nil }
        // أعلنت رئيسة الاتحاد أن …، وقالت السا غونزاليس: the next verb of the sentence names her.
        let sentence = article.sentences[article.sentenceOf[tokens.lowerBound]]
        if let verb = (tokens.upperBound ..< sentence.upperBound - 1).first(where: { cues.at[$0]?.form.role == .say }),
           case let after = cues.at[verb]!.tokens.upperBound, after < sentence.upperBound, article.nameAt[after] >= 0,
           article.document.entities[article.nameAt[after]].kind == .person {
            return named(article.nameAt[after], titleFrom: nil)
        }
        // وأوضح النائب العام أن … . وأضاف سالم سعيد كبيش أن: a continuation cue that names a
        // person in the next sentence names the one who went on speaking.
        let next = article.sentenceOf[tokens.lowerBound] + 1
        if next < article.sentences.count,
           let verb = article.sentences[next].first(where: { cues.at[$0] != nil }), cues.at[verb]!.form.role == .continue,
           case let after = cues.at[verb]!.tokens.upperBound, after < article.count, article.nameAt[after] >= 0,
           article.document.entities[article.nameAt[after]].kind == .person {
            return named(article.nameAt[after], titleFrom: nil)
        }
        let head = Self.withoutArticle(article.withoutConjunction(tokens.lowerBound))
        // قالت متحدثة باسم الوزارة إن … . وقالت الليفتنانت كولونيل فاليري …: a spokesperson is
        // the person who speaks in the next sentence.
        let following = article.sentenceOf[tokens.lowerBound] + 1
        if Self.spokespeople.contains(String(head)), following < article.sentences.count,
           let verb = article.sentences[following].first(where: { cues.at[$0]?.form.role == .say }),
           let person = subject(after: cues.at[verb]!.tokens.upperBound), person.kind == .person {
            return person
        }
        // Within a few paragraphs' reach, so that an article of many statements stays linear.
        for position in tokens.upperBound ..< min(article.count, tokens.upperBound + Self.namingReach)
        where isTitle(position) && Self.withoutArticle(article.withoutConjunction(position)) == head {
            if let person = personIntroduced(byTitleAt: position) { return person }
        }
        return nil
    }

    /// The person a title introduces within eleven words of its sentence (وكيل إمارة منطقة
    /// الرياض عبدالله القرني; عضو مؤتمر الرياض لإنقاذ اليمن وبناء الدولة الاتحادية الدكتورة …), unless the person only names an institution (جامعة الملك سعود),
    /// or the person right before it, whose office it is.
    func personIntroduced(byTitleAt position: Int) -> Speaker? {
        let sentence = article.sentenceOf[position]
        // الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب، عبد الواحد النبوي، وزير الثقافة: the
        // title in apposition to a name, after a comma or not.
        let before = position > 1 && article.isComma(position - 1) ? position - 2 : position - 1
        if before >= 0, article.sentenceOf[before] == sentence, article.nameAt[before] >= 0,
           article.document.entities[article.nameAt[before]].kind == .person {
            return named(article.nameAt[before], titleFrom: nil)
        }
        for probe in position + 1 ..< min(article.count, position + 12) where article.sentenceOf[probe] == sentence {
            // وتشرح الباحثة هذه الظاهرة التي …: a demonstrative or a relative ends the title's phrase.
            if Self.phraseEnders.contains(article.words[probe]) { return nil }
            let name = article.nameAt[probe]
            if name >= 0, article.document.entities[name].kind == .person, !namesAnInstitution(probe) { return named(name, titleFrom: position) }
        }
        return nil
    }
}

extension Attribution {
    /// Demonstratives and relative pronouns, which no title's phrase holds before its name, in
    /// matching form.
    static let phraseEnders = ArticleTokens.matchingForms(["هذا", "هذه", "هذان", "هاتان", "هؤلاء", "ذلك", "تلك", "الذي", "التي", "الذين", "اللذان", "اللتان"])
}

extension Speaker {
    /// The same speaker, at another mention.
    func mentioned(at span: Span) -> Speaker {
        var speaker = self
        speaker.span = span
        return speaker
    }
}
