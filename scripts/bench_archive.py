#!/usr/bin/env python3
"""Archive-scale benchmark of `vnextract extract --jsonl`, and the tools a
user would pick instead.

Builds a JSON Lines corpus of at least --mb MB (default 100) from the
shipped samples and the gold articles, then measures, in one run:

- throughput of `extract --jsonl` (MB/s and documents/s) with 1 thread and
  with all cores, the median of --runs runs, and the peak memory of each;
- start-up: the median time of `extract` on one 10 KB article;
- with --memory-gb G: the peak memory of `extract --jsonl` on a G GB
  input streamed through a pipe (generated on the fly, never written to
  disk), against the peak on the --mb corpus: bounded memory means the
  two stay close;
- unless --no-compare: the named-entity recognizer of `underthesea` and
  `flashtext` keyword matching with the same place names, installed into a
  virtual environment under --venv (created on first use; needs the
  package registry), on a slice of the same texts.

    python3 scripts/bench_archive.py [--mb 100] [--memory-gb 1] [--runs 3]
                                     [--no-compare]
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "vnextract")


def texts():
    """The sample articles and the texts of the gold files."""
    out = []
    samples = os.path.join(ROOT, "samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt") and not name.startswith("legacy-"):
            with open(os.path.join(samples, name), encoding="utf-8") as f:
                out.append(f.read())
    gold = os.path.join(ROOT, "tests", "gold")
    for name in sorted(os.listdir(gold)):
        if not name.endswith(".jsonl"):
            continue
        for line in open(os.path.join(gold, name), encoding="utf-8"):
            rec = json.loads(line)
            if "text" in rec:
                out.append(rec["text"])
            elif "text_file" in rec:
                path = os.path.normpath(os.path.join(gold, rec["text_file"]))
                if os.path.exists(path):
                    with open(path, encoding="utf-8") as f:
                        out.append(f.read())
    return out


def build_corpus(path, mb):
    base = texts()
    size = 0
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1_000_000:
            for t in base:
                line = json.dumps({"id": f"d{n}", "text": t}, ensure_ascii=False)
                f.write(line + "\n")
                size += len(t.encode("utf-8"))
                n += 1
    return size, n


def run_timed(cmd):
    """Wall time and peak memory (MB) of one child process, measured by a
    fresh Python process so that no other child counts."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def median_run(cmd, runs):
    """The median wall time of `runs` runs of `cmd` (the machines are
    shared: one run can be slowed by a neighbour), and the highest peak
    memory among them."""
    results = [run_timed(cmd) for _ in range(max(1, runs))]
    walls = sorted(w for w, _ in results)
    return statistics.median(walls), max(p for _, p in results)


def streamed(corpus, gb, threads):
    """Wall time and peak memory (MB) of `extract --jsonl` on `gb` GB made
    by repeating `corpus`, written to its standard input by a fresh Python
    process (so that only the extractor counts as a child)."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "corpus, limit, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]\n"
        "data = open(corpus, 'rb').read()\n"
        "t = time.perf_counter()\n"
        "p = subprocess.Popen(cmd, stdin=subprocess.PIPE,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "sent = 0\n"
        "while sent < limit:\n"
        "    p.stdin.write(data)\n"
        "    sent += len(data)\n"
        "p.stdin.close()\n"
        "assert p.wait() == 0\n"
        "print(time.perf_counter() - t, sent,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    cmd = [BIN, "extract", "--jsonl", "-j", str(threads), "--quiet", "-"]
    out = subprocess.run([sys.executable, "-c", probe, corpus,
                          str(gb * 1e9), *cmd], check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]) / 1024


def startup(article):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                     encoding="utf-8") as f:
        f.write(article)
        path = f.name
    times = []
    for _ in range(30):
        t = time.perf_counter()
        subprocess.run([BIN, "extract", path], check=True,
                       stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    os.unlink(path)
    return statistics.median(times)


def compare(venv, sample_texts, places):
    """underthesea NER and flashtext on `sample_texts`: MB/s of each."""
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "underthesea",
                        "flashtext"], check=True)
    with tempfile.TemporaryDirectory() as d:
        tpath = os.path.join(d, "texts.json")
        ppath = os.path.join(d, "places.json")
        json.dump(sample_texts, open(tpath, "w", encoding="utf-8"))
        json.dump(places, open(ppath, "w", encoding="utf-8"))
        prog = r'''
import json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
places = json.load(open(sys.argv[2], encoding="utf-8"))
size = sum(len(t.encode("utf-8")) for t in texts)
from flashtext import KeywordProcessor
kp = KeywordProcessor(case_sensitive=True)
for p in places:
    kp.add_keyword(p)
t = time.perf_counter()
n = sum(len(kp.extract_keywords(x)) for x in texts)
flash = size / (time.perf_counter() - t) / 1e6
from underthesea import ner
t = time.perf_counter()
for x in texts:
    for line in x.split("\n"):
        if line.strip():
            ner(line)
under = size / (time.perf_counter() - t) / 1e6
print(json.dumps({"flashtext": flash, "underthesea": under}))
'''
        out = subprocess.run([py, "-c", prog, tpath, ppath], check=True,
                             capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--no-compare", action="store_true")
    ap.add_argument("--memory-gb", type=float, default=0,
                    help="also stream this many GB through a pipe and "
                    "report the peak memory")
    ap.add_argument("--runs", type=int, default=3,
                    help="runs of each throughput measure; the median "
                    "is printed (default 3)")
    ap.add_argument("--venv", default=os.path.join(
        os.path.expanduser("~"), ".cache", "vnextract-bench-venv"))
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    cores = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory() as d:
        corpus = os.path.join(d, "corpus.jsonl")
        size, n = build_corpus(corpus, args.mb)
        for j in (1, cores):
            wall, peak = median_run([BIN, "extract", "--jsonl", "-j", str(j),
                                     "--quiet", corpus], args.runs)
            rows.append((f"vnextract extract --jsonl -j {j}",
                         size / wall / 1e6, n / wall, peak))
        wall, peak = median_run([BIN, "extract", "--jsonl", "-j", "1",
                                 "--quiet", "--layers", "entities", corpus],
                                args.runs)
        entities_mbs = size / wall / 1e6
        rows.append(("vnextract --layers entities -j 1", entities_mbs,
                     n / wall, peak))
        if args.memory_gb:
            wall, sent, peak = streamed(corpus, args.memory_gb, cores)
            rows.append((f"{sent / 1e9:.2f} GB through a pipe -j {cores}",
                         sent / wall / 1e6, float("nan"), peak))
    base = texts()
    article = max(base, key=len)
    while len(article.encode("utf-8")) < 10_000:
        article += "\n" + article
    article = article.encode("utf-8")[:10_000].decode("utf-8", "ignore")
    start_ms = startup(article)
    print(f"corpus: {size / 1e6:.1f} MB, {n} documents, {cores} cores; "
          f"throughput: median of {max(1, args.runs)} runs")
    print(f"{'run':<40} {'MB/s':>8} {'docs/s':>10} {'peak MB':>8}")
    for name, mbs, dps, peak in rows:
        docs = "-" if dps != dps else f"{dps:.0f}"
        print(f"{name:<40} {mbs:>8.1f} {docs:>10} {peak:>8.0f}")
    print(f"start-up on a 10 KB article: {start_ms:.1f} ms (median of 30)")
    if not args.no_compare:
        places = subprocess.run([BIN, "dict", "list", "--type", "place"],
                                check=True, capture_output=True,
                                text=True).stdout.splitlines()[1:]
        names = sorted({l.split("\t")[2] for l in places})
        slice_ = base * 1
        r = compare(args.venv, slice_, names)
        print(f"{'underthesea ner (1 core)':<40} {r['underthesea']:>8.3f}")
        print(f"{'flashtext, same place names (1 core)':<40} "
              f"{r['flashtext']:>8.1f}")
        print(f"vnextract / underthesea: "
              f"{rows[0][1] / r['underthesea']:.0f} times")
        print(f"vnextract entities / flashtext: "
              f"{entities_mbs / r['flashtext']:.2f} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
