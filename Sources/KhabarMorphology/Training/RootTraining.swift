/// Learns the word patterns of ``RootExtractor`` from words and their gold roots.
public enum RootTraining {
    /// The words of a treebank that have a root of three or four radicals.
    public static func examples(_ sentences: [[TreebankToken]]) -> [(word: String, root: String)] {
        sentences.joined().compactMap { token in
            guard !token.unanalysed, let root = token.root else { return nil }
            return (token.surface, root)
        }
    }

    /// Aligns every word with its root to find its template, and counts templates and roots.
    /// A word whose root letters cannot all be found in it (a dropped weak radical) teaches nothing.
    public static func train(on examples: [(word: String, root: String)], stemmer: LightStemmer) -> RootExtractor {
        var templates: [[RootExtractor.Element]: Int] = [:]
        var roots: [String: Int] = [:]
        for (word, root) in examples {
            guard let bare = stemmer.bareForm(of: word), bare.count <= 24,
                  let template = template(of: bare, root: Array(root.unicodeScalars)) else { continue }
            templates[template, default: 0] += 1
            roots[root, default: 0] += 1
        }
        var byLength: [Int: [(elements: [RootExtractor.Element], count: Int)]] = [:]
        for (elements, count) in templates where count >= 2 {
            byLength[elements.count, default: []].append((elements, count))
        }
        return RootExtractor(templates: byLength, roots: roots, stemmer: stemmer)
    }

    private static let weakRadicals: Set<Unicode.Scalar> = ["و", "ي", "ء"]
    private static let weakSurface: Set<Unicode.Scalar> = ["ا", "ى", "و", "ي", "ء", "أ", "إ", "ؤ", "ئ"]

    /// The template of `word` for `root`: the alignment that places every radical, written as
    /// itself where it can be, leftmost among equals.
    static func template(of word: [Unicode.Scalar], root: [Unicode.Scalar]) -> [RootExtractor.Element]? {
        var best: (score: Int, elements: [RootExtractor.Element])?
        func search(_ radical: Int, _ position: Int, _ score: Int, _ elements: [RootExtractor.Element]) {
            if radical == root.count {
                let rest = word[position...].map { RootExtractor.Element.letter($0) }
                if best.map({ score > $0.score }) ?? true { best = (score, elements + rest) }
                return
            }
            guard position < word.count else { return }
            for index in position..<word.count {
                let letter = word[index]
                let prefix = word[position..<index].map { RootExtractor.Element.letter($0) }
                if letter == root[radical] {
                    // A geminate written once: the same letter stands for this radical and the next.
                    if radical + 1 < root.count, root[radical + 1] == letter, index + 1 >= word.count || word[index + 1] != letter {
                        search(radical + 2, index + 1, score + 2, elements + prefix + [.radical(radical, doubled: true)])
                    }
                    search(radical + 1, index + 1, score + 2, elements + prefix + [.radical(radical, doubled: false)])
                } else if weakRadicals.contains(root[radical]), weakSurface.contains(letter) {
                    search(radical + 1, index + 1, score + 1, elements + prefix + [.weak(radical, radical: root[radical])])
                }
            }
        }
        search(0, 0, 0, [])
        return best?.elements
    }
}
