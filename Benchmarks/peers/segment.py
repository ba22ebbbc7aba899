#!/usr/bin/env python3
"""Time Khabar's clitic segmenter beside PyStemmer's Arabic Snowball stemmer.

Install the peer: pip install PyStemmer==3.1.0 (or the requirements.txt beside).

Usage: python3 Benchmarks/peers/segment.py [--data ../shared/data/saudinewsnet]
    [--ant ../shared/data/ant] [--khabar .build/release/khabar] [--repeat 3] [--json]

Two word lists, running text with duplicates: every Arabic-letter run of
SaudiNewsNet's article contents, and of the ANT corpus files (out of domain).
Each list goes to `khabar bench --words` and to PyStemmer in this process, best
of --repeat: stemWords (batch) and a stemWord loop, with PyStemmer's default
word cache and with the cache off (maxCacheSize = 0). Each PyStemmer run gets a
fresh Stemmer, so no run profits from a cache warmed by the one before.
The two tools do different jobs (segmenting vs stemming): this compares speed.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile

import Stemmer

WORD_RE = re.compile("[\u0621-\u064A\u0640\u064B-\u065F]+")


def saudinewsnet_words(folder):
    """Return the Arabic words of every article's content, in order, from *.zip."""
    words = []
    for path in sorted(glob.glob(os.path.join(folder, "*.zip"))):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name).decode("utf-8")):
                    words.extend(WORD_RE.findall(article.get("content") or ""))
    return words


def ant_words(folder):
    """Return the Arabic words of every ANT */*.txt file, markup and all, in order."""
    words = []
    for path in sorted(glob.glob(os.path.join(folder, "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as handle:
            words.extend(WORD_RE.findall(handle.read()))
    return words


def run_khabar(binary, path, repeat):
    """Run `khabar bench --words` on a word file and return its JSON report."""
    cmd = [binary, "bench", "--words", path, "--repeat", str(repeat), "--format", "json"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"khabar failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    return json.loads(done.stdout)


def time_stemmer(words, repeat, batch, cache):
    """Best-of-`repeat` seconds to stem `words`, a fresh Stemmer for each run."""
    best = float("inf")
    for _ in range(repeat):
        stemmer = Stemmer.Stemmer("arabic")
        if not cache:
            stemmer.maxCacheSize = 0
        start = time.perf_counter()
        if batch:
            stemmer.stemWords(words)
        else:
            [stemmer.stemWord(w) for w in words]
        best = min(best, time.perf_counter() - start)
    return best


def bench_list(label, words, args, workdir):
    """Write one word list to a file, time both tools on it, return its rows."""
    path = os.path.join(workdir, label + ".txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(words) + "\n")
    report = run_khabar(args.khabar, path, args.repeat)
    if report["words"] != len(words):
        print(f"warning: khabar read {report['words']} words, list has {len(words)}",
              file=sys.stderr)
    rows = [{"tool": "khabar segment", "words": report["words"],
             "seconds": report["seconds"], "words_per_s": report["words_per_s"]}]
    has_cache = hasattr(Stemmer.Stemmer("arabic"), "maxCacheSize")
    for batch, name in ((True, "stemWords"), (False, "stemWord loop")):
        for cache in (True, False) if has_cache else (True,):
            seconds = time_stemmer(words, args.repeat, batch, cache)
            tool = f"PyStemmer {name}" + ("" if not has_cache else
                                          " (cache)" if cache else " (no cache)")
            rows.append({"tool": tool, "words": len(words), "seconds": seconds,
                         "words_per_s": len(words) / seconds})
    for row in rows:
        row["khabar_x"] = report["words_per_s"] / row["words_per_s"]
    return {"list": label, "khabar": report, "rows": rows}


def print_table(result):
    """Print one word list's rows as an aligned text table."""
    report = result["khabar"]
    print(f"\n{result['list']}: {report['words']:,} words; khabar model load "
          f"{report['load_seconds']:.3f} s, {report['boundaries']:,} boundaries, "
          f"peak RSS {report['peak_rss_bytes'] / 2**20:.0f} MiB")
    print(f"{'tool':<34} {'words':>12} {'seconds':>9} {'M words/s':>10} {'khabar ×':>9}")
    for row in result["rows"]:
        print(f"{row['tool']:<34} {row['words']:>12,} {row['seconds']:>9.3f} "
              f"{row['words_per_s'] / 1e6:>10.2f} {row['khabar_x']:>9.2f}")


def main():
    """Parse arguments, build both word lists, benchmark them, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/saudinewsnet")
    parser.add_argument("--ant", default="../shared/data/ant")
    parser.add_argument("--khabar", default=".build/release/khabar")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    lists = [("saudinewsnet", saudinewsnet_words(args.data)), ("ant", ant_words(args.ant))]
    for label, words in lists:
        if not words:
            sys.exit(f"no Arabic words found for {label}: check --data / --ant")
    with tempfile.TemporaryDirectory() as workdir:
        results = [bench_list(label, words, args, workdir) for label, words in lists]
    if args.json:
        print(json.dumps({"pystemmer": Stemmer.version(), "repeat": args.repeat,
                          "lists": results}, indent=2))
    else:
        for result in results:
            print_table(result)


if __name__ == "__main__":
    main()
