import Foundation
import KhabarCore
import KhabarEntities

/// Finds the statements of an article — direct quotations and reported speech — and who made
/// them.
///
/// Direct quotations are the words inside paired quotation marks, told apart from marks around
/// names and titles (تنظيم "داعش", فيلم «…») by their length, what precedes them and whether a
/// speech cue stands nearby. Reported speech is a speech cue followed by أن/إن and its clause.
/// The speaker is the cue's subject — after the verb (وأكد ياسر اليوسف), before it (لافروف
/// اعتبر), or after an attribution phrase (وفق ما أكد مسؤولان) — or, for continuation cues and
/// subjectless verbs (وأضاف، مضيفاً، وقال إن), the last speaker. A named speaker carries its
/// canonical name from the entity layer and its role from apposition or a title before it.
public struct QuoteExtractor: Sendable {
    /// The speech cues.
    public let cues: SpeechCues
    /// The entity lexicon, for title words (وزير، المتحدث).
    public let lexicon: EntityLexicon
    /// Head nouns of unnamed speakers (مصدر، مسؤول، الطرفان), in matching form.
    let speakerNouns: Set<String>
    /// Words after which quotation marks hold a name or a title (فيلم، تنظيم، حملة).
    let titleHeads: Set<String>
    /// Titles beyond the lexicon's (كولونيل، ليفتنانت), without the article, in matching form.
    let titles: Set<String>
    /// The form words are matched in.
    let normalizer = Normalizer(.search)

    /// How far before a quotation, in tokens of its sentence, its cue may stand.
    static let cueReach = 40
    /// Quotations shorter than this many words must show that they are statements.
    static let shortQuotation = 4
    /// Quoted words from this many on are a passage, a statement even with no cue near.
    static let longQuotation = 12

    /// Creates an extractor from its word lists.
    public init(cues: SpeechCues, lexicon: EntityLexicon, speakerNouns: [String], titleHeads: [String], titles: [String] = []) {
        self.cues = cues
        self.lexicon = lexicon
        self.speakerNouns = ArticleTokens.matchingForms(speakerNouns)
        self.titleHeads = ArticleTokens.matchingForms(titleHeads)
        self.titles = ArticleTokens.matchingForms(titles)
    }

    /// The extractor shipped with Khabar.
    public static func shipped() throws -> QuoteExtractor {
        func list(_ name: String) throws -> [String] {
            guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "KhabarQuotes/Resources/\(name).txt"])
            }
            return try String(contentsOf: url, encoding: .utf8).lines(omittingEmpty: true).filter { !$0.hasPrefix("#") }.map(String.init)
        }
        return QuoteExtractor(cues: try SpeechCues.shipped(), lexicon: try EntityLexicon.shipped(),
                              speakerNouns: try list("speaker-nouns"), titleHeads: try list("title-heads"), titles: try list("titles"))
    }

    /// The statements of `document`, in text order; it needs tokens, sentences and entities.
    public func quotes(in document: Document) -> [Quote] {
        let article = ArticleTokens(document, normalizer: normalizer)
        let found = Cues(article: article, cues: cues, namesSpeaker: { namesSpeaker(at: $0, article) })
        let marked = QuotationMarks.quotations(in: article) { index in
            switch found.at[index]?.form.role {
            case .adverbial: article.isComma(index - 1)
            // A full stop right before: the splitter keeps an open quotation in one sentence.
            case .say, .continue: article.sentences[article.sentenceOf[index]].lowerBound == index
                || (index > 0 && [".", "!", "؟", "?"].contains(article.words[index - 1]))
            default: false
            }
        }
        let direct = (marked + parenthesized(article, found, outside: marked)).sorted { $0.opening < $1.opening }
            .filter { isStatement($0, article, found) }
        let statements = (direct.map { Statement(tokens: $0.content, kind: .direct, cue: nil) }
            + headlines(article).compactMap { headlineStatement(article, line: $0, outside: direct) }
            + reportedSpeech(article, found, outside: direct)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var attribution = Attribution(article: article, cues: found, extractor: self)
        return statements.map { attribution.quote(for: $0) }
    }

    /// A statement before attribution: its tokens, its kind, its cue when already known, and
    /// the tokens of its speaker when the layout names it (a headline's `Speaker: …`).
    struct Statement {
        let tokens: Range<Int>
        let kind: Quote.Kind
        let cue: SpeechCues.Match?
        var subject: Range<Int>? = nil
        /// Whether the statement is quoted inside the one before (وقال إن الرئيس فلان أكد أن …):
        /// it has a speaker of its own, but the verbs that continue go on with the outer one's.
        var isNested = false
    }

    // MARK: Direct quotations

    /// Whether a word (in matching form, with or without its article) is a title (وزير، متحدث،
    /// كولونيل): a title cue word of the lexicon or one of ``titles``.
    func isTitle(word: Substring) -> Bool {
        [String(word), "ال" + word].contains { lexicon.cue(ofMatchingForm: $0) == .title }
            || titles.contains(String(Attribution.withoutArticle(word)))
    }

    /// Whether a person's name, a title or a speaker noun stands at `index`.
    private func namesSpeaker(at index: Int, _ article: ArticleTokens) -> Bool {
        (article.nameAt[index] >= 0 && article.document.entities[article.nameAt[index]].kind == .person)
            || isSpeakerNoun(at: index, in: article) || isTitle(word: article.withoutConjunction(index))
            || isTitle(word: Substring(article.words[index]))
    }

    /// Whether the word at `index` is a speaker noun, read as written or without a leading و or
    /// ف (والدة and وثيقة begin with the letter و; ومصادر with the conjunction).
    func isSpeakerNoun(at index: Int, in article: ArticleTokens) -> Bool {
        speakerNouns.contains(article.words[index]) || speakerNouns.contains(String(article.withoutConjunction(index)))
    }

    /// Whether quoted words are a statement rather than a name, a title or a scare-quoted term.
    private func isStatement(_ quotation: QuotationMarks.Quotation, _ article: ArticleTokens, _ found: Cues) -> Bool {
        let content = quotation.content
        let wordCount = content.filter { [.word, .number].contains(article.kind($0)) }.count
        guard wordCount > 0 else { return false }
        let opening = quotation.opening
        // فيلم «…», بكتاب «…»: a title after its kind, also behind a preposition.
        if opening > 0, wordCount <= 6,
           [String(article.withoutConjunction(opening - 1)), article.withoutPreposition(opening - 1)].contains(where: titleHeads.contains) { return false }
        let firstName = article.nameAt[content.lowerBound]
        if firstName >= 0, content.allSatisfy({ article.nameAt[$0] == firstName || article.kind($0) != .word }) { return false }
        // "مركز الملك سلمان للإغاثة": an institution's name, begun by an indefinite organisation head.
        let first = String(article.withoutConjunction(content.lowerBound))
        if wordCount <= 8, !first.hasPrefix("ال"), lexicon.cue(ofMatchingForm: first) == .organisation { return false }
        if wordCount >= Self.shortQuotation {
            // A title of a few words (محاور «آفاق تطوير العلاقات …») with no cue anywhere near is no statement.
            return wordCount >= Self.longQuotation || hasCueNear(quotation, article, found)
        }
        // A few quoted words followed by a colon label the speaker (وقال فلان "والد الطفلة": إن …;
        // وأضاف "المزروع"؛ "…").
        if let closing = quotation.closing, closing + 1 < article.count, Attribution.labelEnds.contains(article.words[closing + 1]) { return false }
        // A short quotation is a statement when a speech cue introduces it in its sentence and
        // it ends a clause (أن أي اقتراح … "مرفوض"،), or when a cue follows it.
        let sentence = article.sentences[article.sentenceOf[opening]]
        let after = quotation.closing.map { $0 + 1 } ?? content.upperBound
        let endsClause = after >= sentence.upperBound || [.punctuation, .quote].contains(article.kind(after)) || found.at[after] != nil
        let cueBefore = stride(from: opening - 1, through: max(sentence.lowerBound, opening - Self.cueReach), by: -1).contains { found.at[$0] != nil }
        return endsClause && (cueBefore || found.at[after] != nil || (after + 1 < sentence.upperBound && article.isComma(after) && found.at[after + 1] != nil))
    }

    /// Words in parentheses or braces right after a speech cue — فقال قولته المشهورة، (…),
    /// قائلاً: (…), قال الله تعالى {…} or ﴿…﴾ — which some papers use as quotation marks: at least
    /// three words, the cue at most five tokens before (ten before a colon: قال رسول الله صلى الله
    /// عليه وسلم: (…)), the closing bracket in the same paragraph.
    private func parenthesized(_ article: ArticleTokens, _ found: Cues, outside marked: [QuotationMarks.Quotation]) -> [QuotationMarks.Quotation] {
        var quotations: [QuotationMarks.Quotation] = []
        for cue in found.all where cue.form.role != .according {
            var opening = cue.tokens.upperBound
            while opening < min(article.count, cue.tokens.upperBound + 10), Self.quotingBrackets[article.words[opening]] == nil,
                  [.word, .punctuation].contains(article.kind(opening)) { opening += 1 }
            guard opening < article.count, let closer = Self.quotingBrackets[article.words[opening]],
                  !marked.contains(where: { $0.whole.contains(opening) }),
                  opening - cue.tokens.upperBound <= 5 || article.words[opening - 1] == ":",
                  quotations.last?.opening != opening,
                  let closing = (opening + 1 ..< min(article.count, opening + 120)).prefix(while: { article.paragraphOf[$0] == article.paragraphOf[opening] })
                      .first(where: { article.words[$0] == closer }),
                  (opening + 1 ..< closing).filter({ article.kind($0) == .word }).count >= 3 else { continue }
            quotations.append(QuotationMarks.Quotation(opening: opening, closing: closing, content: opening + 1 ..< closing))
        }
        return quotations
    }

    /// Whether a plain speech cue (not a word that is only sometimes one, unless it opens its
    /// sentence) stands in the sentence before the quotation, before it in its own, inside it, or
    /// right after it in its sentence.
    private func hasCueNear(_ quotation: QuotationMarks.Quotation, _ article: ArticleTokens, _ found: Cues) -> Bool {
        let sentenceIndex = article.sentenceOf[quotation.opening]
        let from = article.sentences[max(0, sentenceIndex - 1)].lowerBound
        let to = min(article.sentences[sentenceIndex].upperBound, (quotation.closing ?? quotation.content.upperBound) + 4)
        // وصرح رئيس اللجنة "…": صرح is also "edifice", but not at the head of a sentence.
        return (from ..< max(from, to)).contains { index in
            found.at[index].map { !$0.form.needsComplement || article.sentences[article.sentenceOf[index]].lowerBound == index } ?? false
        }
    }

    /// Brackets that quote after a speech cue, with the bracket that closes each (the ornate
    /// parentheses of Quranic verses are written either way round).
    private static let quotingBrackets = ["(": ")", "{": "}", "\u{FD3F}": "\u{FD3E}", "\u{FD3E}": "\u{FD3F}"]

    // MARK: Reported speech

    /// Words after which أن/إن opens a clause of time, manner or addition, not what was said
    /// (قبل أن، بعد أن، كما أن، إذ إن، بمجرد أن، من شأنه أن), in matching form.
    static let particlesBeforeOtherAn = ArticleTokens.matchingForms(["قبل", "بعد", "كما", "إذ", "بمجرد", "شأنه", "شأنها", "شأنهم",
                                                                     "منذ", "دون", "بدل", "سيما", "رغم", "برغم", "لمجرد"])

    /// Conjunctions that set a second speaker's words beside the first's (فيما، بينما، لكن), in
    /// matching form.
    static let contrastingConjunctions = ArticleTokens.matchingForms(["فيما", "بينما", "لكن", "ولكن", "إلا"])

    /// Words that open a clause of its own inside a sentence, in matching form.
    static let clauseOpeners = contrastingConjunctions.union(ArticleTokens.matchingForms(["حيث", "كما", "إلا", "وقد", "ثم", "حين", "عندما", "كذلك", "بل"]))

    /// The contrasting conjunction that opens the clause of the cue at `cue`, right before it or
    /// before its subject of up to four words, after `start`.
    private func contrast(before cue: Int, after start: Int, _ article: ArticleTokens) -> Int? {
        for position in stride(from: cue - 1, through: max(start + 1, cue - 5), by: -1) {
            if Self.contrastingConjunctions.contains(article.words[position]) { return position }
            guard article.kind(position) == .word else { return nil }
        }
        return nil
    }

    /// Cues followed by أن/إن in their sentence, with the clause that follows as a statement,
    /// unless the clause holds a direct quotation (which then stands for the statement).
    private func reportedSpeech(_ article: ArticleTokens, _ found: Cues, outside direct: [QuotationMarks.Quotation]) -> [Statement] {
        var statements: [Statement] = []
        var quoted = IndexSet()
        for quotation in direct { quoted.insert(integersIn: quotation.whole) }
        for cue in found.all where !quoted.contains(cue.tokens.lowerBound) {
            // مؤكدا أن الاتصالات … كشفت أن …: a cue inside the clause of the statement before is
            // part of what was said.
            // (Not after a word that opens a clause of its own: إلا أن وكيل اللاعب أكد، حيث قال.) A
            // person named right before it speaks inside the statement: a statement of its own.
            var isNested = false
            let insidePrevious = statements.last?.tokens.contains(cue.tokens.lowerBound) ?? false
            // قيل inside the statement before is part of it, never a statement of its own.
            if insidePrevious, cue.form.role == .impersonal { continue }
            if insidePrevious, let previous = statements.last, cue.form.role == .say, cue.proclitic == 0 {
                let before = max(previous.tokens.lowerBound, cue.tokens.lowerBound - 5) ..< cue.tokens.lowerBound
                if !before.contains(where: { Self.clauseOpeners.contains(article.words[$0]) || article.kind($0) != .word }) {
                    guard before.contains(where: { article.nameAt[$0] >= 0 && article.document.entities[article.nameAt[$0]].kind == .person }) else { continue }
                    isNested = true
                }
            }
            let sentence = article.sentences[article.sentenceOf[cue.tokens.lowerBound]]
            if cue.form.role == .according, let statement = attributedAfter(cue, in: sentence, article, found) {
                if !quoted.intersects(integersIn: statement.tokens) { statements.append(statement) }
                continue
            }
            // A cue of several words may run past its sentence's end.
            // قيل has no subject: أن follows it, or the one told (قيل له إن).
            let reach = max(cue.tokens.upperBound, min(sentence.upperBound, cue.tokens.upperBound + (cue.form.role == .impersonal ? 3 : 24)))
            // The clause starts at أن/إن, or after a colon (وقال: ظهور الآلات أثر …). Phrases such
            // as في تصريح لوكالة «…» may stand between the verb and it, but no other statement.
            // After a source (وبحسب مدريد فقد التحق …), فقد opens the clause too, and so does the
            // word after the comma that ends a source opening the sentence (وحسب موقع «فوربس»، يمكن …).
            let sourceOpens = cue.form.role == .according && !Self.isManner(cue) && cue.tokens.lowerBound == sentence.lowerBound
            guard let opening = (cue.tokens.upperBound ..< reach).first(where: {
                      (article.isComplementizer($0) && !Self.particlesBeforeOtherAn.contains(article.words[$0 - 1]))
                          || article.words[$0] == ":" || (cue.form.role == .according && article.words[$0] == "فقد")
                          || (sourceOpens && $0 > cue.tokens.upperBound + 1 && article.isComma($0 - 1) && article.kind($0) == .word)
                  }),
                  !(cue.tokens.upperBound ..< opening).contains(where: {
                      quoted.contains($0) || (found.at[$0].map { !Self.isManner($0) && !Self.citesAMedium($0, article) } ?? false)
                  })
            else {
                if let words = unmarkedSpeech(after: cue, in: sentence, article, found), !quoted.intersects(integersIn: words) {
                    statements.append(Statement(tokens: words, kind: .indirect, cue: cue))
                }
                continue
            }
            let complementizer = article.words[opening] == ":" ? opening + 1 : opening
            guard complementizer < sentence.upperBound, article.kind(complementizer) != .quote else { continue }
            // وبحسب «الألمانية»، فقد ذكر محللون أن …: a speech verb that opens the source's clause
            // makes its own statement, and the source only carried it.
            if cue.form.role == .according, (complementizer ..< min(sentence.upperBound, complementizer + 3)).contains(where: {
                found.at[$0].map { [.say, .continue].contains($0.form.role) } ?? false
            }) { continue }
            var end = sentence.upperBound
            // The clause ends where a new cue takes over (، مضيفاً أن …; … وقال: «…»), or where a
            // conjunction sets another speaker beside this one (…، فيما أشارت مصادر إلى أن …;
            // …، ولكن المنظمة تقول إن …).
            if let next = (complementizer + 1 ..< sentence.upperBound).first(where: { index in
                found.at[index].map {
                    ($0.form.role != .impersonal && article.isComma(index - 1)) || contrast(before: index, after: complementizer, article) != nil
                        // (و or ف: the future's س alone joins no new clause, ستحدث الإدارة.)
                        || ($0.proclitic > 0 && ["و", "ف"].contains(article.words[index].first) && [.say, .continue].contains($0.form.role))
                } ?? false
            }) {
                end = contrast(before: next, after: complementizer, article) ?? (article.isComma(next - 1) ? next - 1 : next)
            }
            while end > complementizer + 1, [.punctuation, .quote, .bracket].contains(article.kind(end - 1)) {
                // اشتهر بكتاب «الأيام»: a closing mark whose opening mark the statement holds stays with it.
                if article.kind(end - 1) == .quote, (complementizer ..< end - 1).filter({ article.kind($0) == .quote }).count % 2 == 1 { break }
                end -= 1
            }
            guard end > complementizer + 1, !quoted.intersects(integersIn: complementizer ..< end) else { continue }
            // وقال في مؤتمر صحافي إن …: the phrase's clause is the verb's, stated once.
            if let previous = statements.last, previous.tokens == complementizer ..< end {
                if previous.cue.map(Self.isManner) == true { statements[statements.count - 1] = Statement(tokens: previous.tokens, kind: .indirect, cue: cue) }
                continue
            }
            statements.append(Statement(tokens: complementizer ..< end, kind: .indirect, cue: cue, isNested: isNested))
        }
        return statements
    }
}

extension QuoteExtractor {
    /// Words said after قال with neither quotation marks nor أن (وقال السوق الإيرانية لا تحتاج
    /// إلى دراسة; فقال له توكل على الله): the verb opens its sentence or clause, a person's name or the one
    /// spoken to may follow it, and the rest of the sentence, with no أن/إن nor quotation mark,
    /// begins with no preposition, time, speaker or title.
    func unmarkedSpeech(after cue: SpeechCues.Match, in sentence: Range<Int>, _ article: ArticleTokens, _ found: Cues) -> Range<Int>? {
        let index = cue.tokens.lowerBound
        guard cue.form.lemma == "قال", cue.form.words[0].hasPrefix("قال"),
              index == sentence.lowerBound || article.kind(index - 1) != .word || article.isComma(index - 1)
                || (cue.proclitic > 0 && article.words[index].hasPrefix("ف")) else { return nil }
        var start = cue.tokens.upperBound
        if start < sentence.upperBound, article.nameAt[start] >= 0, article.document.entities[article.nameAt[start]].kind == .person {
            start = article.document.tokens(overlapping: article.document.entities[article.nameAt[start]].span).upperBound
        }
        if start < sentence.upperBound, ["له", "لها", "لهم"].contains(article.words[start]) { start += 1 }
        var end = sentence.upperBound
        while end > start, [.punctuation, .quote, .bracket].contains(article.kind(end - 1)) { end -= 1 }
        guard end - start >= 4, article.kind(start) == .word, article.nameAt[start] < 0, article.timeAt[start] < 0,
              !Attribution.notNames.contains(article.words[start]), !namesSpeaker(at: start, article), found.at[start] == nil,
              !(start ..< end).contains(where: { article.isComplementizer($0) || article.kind($0) == .quote || found.at[$0] != nil })
        else { return nil }
        return start ..< end
    }

    /// The lines read as headlines: the title, and the copy of it that some papers end an article
    /// with after a link's label (رابط الخبر بصحيفة الوئام: أوباما: …).
    func headlines(_ article: ArticleTokens) -> [Range<Int>] {
        var lines = [article.document.titleTokens]
        for index in article.document.titleTokens.upperBound ..< max(article.document.titleTokens.upperBound, article.count - 4)
        where article.words[index] == "رابط" && article.words[index + 1] == "الخبر" {
            guard let colon = (index + 2 ..< index + 5).first(where: { article.words[$0] == ":" }) else { continue }
            let paragraph = article.paragraphOf[index]
            let end = (colon + 1 ..< article.count).first { article.paragraphOf[$0] != paragraph } ?? article.count
            lines.append(colon + 1 ..< end)
        }
        return lines
    }

    /// A headline of the form `Speaker: statement` (عضو شورى سابق: 60% من الشباب …): up to five
    /// words before a colon that name someone — a person or an organisation, or a title or
    /// speaker noun first — and at least three words after it.
    func headlineStatement(_ article: ArticleTokens, line headline: Range<Int>, outside direct: [QuotationMarks.Quotation]) -> Statement? {
        guard !headline.isEmpty, let colon = headline.first(where: { article.words[$0] == ":" }), colon > headline.lowerBound,
              colon - headline.lowerBound <= 10 else { return nil }
        let first = headline.lowerBound
        // محافظ نينوى لـ«الوطن»: …، هاوارد للحكام: …، الملك سلمان في «قمة الخليج»: …: whom the
        // words are addressed to, or where they were said, is no part of the speaker.
        let aside = (first + 1 ..< colon).first { index in
            article.kind(index) == .word && ((article.words[index].hasPrefix("ل") && !article.words[index].hasPrefix("ال"))
                                             || Self.settingPrepositions.contains(article.words[index]))
        }
        var subject = first ..< (aside ?? colon)
        // «الجوازات»: …، أمين «الشرقية»: …: quotation marks around a name are no part of the speaker.
        while subject.count > 1, article.kind(subject.lowerBound) == .quote { subject = subject.dropFirst() }
        while subject.count > 1, article.kind(subject.upperBound - 1) == .quote { subject = subject.dropLast() }
        guard subject.count <= 5, colon - subject.upperBound <= 5, subject.allSatisfy({ [.word, .quote].contains(article.kind($0)) }) else { return nil }
        // A name ends the speaker's words (علي جمعة، العراقي مروان), or the words are part of a
        // name the body gives in full (الخدمة المدنية for وزارة الخدمة المدنية).
        let name = article.nameAt[subject.upperBound - 1]
        let names = (name >= 0 && [.person, .organisation].contains(article.document.entities[name].kind))
            || namedInBody(subject, article)
        // وزير and وكيل begin with و: the word is read with and without a conjunction.
        let described = [article.words[subject.lowerBound], String(article.withoutConjunction(subject.lowerBound))].contains { word in
            lexicon.cue(ofMatchingForm: word) == .title || speakerNouns.contains(word)
        }
        guard names || described else { return nil }
        var end = headline.upperBound
        while end > colon + 1, [.punctuation, .bracket].contains(article.kind(end - 1)) { end -= 1 }
        let words = (colon + 1 ..< end).filter { [.word, .number].contains(article.kind($0)) }.count
        guard words >= 3, !direct.contains(where: { $0.content.overlaps(colon + 1 ..< end) && $0.content.count * 2 > end - colon }) else { return nil }
        return Statement(tokens: colon + 1 ..< end, kind: .indirect, cue: nil, subject: subject)
    }

    /// Prepositions that open where a headline's words were said (في القمة، أمام البرلمان، خلال
    /// لقائه), in matching form.
    static let settingPrepositions = ArticleTokens.matchingForms(["في", "أمام", "خلال"])

    /// Whether the words of `tokens` are a run of the words of a person or organisation the
    /// article names after its headline.
    func namedInBody(_ tokens: Range<Int>, _ article: ArticleTokens) -> Bool {
        let words = tokens.map { article.words[$0] }
        return article.document.entities.contains { entity in
            guard [.person, .organisation].contains(entity.kind), entity.span.start >= article.document.title?.end ?? 0 else { return false }
            let inside = article.document.tokens(overlapping: entity.span).map { article.words[$0] }
            return inside.count > words.count && (0 ... inside.count - words.count).contains { inside[$0 ..< $0 + words.count].elementsEqual(words) }
        }
    }

    /// Whether a cue tells how something was said (في تصريح لـ، في حديث لـ، خلال مؤتمر صحفي)
    /// rather than who said it.
    static func isManner(_ cue: SpeechCues.Match) -> Bool {
        cue.form.role == .according && ["في", "خلال", "عبر"].contains(cue.form.words.first)
    }

    /// Whether an attribution phrase names the medium that carried the words (وأضافت الوزارة
    /// بحسب «عكاظ» إلى أنه): after a verb, that verb still speaks.
    static func citesAMedium(_ cue: SpeechCues.Match, _ article: ArticleTokens) -> Bool {
        let next = cue.tokens.upperBound
        guard cue.form.role == .according, next < article.count else { return false }
        return article.kind(next) == .quote || Attribution.media.contains(String(Attribution.withoutArticle(Substring(article.words[next]))))
    }

    /// A statement attributed after it (…، حسب مكتبه; …، بحسب البنك الدولي): the sentence up to
    /// the comma before an attribution phrase that ends it.
    func attributedAfter(_ cue: SpeechCues.Match, in sentence: Range<Int>, _ article: ArticleTokens, _ found: Cues) -> Statement? {
        var start = cue.tokens.lowerBound
        // …، وذلك بحسب ما ذكرته …: "and that" between the comma and the phrase.
        if start > sentence.lowerBound + 1, ["وذلك", "ذلك"].contains(article.words[start - 1]) { start -= 1 }
        // حسبما ذكر التقرير، بحسب ما قال: a phrase with ما attributes what comes before it even
        // without a comma.
        let relative = cue.form.isRelative
        // … مع المدعي العام بحسب وثائق قضائية.: a source of a few words that ends the sentence
        // needs no comma either.
        let endsSentence = (cue.tokens.upperBound ..< max(cue.tokens.upperBound, sentence.upperBound)).filter { article.kind($0) == .word }.count <= 3
            && article.kind(sentence.upperBound - 1) == .punctuation
        guard !Self.isManner(cue), start > sentence.lowerBound + 3,
              article.isComma(start - 1) || article.words[start - 1] == "،" || ((relative || endsSentence) && article.kind(start - 1) == .word),
              !(sentence.lowerBound ..< start).contains(where: { found.at[$0] != nil || article.kind($0) == .quote }) else { return nil }
        // The phrase and its source must end the sentence, or a comma must end the source.
        let rest = (cue.tokens.upperBound ..< max(cue.tokens.upperBound, sentence.upperBound)).filter { [.word, .number].contains(article.kind($0)) }
        let sourceEndsAtComma = (cue.tokens.upperBound ..< max(cue.tokens.upperBound, min(sentence.upperBound, cue.tokens.upperBound + 7)))
            .contains(where: article.isComma)
        guard !rest.isEmpty, rest.count <= 6 || sourceEndsAtComma else { return nil }
        var end = article.isComma(start - 1) || article.words[start - 1] == "،" ? start - 1 : start
        while end > sentence.lowerBound, [.punctuation, .quote].contains(article.kind(end - 1)) { end -= 1 }
        return end > sentence.lowerBound + 2 ? Statement(tokens: sentence.lowerBound ..< end, kind: .indirect, cue: cue) : nil
    }
}

/// The cues of an article, found once, by the token where each starts.
struct Cues {
    /// Cues by their first token.
    let at: [Int: SpeechCues.Match]
    /// Every cue, in text order.
    let all: [SpeechCues.Match]
    /// The tokens that are participles of speech (مشيرا، مؤكدا), also those that are no cue for
    /// want of أن after them.
    let participles: Set<Int>

    /// Finds the cues of an article; `namesSpeaker` tells whether a speaker's name, title or
    /// description begins at a token.
    init(article: ArticleTokens, cues: SpeechCues, namesSpeaker: (Int) -> Bool) {
        var at: [Int: SpeechCues.Match] = [:]
        var all: [SpeechCues.Match] = []
        var participles = Set<Int>()
        var index = 0
        var previousEnd = -10
        while index < article.count {
            guard article.kind(index) == .word, let match = cues.match(at: index, in: article.words) else { index += 1; continue }
            if match.form.role == .adverbial { participles.insert(index) }
            // A word right after a speech verb and a name belongs to the name (وأوضح أمين طالب:
            // طالب is part of the subject, not "demanded").
            let inSubject = index - previousEnd <= 3 && (previousEnd ..< index).allSatisfy { article.kind($0) == .word }
                && (previousEnd ..< index).contains { article.nameAt[$0] >= 0 }
            // An ambiguous word right after a cue, or after a cue and a short subject, is no second
            // cue (وأكدت عبر شبكات التواصل، وأضافت الوكالة عبر موقعها: "via") unless و or ف joins
            // it as a second verb (no ambiguous form begins with either).
            let ambiguousAfterCue = match.form.needsComplement && (0 ... 3).contains(index - previousEnd)
                && (previousEnd ..< index).allSatisfy { article.kind($0) == .word } && !["و", "ف"].contains(article.words[index].first)
            // أحد أبرز المعالم، من أبرز: after these an ambiguous word is a superlative, no verb.
            let superlative = match.form.needsComplement && index > 0 && Self.beforeSuperlatives.contains(article.words[index - 1])
            // ويتوقع أن يتم …، الذي تبين أن: with أن right after it and no subject between, a verb of
            // expectation or finding reads as the passive ("it is expected that"), no one's words.
            let impersonal = match.tokens.count == 1 && Self.passiveBeforeAn.contains(String(article.words[index].dropFirst(match.proclitic)))
                && match.tokens.upperBound < article.count && article.isComplementizer(match.tokens.upperBound)
            if !inSubject, !ambiguousAfterCue, !superlative, !impersonal, !Self.isPreposition(match, article, namesSpeaker),
               !match.form.needsComplement || Self.complementFollows(match, article, namesSpeaker), !Self.citesRule(match, article) {
                at[index] = match
                all.append(match)
                previousEnd = match.tokens.upperBound
            }
            index = match.tokens.upperBound
        }
        self.at = at
        self.all = all
        self.participles = participles
    }

    /// Whether a bare بين or عقب is the preposition "between", "after" (وقعت اشتباكات في الحي
    /// بين أفراد …; في بيان الأسبوع الماضي عقب العثور على الحطام أن): it stands inside a clause,
    /// after a word that is no speaker nor a name other than a place's, with no conjunction, not after كما، حيث، قد, which a verb
    /// follows, and not right before أن/إن.
    private static func isPreposition(_ match: SpeechCues.Match, _ article: ArticleTokens, _ namesSpeaker: (Int) -> Bool) -> Bool {
        let index = match.tokens.lowerBound
        guard ["بين", "عقب"].contains(article.words[index]), index > 0, article.kind(index - 1) == .word,
              index + 1 < article.count, !article.isComplementizer(index + 1) else { return false }
        let before = index - 1
        // A place names no speaker here (في العاصمة صنعاء بين أفراد …).
        let place = article.nameAt[before] >= 0 && article.document.entities[article.nameAt[before]].kind == .location
        return (article.nameAt[before] < 0 || place) && !namesSpeaker(before) && !["كما", "حيث", "قد", "وقد", "فقد"].contains(article.words[before])
    }

    /// Whether an attribution phrase cites a rule rather than a source (وفقاً للتوجيهات، بحسب
    /// القرار): no one speaks there.
    private static func citesRule(_ match: SpeechCues.Match, _ article: ArticleTokens) -> Bool {
        guard match.form.role == .according else { return false }
        var word: Substring
        if match.form.words.last == "ل" {
            word = Substring(article.words[match.tokens.upperBound - 1])
            word = word.hasPrefix("لل") ? word.dropFirst(2) : word.dropFirst()
        } else if match.tokens.upperBound < article.count {
            word = Substring(article.words[match.tokens.upperBound])
        } else {
            return false
        }
        if word.hasPrefix("ال") { word = word.dropFirst(2) }
        // A rule's own (وفق شروطها) is a rule still.
        return rules.contains(String(word)) || ["ها", "هم"].contains(where: { word.hasSuffix($0) && rules.contains(String(word.dropLast(2))) })
    }

    /// Nouns of rules, orders, plans and specifications.
    private static let rules = ArticleTokens.matchingForms(["توجيهات", "تعليمات", "توجيه", "أوامر", "أمر", "قرار", "قرارات", "نظام", "أنظمة",
                                                            "لائحة", "خطة", "اتفاق", "اتفاقية", "شروط", "ضوابط", "أحكام", "قانون", "مرسوم",
                                                            "جدول", "برنامج", "معايير", "توصيات", "قوانين", "مواصفات", "معطيات", "نظرية", "إجراءات", "تقديرات", "جزاءات", "عقوبات"])

    /// Verbs of expectation and finding that news writes in the passive before أن (يُتوقع أن،
    /// يُرجح أن، تبيّن أن), in matching form.
    private static let passiveBeforeAn = ArticleTokens.matchingForms(["يتوقع", "يرجح", "يعتبر", "يعتقد", "يفترض", "يقدر", "تبين"])

    /// Words after which أبرز، أهم are superlatives (أحد أبرز، من أبرز), in matching form.
    private static let beforeSuperlatives = ArticleTokens.matchingForms(["أحد", "إحدى", "من", "ومن", "ثاني", "ثالث"])

    /// Whether أن/إن, a colon or a quotation mark follows an ambiguous cue within a few tokens,
    /// or within a longer subject that begins with a speaker (صرح عضو لجنة التسويق بالنادي
    /// عبدالله بترجي أن); not the أن of لا سيما أن ("especially as").
    private static func complementFollows(_ match: SpeechCues.Match, _ article: ArticleTokens, _ namesSpeaker: (Int) -> Bool) -> Bool {
        let after = match.tokens.upperBound
        let reach = after < article.count && namesSpeaker(after) ? 12 : 6
        return (after ..< min(article.count, after + reach)).contains { index in
            (article.isComplementizer(index) && !["سيما", "سيّما"].contains(article.words[index - 1])) || article.words[index] == ":" || article.kind(index) == .quote
        }
    }
}
