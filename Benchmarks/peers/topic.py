#!/usr/bin/env python3
"""Topic classification peers on the ANT corpus, on the split `khabar train topic` uses.

Articles are taken in path order (section/file, by code point); every tenth (0, 10, ...) is the
development split, every tenth from the fifth (5, 15, ...) the held-out test split, the rest is
training. The peers are scikit-learn's TF-IDF (word unigrams and bigrams) with a linear SVM and
with logistic regression: the usual strong baselines for news topics.

    pip install scikit-learn==1.9.1
    python3 Benchmarks/peers/topic.py ../shared/data/ant
"""
import pathlib
import re
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC

SECTIONS = {"localNews": "local", "internationalNews": "international", "politic": "politics"}


def read(folder):
    files = sorted((f"{path.parent.name}/{path.name}", path) for path in pathlib.Path(folder).glob("*/*.txt"))
    articles = []
    for _, path in files:
        raw = path.read_text(encoding="utf-8", errors="replace")
        title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
        text = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        body = (title.group(1) if title else "") + "\n" + (text.group(1) if text else "")
        articles.append((body, SECTIONS.get(path.parent.name, path.parent.name)))
    return articles


def main():
    articles = read(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ant")
    parts = {"train": [], "dev": [], "test": []}
    for index, article in enumerate(articles):
        parts["dev" if index % 10 == 0 else "test" if index % 10 == 5 else "train"].append(article)
    print(f"{len(parts['train'])} train, {len(parts['dev'])} dev, {len(parts['test'])} test articles")
    for name, model in [("tfidf+LinearSVC", LinearSVC(C=1.0, class_weight="balanced")),
                        ("tfidf+LogisticRegression", LogisticRegression(max_iter=2000, class_weight="balanced"))]:
        started = time.perf_counter()
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        features = vectorizer.fit_transform([text for text, _ in parts["train"]])
        model.fit(features, [label for _, label in parts["train"]])
        trained = time.perf_counter() - started
        for split in ("dev", "test"):
            started = time.perf_counter()
            predicted = model.predict(vectorizer.transform([text for text, _ in parts[split]]))
            elapsed = time.perf_counter() - started
            gold = [label for _, label in parts[split]]
            print(f"{name:26} {split:4} accuracy {accuracy_score(gold, predicted) * 100:.2f}%  "
                  f"macro F1 {f1_score(gold, predicted, average='macro') * 100:.2f}  "
                  f"(train {trained:.1f} s, predict {len(gold) / elapsed:,.0f} articles/s)")


if __name__ == "__main__":
    main()
