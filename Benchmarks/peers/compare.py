#!/usr/bin/env python3
"""Compare Khabar's throughput with Python Arabic-text peers on SaudiNewsNet.

Install the peers (camel-tools' declared deps pull in torch/transformers, which
the functions used here never import, so it is installed without them):

    pip install pyarabic==0.6.15                   # pulls six
    pip install --no-deps camel-tools==1.6.0
    pip install emoji==2.16.0 regex==2026.5.9      # all camel-tools needs here
    # or, same thing: pip install --no-deps -r Benchmarks/peers/requirements.txt

Usage: python3 Benchmarks/peers/compare.py [--data ../shared/data/saudinewsnet]
    [--khabar .build/release/khabar] [--repeat 3] [--limit-mb N] [--json]

Each pipeline normalizes (diacritics, tatweel, alef/hamza), word-tokenizes and
sentence-splits every article of text already in memory; time is the best of
--repeat. Each peer runs in its own subprocess, so its peak RSS is its own.
MB = UTF-8 bytes / 1e6.
"""
import argparse
import glob
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile

SEPARATOR = "\n\f\n"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SENTENCE_RE = re.compile(r"(?<=[.!?؟…])\s+|\n+")


def count_sentences(pieces):
    """Count the pieces of a sentence split that hold more than whitespace."""
    return sum(1 for piece in pieces if piece and not piece.isspace())


def pyarabic_pipeline():
    """pyarabic: strip_tashkeel, strip_tatweel, normalize_alef, normalize_hamza.

    Quirks of pyarabic 0.6.15: normalize_alef also maps alef maksura to alef;
    sentence_tokenize splits on commas too and, passing re.UNICODE as re.sub's
    count, makes at most 32 splits per call (here: per article).
    """
    from pyarabic import araby

    def run(article):
        text = araby.strip_tatweel(araby.strip_tashkeel(article))
        text = araby.normalize_hamza(araby.normalize_alef(text))
        return len(araby.tokenize(text)), count_sentences(araby.sentence_tokenize(text))
    return run


def camel_pipeline():
    """camel-tools: dediac + alef/maksura/teh-marbuta normalization, simple tokenizer."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)

    def run(article):
        text = dediac_ar(article).replace("\u0640", "")
        text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
        return len(simple_word_tokenize(text)), count_sentences(SENTENCE_RE.split(text))
    return run


def regex_pipeline():
    """Plain `re`: one pass for diacritics + tatweel, one for alef, findall tokens."""
    strip = re.compile("[\u064B-\u065F\u0670\u0640]")
    alef = re.compile("[أإآ]")
    token = re.compile(r"\w+|[^\w\s]")

    def run(article):
        text = alef.sub("ا", strip.sub("", article))
        return len(token.findall(text)), count_sentences(SENTENCE_RE.split(text))
    return run


PIPELINES = {"pyarabic": pyarabic_pipeline, "camel-tools": camel_pipeline,
             "regex": regex_pipeline}


def proc_status_bytes(field):
    """A kB field of /proc/self/status (VmRSS: RSS now, VmHWM: peak RSS of this
    program image, unlike ru_maxrss which counts the parent's RSS at fork), or None."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith(field + ":"))
    except (OSError, StopIteration):
        return None


def run_peer(name, corpus_path, repeat):
    """Time one peer on the corpus (in this process) and return its figures."""
    try:
        pipeline = PIPELINES[name]()
    except ImportError as error:
        return {"pipeline": name, "skipped": f"cannot import: {error}"}
    with open(corpus_path, encoding="utf-8", newline="") as f:
        articles = f.read().split(SEPARATOR)
    baseline = proc_status_bytes("VmRSS")
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        counts = [pipeline(article) for article in articles]
        best = min(best, time.perf_counter() - start)
    tokens, sentences = (sum(column) for column in zip(*counts))
    peak = proc_status_bytes("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"pipeline": name, "bytes": os.path.getsize(corpus_path), "articles": len(articles),
            "tokens": tokens, "sentences": sentences, "seconds": best,
            "peak_rss_bytes": peak, "rss_before_work_bytes": baseline}


def write_corpus(data_dir, limit_mb, out):
    """Stream the non-empty `content` of each article in data_dir/*.zip, joined by
    SEPARATOR, to binary file `out`; return (bytes written, articles). Run in a
    child (--write-corpus) to keep the main process small: a child's ru_maxrss
    starts at its parent's peak RSS, which would inflate khabar's figure."""
    size = count = 0
    limit = float("inf") if limit_mb is None else limit_mb * 1e6
    for path in sorted(glob.glob(os.path.join(data_dir, "*.zip"))):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                for item in json.loads(archive.read(member)):
                    data = (item.get("content") or "").encode("utf-8")
                    if not data:
                        continue
                    if count:
                        data = SEPARATOR.encode() + data
                    if count and size + len(data) > limit:
                        return size, count
                    out.write(data)
                    size, count = size + len(data), count + 1
    return size, count


def run_khabar(khabar, corpus_path, repeat):
    """Run `khabar bench` on the corpus and return its parsed JSON figures."""
    cmd = [khabar, "bench", "--text", corpus_path, "--repeat", str(repeat), "--format", "json"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as error:
        sys.exit(f"cannot run {khabar}: {error}")
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(1)
    try:
        return {**json.loads(done.stdout), "pipeline": "khabar"}
    except ValueError:
        sys.exit(f"khabar bench printed no JSON object:\n{done.stdout}")


def run_child(arguments):
    """Run this script in a fresh interpreter; return its JSON output, or raise
    RuntimeError with the end of its stderr."""
    done = subprocess.run([sys.executable, os.path.abspath(__file__)] + arguments,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-300:])
    return json.loads(done.stdout)


def add_rates(result, khabar_mbps):
    """Fill in MB/s, tokens/s and the khabar speed-up for one result."""
    result["mb_per_s"] = result["bytes"] / 1e6 / result["seconds"]
    result["tokens_per_s"] = result["tokens"] / result["seconds"]
    result["khabar_x"] = khabar_mbps / result["mb_per_s"]


def print_table(results, corpus_mb, articles, limit_mb):
    """Print the comparison table and the headline ratio."""
    scope = "full corpus" if limit_mb is None else f"--limit-mb {limit_mb}"
    print(f"corpus: {corpus_mb:.1f} MB, {articles} articles ({scope}); (loaded) = RSS"
          " before the timed work: interpreter, imports and corpus as Python strings\n")
    print(f"{'pipeline':<12} {'MB/s':>8} {'tokens/s':>12} {'tokens':>11} "
          f"{'sentences':>10} {'peak RSS MB':>12} {'(loaded)':>9} {'khabar ×':>9}")
    for r in results:
        if "skipped" in r:
            print(f"{r['pipeline']:<12} skipped: {r['skipped']}")
            continue
        before = r.get("rss_before_work_bytes")
        loaded = "" if before is None else f"{before / 1e6:.1f}"
        print(f"{r['pipeline']:<12} {r['mb_per_s']:>8.2f} {r['tokens_per_s']:>12,.0f} "
              f"{r['tokens']:>11,} {r['sentences']:>10,} "
              f"{r['peak_rss_bytes'] / 1e6:>12.1f} {loaded:>9} {r['khabar_x']:>9.1f}")
    rivals = [r for r in results if r["pipeline"] in ("pyarabic", "camel-tools")
              and "skipped" not in r]
    fastest = max(rivals, key=lambda r: r["mb_per_s"], default=None)
    verdict = f"{fastest['khabar_x']:.1f}× ({fastest['pipeline']})" if fastest else "n/a"
    print(f"\nkhabar vs fastest of pyarabic/camel-tools: {verdict}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data", "saudinewsnet"))
    parser.add_argument("--khabar", default=os.path.join(REPO, ".build", "release", "khabar"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit-mb", type=float, default=None,
                        help="use only the first N MB of articles (default: all)")
    parser.add_argument("--json", action="store_true", help="print all results as JSON")
    parser.add_argument("--peer", choices=PIPELINES, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--write-corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.peer:  # child mode: one peer, one process
        print(json.dumps(run_peer(args.peer, args.corpus, args.repeat)))
        return
    if args.write_corpus:  # child mode: build the corpus file
        with open(args.write_corpus, "wb") as out:
            print(json.dumps(write_corpus(args.data, args.limit_mb, out)))
        return

    fd, corpus_path = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        limit = [] if args.limit_mb is None else ["--limit-mb", str(args.limit_mb)]
        size, articles = run_child(["--write-corpus", corpus_path, "--data", args.data] + limit)
        if not articles:
            sys.exit(f"no articles found in {args.data}/*.zip")
        results = [run_khabar(args.khabar, corpus_path, args.repeat)]
        for name in PIPELINES:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            try:
                results.append(run_child(["--peer", name, "--corpus", corpus_path,
                                          "--repeat", str(args.repeat)]))
            except RuntimeError as error:
                results.append({"pipeline": name, "skipped": f"failed: {error}"})
    finally:
        os.unlink(corpus_path)

    if (results[0].get("bytes"), results[0].get("articles")) != (size, articles):
        print(f"warning: khabar saw {results[0].get('bytes')} bytes/{results[0].get('articles')}"
              f" articles; corpus has {size}/{articles}", file=sys.stderr)
    khabar_mbps = results[0]["bytes"] / 1e6 / results[0]["seconds"]
    for r in results:
        if "skipped" not in r:
            add_rates(r, khabar_mbps)
    if args.json:
        print(json.dumps({"corpus_bytes": size, "articles": articles,
                          "limit_mb": args.limit_mb, "repeat": args.repeat,
                          "results": results}, indent=2, ensure_ascii=False))
    else:
        print_table(results, size / 1e6, articles, args.limit_mb)


if __name__ == "__main__":
    main()
