import KhabarCore

/// Links each mention to the fullest name of its entity in the same article (اليوسف → ياسر
/// اليوسف, كيري → جون كيري), and demonyms to the country they stand for (الروسية → روسيا).
///
/// A mention belongs to the longest mention of the same kind whose words contain its words in
/// order (in matching form, without proclitics), or, for a person, begin and end with its first
/// and last words: the ways a news article introduces a name in full and then shortens it.
/// A person's mention goes to a name it ends (أوباما → باراك أوباما) before one it begins, a
/// surname two people of the article share is the one named last before the mention, and a name
/// the tagger ran on into other words (سرحان بمواقف) is the person whose name it begins with.
public struct EntityLinker: Sendable {
    /// Demonyms and cue words, in matching form.
    public let lexicon: EntityLexicon

    /// Creates a linker over a lexicon.
    public init(lexicon: EntityLexicon) { self.lexicon = lexicon }

    /// Words that begin compound names, written apart or joined (عبد الله، عبدالله; أبو راس،
    /// أبوراس): linking, and scoring speakers, take such a word and the next as one.
    public static let compoundNameParts = ["عبد", "أبو"]

    /// The longest mentions a shorter one is compared with, per word: bounds the work on
    /// articles made of nothing but names.
    static let candidatesPerWord = 64

    /// Sets ``Entity/canonical`` on every name of `entities`; `words(entity)` gives a mention's
    /// words in matching form and `text(entity)` its text.
    public func link(_ entities: inout [Entity], words: (Entity) -> [UInt64], text: (Entity) -> String) {
        struct Form { var kind: Entity.Kind; let words: [UInt64]; let text: String }
        var forms: [Form] = []
        var formIndex: [[UInt64]: Int] = [:]
        var mentionForm = [Int](repeating: -1, count: entities.count)
        for (index, entity) in entities.enumerated() where entity.kind.isName {
            let key = words(entity)
            guard !key.isEmpty else { continue }
            let lookup = [UInt64(EntityTag.kinds.firstIndex(of: entity.kind) ?? 0)] + key
            if let known = formIndex[lookup] { mentionForm[index] = known; continue }
            formIndex[lookup] = forms.count
            mentionForm[index] = forms.count
            forms.append(Form(kind: entity.kind, words: key, text: text(entity)))
        }
        // For each word, the longest forms holding it, longest first.
        var holders: [UInt64: [Int]] = [:]
        for (index, form) in forms.enumerated() where form.words.count > 1 {
            for word in Set(form.words) { holders[word, default: []].append(index) }
        }
        for key in holders.keys {
            holders[key] = Array(holders[key]!.sorted { (forms[$0].words.count, $1) > (forms[$1].words.count, $0) }.prefix(Self.candidatesPerWord))
        }
        // A name that is an organisation's name without its head word (نور الدين الزنكي beside
        // حركة نور الدين الزنكي) is that organisation, whatever the tagger read it as; not when
        // it is part of a person's fuller name (العبادي beside مكتب العبادي and حيدر العبادي: the
        // office is the person's).
        for index in forms.indices where forms[index].kind != .organisation {
            let form = forms[index]
            let candidates = holders[form.words[0]] ?? []
            let organisation = candidates.first { candidate in
                let other = forms[candidate]
                return other.kind == .organisation && other.words.count == form.words.count + 1
                    && lexicon.cues[other.words[0]] == .organisation && other.words.dropFirst().elementsEqual(form.words)
            }
            let person = form.kind == .person && candidates.contains { candidate in
                forms[candidate].kind == .person && forms[candidate].words.count > form.words.count && Self.contains(forms[candidate].words, form.words)
            }
            if organisation != nil, !person { forms[index].kind = .organisation }
        }
        let names = forms.map { ($0.kind, $0.words) }
        let surnames = Set(forms.filter { $0.kind == .person && $0.words.count == 1 }.map { $0.words[0] })
        let fuller = forms.indices.map { index -> [Int] in
            if let person = ranOn(index, names, holders, surnames: surnames) { return [person] }
            let form = forms[index]
            let all = (holders[form.words[0]] ?? []).filter { candidate in
                let other = forms[candidate]
                return other.kind == form.kind && other.words.count > form.words.count
                    && (Self.contains(other.words, form.words) || (form.kind == .person && Self.shortens(other.words, form.words)))
            }
            // أوباما is باراك أوباما, not the اوباما الكونغرس of a name the tagger ran on: a person
            // is called by the end of the name.
            guard form.kind == .person else { return all }
            let ending = all.filter { forms[$0].words.suffix(form.words.count).elementsEqual(form.words) }
            return ending.isEmpty ? all : ending
        }
        let canonical = forms.indices.map { index in fuller[index].first.map { forms[$0].text } ?? forms[index].text }
        // Where a short form is part of two people's names (بالمر of والتر بالمر and جيمس بالمر),
        // each mention is the person named last before it.
        var starts = [[Int]](repeating: [], count: forms.count) // each form's mentions, in order
        for index in entities.indices where mentionForm[index] >= 0 { starts[mentionForm[index]].append(entities[index].span.start) }
        for form in starts.indices { starts[form].sort() }
        func nearestBefore(_ start: Int, among candidates: [Int]) -> Int? {
            candidates.compactMap { candidate -> (at: Int, form: Int)? in
                // The last of the candidate's mentions (in text order) before `start`.
                var (low, high) = (0, starts[candidate].count)
                while low < high {
                    let middle = (low + high) / 2
                    if starts[candidate][middle] < start { low = middle + 1 } else { high = middle }
                }
                return low > 0 ? (starts[candidate][low - 1], candidate) : nil
            }.max { $0.at < $1.at }?.form
        }
        let ambiguous = forms.indices.map { forms[$0].kind == .person && Set(fuller[$0].map { canonical[$0] }).count > 1 }
        for index in entities.indices where mentionForm[index] >= 0 {
            let form = mentionForm[index]
            var name = canonical[form]
            if ambiguous[form], let nearest = nearestBefore(entities[index].span.start, among: fuller[form]) {
                name = canonical[nearest]
            }
            entities[index].canonical = name
            entities[index].kind = forms[form].kind
        }
    }

    /// The person a name the tagger ran on into the next words stands for (سرحان بمواقف, اوباما
    /// الكونغرس): another person's name ends with its first words, and the words after them are
    /// in no other name of the article, not a person's name alone (`surnames`: المقيرن makes أحمد
    /// المقيرن a name of its own) and not known as parts of people's names.
    private func ranOn(_ index: Int, _ forms: [(kind: Entity.Kind, words: [UInt64])], _ holders: [UInt64: [Int]], surnames: Set<UInt64>) -> Int? {
        let words = forms[index].words
        guard forms[index].kind == .person, words.count >= 2 else { return nil }
        var head = words.count
        while head > 1, !surnames.contains(words[head - 1]), isForeignToNames(words[head - 1], of: index, holders) { head -= 1 }
        guard head < words.count else { return nil }
        let prefix = words[..<head]
        return (holders[words[head - 1]] ?? []).first { other in
            other != index && forms[other].kind == .person && forms[other].words.count > head && forms[other].words.suffix(head).elementsEqual(prefix)
        }
    }

    /// Whether a word of form `index` appears in no other multi-word name and is not known from
    /// the corpus as part of people's names, nor links their parts (بن، آل).
    private func isForeignToNames(_ word: UInt64, of index: Int, _ holders: [UInt64: [Int]]) -> Bool {
        guard holders[word]?.allSatisfy({ $0 == index }) ?? true, lexicon.cues[word] != .nameConnector else { return false }
        guard let evidence = lexicon.corpusKindsWithoutArticle[word] else { return true }
        return Int(evidence / 8) != EntityTag.kinds.firstIndex(of: .person) || evidence % 8 == 0
    }

    /// The country a word (in matching form, without proclitics) stands for, if it is a demonym.
    public func country(ofDemonym word: UInt64) -> String? {
        lexicon.demonyms[word]
    }

    /// Whether `short` is `words` with words left out between its first and its last, as news
    /// shortens a person's name after giving it in full (جديع القحطاني for جديع بن نهار القحطاني).
    /// Not organisations: البنك المركزي الألماني is not البنك التعاوني المركزي الألماني.
    private static func shortens(_ words: [UInt64], _ short: [UInt64]) -> Bool {
        guard short.count >= 2, short.first == words.first, short.last == words.last else { return false }
        var rest = short.dropFirst()[...]
        for word in words.dropFirst() where word == rest.first { rest = rest.dropFirst() }
        return rest.isEmpty
    }

    private static func contains(_ words: [UInt64], _ part: [UInt64]) -> Bool {
        guard part.count <= words.count else { return false }
        return (0...(words.count - part.count)).contains { start in words[start ..< start + part.count].elementsEqual(part) }
    }
}
