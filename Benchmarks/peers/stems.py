#!/usr/bin/env python3
"""Score light stemmers by how well they group words that share a lemma.

Reads `word<TAB>lemma<TAB>khabar-stem` lines written by
`khabar eval stem GOLD.conllu --export FILE` and scores, on the same words:
Khabar's light stem, Lucene's light10 (Larkey, Ballesteros and Connell 2007,
reimplemented here from the published rules) and the Snowball Arabic stemmer
(PyStemmer). Over all pairs of distinct words: precision = same-stem pairs that
share a lemma, recall = same-lemma pairs that share a stem.

Usage: python3 Benchmarks/peers/stems.py FILE
"""
import re
import sys
from collections import Counter, defaultdict

import Stemmer

DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
ARTICLES = ["وال", "بال", "كال", "فال", "ال", "لل"]
SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"]


def light10(word):
    """light10: normalize, drop و, then one definite article, then suffixes right to left."""
    word = DIACRITICS.sub("", word)
    word = re.sub("[آأإ]", "ا", word).replace("ى", "ي").replace("ة", "ه")
    if word.startswith("و") and len(word) - 1 >= 3:
        word = word[1:]
    for article in ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[:-len(suffix)]
    return word


def score(lemma_of, stem):
    """Pairwise precision, recall and F1 of grouping words by `stem` against their lemmas."""
    by_stem, by_lemma, by_both = Counter(), Counter(), Counter()
    for word, lemma in lemma_of.items():
        s = stem(word)
        by_stem[s] += 1
        by_lemma[lemma] += 1
        by_both[(s, lemma)] += 1
    pairs = lambda groups: sum(n * (n - 1) // 2 for n in groups.values())
    shared, stem_pairs, lemma_pairs = pairs(by_both), pairs(by_stem), pairs(by_lemma)
    precision = shared / max(stem_pairs, 1)
    recall = shared / max(lemma_pairs, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(by_stem)


def main(path):
    lemmas = defaultdict(Counter)
    khabar = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word, lemma, stem = line.rstrip("\n").split("\t")
            lemmas[word][lemma] += 1
            khabar[word] = stem
    # the most frequent lemma of each word, the alphabetically first on a tie (as khabar does)
    lemma_of = {word: min(counts.items(), key=lambda item: (-item[1], item[0]))[0] for word, counts in lemmas.items()}
    snowball = Stemmer.Stemmer("arabic")
    print(f"{len(lemma_of)} distinct words with gold lemmas ({path})\n")
    print(f"{'stemmer':28} {'precision':>9} {'recall':>7} {'F1':>7} {'stems':>6}")
    for name, stem in [("khabar light stem", khabar.__getitem__), ("light10 (Lucene)", light10),
                       (f"Snowball (PyStemmer {Stemmer.version()})", snowball.stemWord)]:
        precision, recall, f1, stems = score(lemma_of, stem)
        print(f"{name:28} {precision:9.2%} {recall:7.2%} {f1:7.2%} {stems:6d}")


if __name__ == "__main__":
    main(sys.argv[1])
