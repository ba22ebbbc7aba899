#!/usr/bin/env python3
"""Score and time Khabar's name tagger beside a CRF baseline on ANERcorp's dev split.

Install the peer: pip install python-crfsuite==0.9.12 (or the requirements.txt beside).

Usage: python3 Benchmarks/peers/ner.py [--anercorp ../shared/data/ner/anercorp-train.txt]
    [--khabar .build/release/khabar] [--repeat 3] [--tokens 1000000] [--json]

The peer is the classic ANERcorp baseline: a linear-chain CRF (python-crfsuite,
L-BFGS, c1 = c2 = 0.1, 100 iterations) over ordinary hand-written features,
trained on the same training part as Khabar and never tuned on dev. Dev is
Khabar's split (sentence i is dev iff (i // 20) % 10 == 9); scores are
CoNLL-2003 exact match. Khabar's headline figure is `khabar eval ner --split dev`;
`khabar ner` on the dev file is shown beside it (both read dev as articles of 20
sentences and propagate names within each). Note that Khabar also uses what it
learned from unlabeled SaudiNewsNet (word clusters, self-training) and the
ANERGazet gazetteers; the CRF sees ANERcorp's training part only.

Speed: both taggers, pinned to one CPU, tag the same stream of ANERcorp
sentences repeated to --tokens tokens, best of --repeat. Khabar's time is
`khabar ner STREAM > /dev/null` minus `khabar ner` on a one-token file (process
start and model load); the CRF's is feature extraction plus Tagger.tag over the
same sentences, model already open.
"""
import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import pycrfsuite

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = ("LOC", "MISC", "ORG", "PER")
# Khabar's LabeledCorpus.standardKind: ANERcorp writes PERS, Khabar prints PER.
KIND_NAMES = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG",
              "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}
SENTENCE_ENDS = {".", "؟", "!", "?"}
SPLIT_BLOCK = 20
# Characters Khabar's corpus reader drops before splitting a line into fields.
INVISIBLE = str.maketrans("", "", "\ufeff\u200e\u200f\r")
FIELD_RE = re.compile("[ \t]+")

# Search normalization: diacritics U+064B–U+0652 and tatweel go, alef forms,
# alef maksura and teh marbuta fold to one letter each.
NORMALIZE = str.maketrans({**{chr(c): None for c in range(0x064B, 0x0653)}, "\u0640": None,
                           "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
CLITICS = ("و", "ب", "ل", "ال")


# --- corpus ------------------------------------------------------------------

def read_anercorp(path):
    """Read `token TAG` lines into [(tokens, tags)] exactly as Khabar's LabeledCorpus.read
    does, so the sentence numbering (and hence the dev split) is the same: a line of fewer
    than two fields ends a sentence, as does a `.`, `؟`, `!` or `?` token; unknown tags are
    O; an I- that does not continue a name of its kind is read as B-."""
    sentences, tokens, tags = [], [], []

    def close():
        nonlocal tokens, tags
        if tokens:
            sentences.append((tokens, tags))
        tokens, tags = [], []

    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if text.endswith("\n"):
        text = text[:-1]
    for line in text.split("\n"):
        fields = [f for f in FIELD_RE.split(line.translate(INVISIBLE)) if f]
        if len(fields) < 2:
            close()
            continue
        tokens.append(fields[0])
        tags.append(gold_tag(fields[1], tags[-1] if tags else "O"))
        if fields[0] in SENTENCE_ENDS:
            close()
    close()
    return sentences


def gold_tag(text, previous):
    """One gold tag in Khabar's reading (see read_anercorp)."""
    kind = KIND_NAMES.get(text[2:]) if text[:2] in ("B-", "I-") else None
    if kind is None:
        return "O"
    return "I-" + kind if text[0] == "I" and previous[2:] == kind else "B-" + kind


def split_dev(sentences):
    """Khabar's LabeledCorpus.split: the last block of 20 sentences in every ten is dev."""
    train, dev = [], []
    for index, sentence in enumerate(sentences):
        (dev if (index // SPLIT_BLOCK) % 10 == 9 else train).append(sentence)
    return train, dev


def write_conll(path, sentences):
    """One token a line, a blank line after each sentence: `khabar ner`'s input."""
    with open(path, "w", encoding="utf-8") as handle:
        for tokens in sentences:
            handle.write("\n".join(tokens))
            handle.write("\n\n")


# --- scoring -----------------------------------------------------------------

def spans(tags):
    """Entity spans (start, end, kind) as conlleval reads IOB2: an I- that does not
    continue a name of its kind starts one (Khabar's EntityEvaluation.spans agrees)."""
    found, start, kind = [], None, None
    for index, tag in enumerate(list(tags) + ["O"]):
        prefix, _, this_kind = tag.partition("-")
        continues = prefix == "I" and this_kind == kind
        if start is not None and not continues:
            found.append((start, index, kind))
            start = kind = None
        if prefix in ("B", "I") and not continues:
            start, kind = index, this_kind
    return found


def score(gold_sentences, predicted_sentences):
    """Per kind and micro {P, R, F1, gold, predicted} of exact-match entities."""
    counts = {kind: [0, 0, 0] for kind in KINDS}  # correct, gold, predicted
    for gold, predicted in zip(gold_sentences, predicted_sentences, strict=True):
        gold_spans, predicted_spans = set(spans(gold)), set(spans(predicted))
        for span in gold_spans:
            counts.setdefault(span[2], [0, 0, 0])[1] += 1
        for span in predicted_spans:
            counts.setdefault(span[2], [0, 0, 0])[2] += 1
        for span in gold_spans & predicted_spans:
            counts[span[2]][0] += 1
    counts["micro"] = [sum(column) for column in zip(*counts.values())]
    return {kind: figures(*c) for kind, c in counts.items()}


def figures(correct, gold, predicted):
    """P, R and F1 in percent from counts."""
    p = 100 * correct / predicted if predicted else 0.0
    r = 100 * correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f1, "gold": gold, "predicted": predicted}


# --- the CRF peer ------------------------------------------------------------

def shape(word):
    """Coarse script class of a token."""
    if word.isdigit():
        return "digit"
    if any("\u0621" <= c <= "\u064A" for c in word):
        return "arabic"
    if any(c.isascii() and c.isalpha() for c in word):
        return "latin"
    return "alnum" if any(c.isalnum() for c in word) else "punct"


def length_bucket(n):
    """Arabic names are rarely 1–2 letters; long words are mostly cliticised."""
    return "1" if n == 1 else "2" if n == 2 else "3" if n == 3 else "4-5" if n <= 5 \
        else "6-8" if n <= 8 else "9+"


def sentence_features(tokens):
    """One list of feature strings per token: the word itself, then ±2 neighbours."""
    norms = [token.translate(NORMALIZE) for token in tokens]
    # What a token contributes when it is someone's neighbour, computed once.
    context = [(f"n={w}", f"s1={w[-1:]}", f"s2={w[-2:]}", f"s3={w[-3:]}") for w in norms]
    last = len(tokens) - 1
    items = []
    for i, (token, w) in enumerate(zip(tokens, norms)):
        f = ["bias", "w=" + token, "n=" + w,
             "p1=" + w[:1], "p2=" + w[:2], "p3=" + w[:3],
             "s1=" + w[-1:], "s2=" + w[-2:], "s3=" + w[-3:],
             "shape=" + shape(token), "len=" + length_bucket(len(w))]
        f += ["starts=" + c for c in CLITICS if w.startswith(c) and len(w) > len(c)]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j <= last:
                f += [f"{offset}:{feature}" for feature in context[j]]
            else:
                f.append(f"{offset}:{'BOS' if j < 0 else 'EOS'}")
        if i == 0:
            f.append("BOS")
        if i == last:
            f.append("EOS")
        items.append(f)
    return items


def train_crf(sentences, model_path, iterations):
    """Train the CRF on [(tokens, tags)] and save it to model_path; return seconds."""
    start = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params({"c1": 0.1, "c2": 0.1, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(model_path)
    return time.perf_counter() - start


def time_crf(tagger, stream, repeat):
    """Best-of-`repeat` (total seconds, of which feature extraction) to tag `stream`."""
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        featuring = 0.0
        start = time.perf_counter()
        for tokens in stream:
            before = time.perf_counter()
            items = sentence_features(tokens)
            featuring += time.perf_counter() - before
            tagger.tag(items)
        best = min(best, (time.perf_counter() - start, featuring))
    return best


# --- Khabar ------------------------------------------------------------------

def default_khabar():
    """The release binary, unless the debug one is newer (a stale release build may lack
    `khabar ner`) or the release one is missing."""
    release, debug = (os.path.join(REPO, ".build", kind, "khabar") for kind in ("release", "debug"))
    if os.path.exists(release) and not (os.path.exists(debug)
                                        and os.path.getmtime(debug) > os.path.getmtime(release)):
        return release
    return debug


def run_khabar(cmd, stdout):
    """Run khabar; return (wall seconds, rusage of this child alone, stdout text or None).
    os.wait4 rather than RUSAGE_CHILDREN, whose maximum would also cover other children."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(cmd, stdout=stdout, stderr=err)
        out = None
        if stdout == subprocess.PIPE:
            with process.stdout:
                out = process.stdout.read().decode("utf-8")
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            sys.exit(f"khabar failed ({process.returncode}): {' '.join(cmd)}\n"
                     f"{err.read().decode('utf-8', 'replace')}")
    return seconds, usage, out


def khabar_eval(binary, corpus):
    """Parse the table of `khabar eval ner CORPUS --split dev`."""
    _, _, out = run_khabar([binary, "eval", "ner", corpus, "--split", "dev"], subprocess.PIPE)
    row = re.compile(r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+gold (\d+)\s+predicted (\d+)")
    table = {}
    for line in out.splitlines():
        match = row.match(line.strip())
        if match:
            name, p, r, f1, gold, predicted = match.groups()
            table[name] = {"P": float(p), "R": float(r), "F1": float(f1),
                           "gold": int(gold), "predicted": int(predicted)}
    if "micro" not in table:
        sys.exit(f"cannot read the table of khabar eval ner:\n{out}")
    return table


def khabar_tag(binary, path, sentences):
    """Tags of `khabar ner` on a CoNLL file holding `sentences`, checked token by token."""
    _, _, out = run_khabar([binary, "ner", path], subprocess.PIPE)
    tagged, current = [], []
    for line in out.split("\n"):
        if line:
            current.append(line.split("\t"))
        elif current:
            tagged.append(current)
            current = []
    if current:
        tagged.append(current)
    if len(tagged) != len(sentences) or any(
            [token for token, _ in got] != tokens for got, tokens in zip(tagged, sentences)):
        sys.exit("khabar ner output does not line up with its input")
    return [[tag for _, tag in got] for got in tagged]


def time_khabar(binary, path, one_token_path, repeat):
    """Best-of-`repeat` (seconds to tag, load seconds, peak RSS bytes) of `khabar ner`."""
    load = best = float("inf")
    peak = 0
    for _ in range(repeat):
        with open(os.devnull, "wb") as null:
            load = min(load, run_khabar([binary, "ner", one_token_path], null)[0])
            seconds, usage, _ = run_khabar([binary, "ner", path], null)
        best = min(best, seconds)
        peak = max(peak, usage.ru_maxrss * 1024)  # kB on Linux
    return best - load, load, peak


def own_peak_rss():
    """This process's peak RSS in bytes (VmHWM). A child's ru_maxrss is at least the
    parent's RSS when it was started, so khabar's figure is only its own above this."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0


# --- report ------------------------------------------------------------------

def print_report(r):
    """Markdown tables: accuracy per kind, then speed."""
    print(f"ANERcorp dev split: {r['dev_sentences']:,} sentences, {r['dev_tokens']:,} tokens "
          f"(train {r['train_sentences']:,} / {r['train_tokens']:,}); CRF trained in "
          f"{r['crf_train_seconds']:.0f} s, {r['crf_iterations']} L-BFGS iterations max\n")
    print("| kind | gold | CRF P | CRF R | CRF F1 | Khabar P | Khabar R | Khabar F1 "
          "| `khabar ner` F1 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in KINDS + ("micro",):
        c, k, n = r["crf"][kind], r["khabar_eval"][kind], r["khabar_ner"][kind]
        print(f"| {kind} | {c['gold']} | {c['P']:.2f} | {c['R']:.2f} | **{c['F1']:.2f}** "
              f"| {k['P']:.2f} | {k['R']:.2f} | **{k['F1']:.2f}** | {n['F1']:.2f} |")
    print("\nKhabar = `khabar eval ner --split dev` (dev read as articles of 20 sentences, names"
          " propagated within each).")
    gap = r["khabar_ner"]["micro"]["F1"] - r["khabar_eval"]["micro"]["F1"]
    if abs(gap) >= 0.005:
        print(f"`khabar ner` on the dev file: micro F1 {gap:+.2f}, because it tags each sentence"
              " on its own, without the article-level propagation of names.")

    s = r["speed"]
    print(f"\nSpeed: {s['tokens']:,} tokens in {s['sentences']:,} sentences, one CPU "
          f"(#{s['cpu']}), best of {s['repeat']}\n")
    print("| tagger | seconds | tokens/s | peak RSS MB |")
    print("|---|---:|---:|---:|")
    print(f"| khabar ner (minus {s['khabar_load_seconds']:.2f} s start + load) "
          f"| {s['khabar_seconds']:.2f} | {s['khabar_tokens_per_s']:,.0f} "
          f"| {s['khabar_peak_rss_bytes'] / 1e6:.0f} |")
    print(f"| CRF features + Tagger.tag ({100 * s['crf_feature_seconds'] / s['crf_seconds']:.0f}%"
          f" features) | {s['crf_seconds']:.2f} | {s['crf_tokens_per_s']:,.0f} | – |")
    print(f"\nkhabar / CRF speed: {s['khabar_x']:.1f}×")
    if s["khabar_peak_rss_bytes"] <= s["parent_rss_bytes"]:
        print(f"(khabar's peak RSS is a bound: this script held "
              f"{s['parent_rss_bytes'] / 1e6:.0f} MB when it started khabar)")


# --- main --------------------------------------------------------------------

def main():
    """Read, split, tag, score, time, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anercorp", default=os.path.join(
        REPO, "..", "shared", "data", "ner", "anercorp-train.txt"))
    parser.add_argument("--khabar", default=None, help="default: .build/release/khabar, or "
                        ".build/debug/khabar if that is missing or older")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=1_000_000,
                        help="size of the speed stream (whole sentences, so a little more)")
    parser.add_argument("--iterations", type=int, default=100, help="L-BFGS iterations")
    parser.add_argument("--json", action="store_true", help="print all results as JSON")
    args = parser.parse_args()
    binary = args.khabar or default_khabar()
    if not os.access(binary, os.X_OK):
        sys.exit(f"no khabar binary at {binary}")
    # Single core for both taggers; children inherit the affinity.
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})

    sentences = read_anercorp(args.anercorp)
    train, dev = split_dev(sentences)
    if not dev:
        sys.exit(f"no dev sentences in {args.anercorp}")
    dev_tokens = [tokens for tokens, _ in dev]
    dev_gold = [tags for _, tags in dev]
    result = {"khabar": binary, "dev_sentences": len(dev), "train_sentences": len(train),
              "dev_tokens": sum(map(len, dev_tokens)),
              "train_tokens": sum(len(tokens) for tokens, _ in train),
              "crf_iterations": args.iterations}

    # Our split must be Khabar's: the gold entity counts per kind are a sharp check.
    result["khabar_eval"] = khabar_eval(binary, args.anercorp)
    ours = score(dev_gold, dev_gold)
    mismatched = [k for k in KINDS + ("micro",)
                  if ours[k]["gold"] != result["khabar_eval"].get(k, {}).get("gold")]
    if mismatched:
        sys.exit(f"dev split differs from khabar's: gold counts "
                 f"{ {k: ours[k]['gold'] for k in KINDS} } vs khabar eval {result['khabar_eval']}")

    # The stream repeats the corpus in order, whole sentences, up to the token budget.
    def stream_sentences():
        total = 0
        for tokens, _ in itertools.cycle(sentences):
            if total >= args.tokens:
                return
            total += len(tokens)
            yield tokens
    stream = list(stream_sentences())

    with tempfile.TemporaryDirectory() as workdir:
        dev_path, stream_path, one_path, model_path = (
            os.path.join(workdir, name) for name in ("dev.txt", "stream.txt", "one.txt", "crf.model"))
        write_conll(dev_path, dev_tokens)
        write_conll(stream_path, stream)
        write_conll(one_path, [["القاهرة"]])

        # Khabar first, while this process is still small (see own_peak_rss).
        result["khabar_ner"] = score(dev_gold, khabar_tag(binary, dev_path, dev_tokens))
        parent_rss = own_peak_rss()
        khabar_seconds, load_seconds, khabar_rss = time_khabar(binary, stream_path, one_path,
                                                               args.repeat)

        print(f"training the CRF on {len(train):,} sentences ...", file=sys.stderr, flush=True)
        result["crf_train_seconds"] = train_crf(train, model_path, args.iterations)
        tagger = pycrfsuite.Tagger()
        tagger.open(model_path)
        result["crf"] = score(dev_gold, [tagger.tag(sentence_features(t)) for t in dev_tokens])
        crf_seconds, feature_seconds = time_crf(tagger, stream, args.repeat)
        tagger.close()

    tokens = sum(map(len, stream))
    result["speed"] = {
        "tokens": tokens, "sentences": len(stream), "cpu": cpu, "repeat": args.repeat,
        "khabar_seconds": khabar_seconds, "khabar_load_seconds": load_seconds,
        "khabar_tokens_per_s": tokens / khabar_seconds, "khabar_peak_rss_bytes": khabar_rss,
        "parent_rss_bytes": parent_rss, "crf_seconds": crf_seconds,
        "crf_feature_seconds": feature_seconds, "crf_tokens_per_s": tokens / crf_seconds,
        "khabar_x": crf_seconds / khabar_seconds}
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_report(result)


if __name__ == "__main__":
    main()
