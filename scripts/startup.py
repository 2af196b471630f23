#!/usr/bin/env python3
"""Start-up time of `vnextract extract` on a 10 KB article.

Runs the release binary (built first if missing) many times on the first
10 KB of the shipped sample article and prints the median, minimum and
maximum wall time of one run, process start and exit included.

    python3 scripts/startup.py [--runs 50] [--binary target/release/vnextract]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def article_10k():
    with open(os.path.join(ROOT, "samples", "thanh-hoa-2023.txt"), "rb") as f:
        data = f.read()
    # Repeat the article if it is short, then cut at a char boundary.
    while len(data) < 10_000:
        data += b"\n" + data
    cut = 10_000
    while cut > 0 and (data[cut] & 0xC0) == 0x80:
        cut -= 1
    return data[:cut]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument(
        "--binary", default=os.path.join(ROOT, "target", "release", "vnextract")
    )
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(article_10k())
        path = f.name
    try:
        cmd = [args.binary, "extract", "--date", "2022-12-28", path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            times.append((time.perf_counter() - t) * 1000)
    finally:
        os.unlink(path)
    print(
        f"extract on 10 KB, {args.runs} runs: median {statistics.median(times):.1f} ms"
        f" (min {min(times):.1f}, max {max(times):.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
