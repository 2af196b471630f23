#!/usr/bin/env python3
"""End-to-end test of the Spark recipe (scripts/spark_extract.py): its
output must be the output of `vnextract extract --jsonl` on one machine,
byte for byte.

Builds a JSON Lines file of a few hundred records from the texts of
`samples/`, with bad ones among them (lines that are not JSON or not an
object, records without their text field or with a text that is not a
string, invalid UTF-8, raw TCVN3 bytes, lines over --max-bytes, a carriage
return inside a line, blank lines of every kind, CRLF line ends, a byte
order mark, no line break at the end). The first line of every partition
but the first starts with a byte order mark or with the gzip magic bytes,
which vnextract would take for the start of an input. Then runs, each
compared with `vnextract extract --jsonl` run in the file's directory:

  A. the plain file named by a relative path, read in blocks of 24 KiB,
     7 partitions, --single-file, with --text-field, --id-field,
     --date-field, --keep, --max-bytes and a --dict of its own;
  B. the same file gzipped, its first line starting with the gzip magic
     bytes once decompressed, named by an absolute path, 3 partitions, a
     directory of part files, with --from auto, --layers and --sentences;
  C. the gzipped file named `.GZ`, which Spark would not decompress: the
     recipe must refuse it (exit code 2).

Spark runs in local mode (`local[2]`) from the `pyspark` package, pinned
below and installed into a virtual environment (--venv, default
`target/spark-venv`, reused when it has that version). Needs Python 3.8+,
pip with access to the package registry, and Java 17 (`java` on the PATH
or JAVA_HOME). Without --bin, builds the binary with `cargo build
--release --locked`.

    python3 scripts/spark_test.py [--bin PATH] [--venv DIR] [--keep]

Exits 0 when the runs give the output of the single machine (and C is
refused), 1 with the first differing line otherwise.
"""

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECIPE = os.path.join(ROOT, "scripts", "spark_extract.py")
PYSPARK = "3.5.9"


def log(msg):
    print(f"spark_test: {msg}", flush=True)


def fail(msg):
    print(f"spark_test: FAILED: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


def build():
    """Builds the release binary; returns its path."""
    log("cargo build --release --locked")
    subprocess.run(["cargo", "build", "--release", "--locked"], cwd=ROOT,
                   check=True)
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, check=True, capture_output=True,
    ).stdout
    return os.path.join(json.loads(meta)["target_directory"], "release",
                        "vnextract")


def venv_with_pyspark(venv):
    """A virtual environment with pyspark PYSPARK; returns its bin dir."""
    bindir = os.path.join(venv, "bin")
    py = os.path.join(bindir, "python")
    probe = [py, "-c", "import pyspark; print(pyspark.__version__)"]
    if os.path.exists(py):
        r = subprocess.run(probe, capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip() == PYSPARK:
            return bindir
    log(f"installing pyspark=={PYSPARK} into {os.path.relpath(venv, ROOT)}")
    subprocess.run([sys.executable, "-m", "venv", "--clear", venv],
                   check=True)
    subprocess.run([py, "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", f"pyspark=={PYSPARK}"],
                   check=True)
    subprocess.run(probe, check=True, capture_output=True)
    return bindir


def check_java():
    java = (os.path.join(os.environ["JAVA_HOME"], "bin", "java")
            if os.environ.get("JAVA_HOME") else shutil.which("java"))
    if not java or not os.path.exists(java):
        fail("Spark needs Java 17: no java on the PATH and no JAVA_HOME")
    r = subprocess.run([java, "-version"], capture_output=True, text=True)
    log((r.stderr or r.stdout).splitlines()[0])


def paragraphs():
    """The paragraphs of the UTF-8 samples."""
    out = []
    samples = os.path.join(ROOT, "samples")
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt") and not name.startswith("legacy-"):
            with open(os.path.join(samples, name), encoding="utf-8") as f:
                out += [p.strip() for p in f.read().split("\n") if p.strip()]
    return out


def line(obj):
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def partition_starts(total, n):
    """The indexes (from 0) of the first lines of the partitions after the
    first when the recipe cuts `total` lines into `n`."""
    return [(k * total + n - 1) // n for k in range(1, n)]


def corpus(n=400, partitions=(7, 3)):
    """The test input: about `n` records, good and bad, with blank lines,
    as the lines of case A and of case B; and the user dictionary it is
    run with."""
    rnd = random.Random(20250701)
    paras = paragraphs()
    with open(os.path.join(ROOT, "samples", "legacy-tcvn3.txt"), "rb") as f:
        tcvn3 = f.read().strip().split(b"\n")[0]
    lines = []
    for i in range(n):
        text = paras[i % len(paras)]
        if i % 17 == 5:
            text = "Công ty SPARKCO " + text
        rec = {"meta": {"id": f"r{i}"}, "body": {"text": text},
               "published": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}",
               "url": f"https://example.org/{i}"}
        kind = i % 23
        if kind == 1:
            del rec["meta"]  # default id NAME:LINE
        elif kind == 2:
            rec["meta"]["id"] = i  # a number
        elif kind == 3:
            rec["meta"]["id"] = None  # null: NAME:LINE
        elif kind == 4:
            rec["published"] = "28/12/2022"  # ignored, with a message
        elif kind == 5:
            del rec["body"]  # missing_text
        elif kind == 6:
            rec["body"]["text"] = 42  # missing_text: not a string
        elif kind == 7:
            rec["body"] = ["a list"]
        elif kind == 8:
            rec["body"]["text"] = text + " \u2028 \U0001F600 \t \\ \""
        data = line(rec)
        if kind == 9:
            data = data[: len(data) // 2]  # cut: not JSON
        elif kind == 10:
            data = b'["an array"]'
        elif kind == 11:
            data = b"null"
        elif kind == 12:
            # Invalid UTF-8 inside the text (encoding error, or Latin-1
            # bytes with --from auto).
            data = line(rec).replace(b'"text": "', b'"text": "\xff\xfe ')
        elif kind == 13:
            # Raw TCVN3 bytes.
            data = (b'{"meta": {"id": "tcvn3-' + str(i).encode()
                    + b'"}, "body": {"text": "' + tcvn3 + b'"}}')
        elif kind == 14:
            data = data.replace(b"{", b"{\r", 1)  # a CR inside the line
        elif kind == 15:
            data += b"\r"  # CRLF
        lines.append(data)
        for _ in range(rnd.choice([0, 0, 0, 0, 1, 1, 2, 5])):
            lines.append(rnd.choice([b"", b"   ", b"\t", b"\r", b" \r"]))
    # Over --max-bytes 64K: a record, and a line of spaces.
    big = {"meta": {"id": "big"}, "body": {"text": " ".join(paras) * 8}}
    lines.insert(150, line(big))
    lines.insert(250, b" " * 70000)
    # The partitions after the first start with a line that vnextract would
    # take for the start of an input: a byte order mark (a JSON error here,
    # as further down the file), or the gzip magic bytes.
    magic = b"\x1f\x8b not gzip"
    for p in partitions:
        for k, i in enumerate(partition_starts(len(lines), p)):
            text = line({"meta": {"id": f"bom-{i}"},
                         "body": {"text": paras[i % len(paras)]}})
            lines[i] = b"\xef\xbb\xbf" + text if k % 2 else magic
    a = b"\xef\xbb\xbf" + b"\n".join(lines)  # no line break at the end
    b = b"\n".join([magic] + lines[1:])
    dictionary = ("# format: 1\nid\tname\ttype\taliases\n"
                  "org.sparkco\tCông ty Thử nghiệm Spark\torganization\t"
                  "SPARKCO\n").encode("utf-8")
    return a, b, dictionary


def run(cmd, cwd, out_path=None, err_path=None, env=None):
    """Runs `cmd`; returns its exit code."""
    with open(out_path or os.devnull, "wb") as out, \
         open(err_path or os.devnull, "wb") as err:
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=err, env=env,
                              timeout=900).returncode


def tail(path, n=40):
    with open(path, "rb") as f:
        lines = f.read().decode("utf-8", "replace").splitlines()
    return "\n".join(lines[-n:])


def compare(want_path, got, what):
    """Fails unless the bytes `got` are those of `want_path`, naming the
    first line that differs."""
    with open(want_path, "rb") as f:
        want = f.read()
    if got == want:
        return
    a, b = want.split(b"\n"), got.split(b"\n")
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            break
    else:
        i = min(len(a), len(b))
    show = lambda ls: (ls[i][:300].decode("utf-8", "replace")
                       if i < len(ls) else "(end of output)")
    fail(f"{what}: output line {i + 1} differs from the single machine's "
         f"({len(a) - 1} lines there, {len(b) - 1} here)\n"
         f"  single machine: {show(a)}\n  spark:          {show(b)}")


def sanity(path, name, want):
    """The single-machine output has what the test is about."""
    kinds, fallback = set(), 0
    with open(path, "rb") as f:
        rows = [json.loads(x) for x in f]
    for r in rows:
        if "error" in r:
            kinds.add(r["error"]["kind"])
        if str(r.get("id", "")).startswith(name + ":"):
            fallback += 1
    if not set(want) <= kinds or fallback < 10 or len(rows) < 300:
        fail(f"the test input does not test enough: {len(rows)} records, "
             f"error kinds {sorted(kinds)}, {fallback} default ids")
    return len(rows), sorted(kinds)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--bin", help="the vnextract binary (default: build it)")
    p.add_argument("--venv", default=os.path.join(ROOT, "target",
                                                  "spark-venv"))
    p.add_argument("--keep", action="store_true",
                   help="keep the work directory")
    a = p.parse_args()
    started = time.monotonic()
    exe = os.path.abspath(a.bin) if a.bin else build()
    if not os.access(exe, os.X_OK):
        fail(f"{exe}: not an executable")
    check_java()
    bindir = venv_with_pyspark(os.path.abspath(a.venv))
    work = tempfile.mkdtemp(prefix="vnextract-spark-test-")
    data, data_b, dictionary = corpus()
    with open(os.path.join(work, "input.jsonl"), "wb") as f:
        f.write(data)
    with open(os.path.join(work, "input-b.jsonl.gz"), "wb") as f:
        f.write(gzip.compress(data_b))
    with open(os.path.join(work, "input-c.jsonl.GZ"), "wb") as f:
        f.write(gzip.compress(data_b))
    with open(os.path.join(work, "mine.tsv"), "wb") as f:
        f.write(dictionary)
    nl = data.count(b"\n") + 1
    log(f"input: {nl} lines, {len(data)} bytes")

    env = dict(os.environ)
    env["PYSPARK_PYTHON"] = os.path.join(bindir, "python")
    env["PYSPARK_DRIVER_PYTHON"] = os.path.join(bindir, "python")
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    submit = [os.path.join(bindir, "spark-submit"), "--master", "local[2]",
              "--conf", "spark.ui.enabled=false",
              "--conf", "spark.sql.files.maxPartitionBytes=24k"]
    cases = [
        {
            "case": "A",
            "input": "input.jsonl",
            "recipe": ["--partitions", "7", "--single-file"],
            "output": "out-a.jsonl",
            "args": ["--text-field", "body.text", "--id-field", "meta.id",
                     "--date-field", "published", "--keep", "url",
                     "--max-bytes", "64K", "--dict", "mine.tsv"],
            "errors": ["encoding", "json", "missing_text", "too_large"],
            "blocks": 5,
        },
        {
            "case": "B",
            "input": os.path.join(work, "input-b.jsonl.gz"),
            "recipe": ["--partitions", "3"],
            "output": "out-b",
            "args": ["--text-field=body.text", "--id-field", "meta.id",
                     "--from", "auto", "--layers", "entities,dates",
                     "--sentences"],
            "errors": ["json", "missing_text"],
            "blocks": 1,
        },
    ]
    for c in cases:
        case, name = c["case"], c["input"]
        single = os.path.join(work, f"single-{case}.jsonl")
        err = os.path.join(work, f"single-{case}.err")
        code = run([exe, "extract", "--jsonl", *c["args"], name], work,
                   single, err)
        if code != 1:
            fail(f"{case}: vnextract exited with {code}, not 1 (error "
                 f"records):\n{tail(err)}")
        records, kinds = sanity(single, name, c["errors"])
        t = time.monotonic()
        spark_log = os.path.join(work, f"spark-{case}.log")
        cmd = [*submit, RECIPE, "--vnextract", exe, *c["recipe"],
               c["input"], c["output"], "--", *c["args"]]
        code = run(cmd, work, spark_log, spark_log, env)
        secs = time.monotonic() - t
        if code != 1:
            fail(f"{case}: the recipe exited with {code}, not 1 (error "
                 f"records); its log, {spark_log}:\n{tail(spark_log)}")
        out = os.path.join(work, c["output"])
        if os.path.isdir(out):
            parts = sorted(x for x in os.listdir(out)
                           if x.startswith("part-"))
            got = b"".join(open(os.path.join(out, x), "rb").read()
                           for x in parts)
        else:
            got = open(out, "rb").read()
        compare(single, got, case)
        with open(spark_log, encoding="utf-8", errors="replace") as f:
            m = re.search(r"read in (\d+) blocks", f.read())
        if not m or int(m.group(1)) < c["blocks"]:
            fail(f"{case}: the input was read in "
                 f"{m.group(1) if m else 'no'} blocks, not at least "
                 f"{c['blocks']}: the test does not test enough")
        log(f"{case}: {records} records (errors: {', '.join(kinds)}), "
            f"read in {m.group(1)} blocks, identical; spark {secs:.0f} s")
    # C: refused before the job.
    spark_log = os.path.join(work, "spark-C.log")
    cmd = [*submit, RECIPE, "--vnextract", exe, "input-c.jsonl.GZ", "out-c"]
    code = run(cmd, work, spark_log, spark_log, env)
    with open(spark_log, encoding="utf-8", errors="replace") as f:
        refused = "in lower case only" in f.read()
    if code != 2 or not refused or os.path.exists(os.path.join(work,
                                                               "out-c")):
        fail(f"C: the recipe exited with {code}, not 2 (refused .GZ); its "
             f"log, {spark_log}:\n{tail(spark_log)}")
    log("C: a .GZ input refused")
    if a.keep:
        log(f"work directory kept: {work}")
    else:
        shutil.rmtree(work)
    log(f"all runs as expected in {time.monotonic() - started:.0f} s")
    print(f"spark_test: {len(cases) + 1} passed, 0 failed")


if __name__ == "__main__":
    main()
