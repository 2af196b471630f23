#!/usr/bin/env python3
"""Runs `vnextract extract --jsonl` over one JSON Lines file on a Spark
cluster, with the output of a run on one machine, line for line.

    spark-submit scripts/spark_extract.py [--vnextract PATH]
        [--partitions N] [--name NAME] [--single-file]
        INPUT OUTPUT [-- VNEXTRACT-ARGS...]

INPUT is one JSON Lines file, plain or `.gz`, on any file system Spark
reads (`hdfs://`, `s3a://`, a local path in local mode). OUTPUT is a
directory of part files (`part-00000`, `part-00001`, ...: their
concatenation in name order is the output), or with --single-file a file
written by the driver. The arguments after `--` go to `vnextract extract`
(`--text-field`, `--id-field`, `--date-field`, `--keep`, `--layers`,
`--date`, `--from`, `--dict`, ...). The binary (--vnextract, default
`target/release/vnextract`) and the `--dict` files are shipped to the
executors with the job.

How it keeps the output of a single run, `vnextract extract --jsonl
VNEXTRACT-ARGS NAME`:

- Spark reads the lines as bytes (split at `\\n` only, blank lines kept,
  invalid UTF-8 and legacy encodings untouched), numbers them from the
  blocks it read, and sends lines FIRST..LAST in order to partition k,
  each partition a run of consecutive lines.
- Each partition is piped through its own `vnextract` process, with
  `--stdin-name NAME` and `--first-line`, so that the `line` of an error
  record and the default id NAME:LINE of a record without an id are those
  of the whole file. The first partition is sent as it is, with
  `--first-line 1`. A later one, lines from FIRST, is sent after one
  blank line with `--first-line FIRST-1` (vnextract skips blank lines but
  counts them): its first line is then not the start of the input, where
  vnextract would take a byte order mark off (the whole file keeps it
  there) and look for the gzip magic bytes. Line 1 itself, when it starts
  with those bytes (decompressed from a `.gz` file), is sent wrapped in
  gzip without compression, so that vnextract reads it as it is.
- The partitions are written, or fetched by the driver, in order.

Exit code: 0 when every record was processed, 1 when some gave error
records (as vnextract), 2 for a usage error, 3 when the job failed.
Documented in docs/spark.md.
"""

import argparse
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import traceback
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BIN = os.path.join(ROOT, "target", "release", "vnextract")

#: Options of `vnextract extract` that the recipe sets itself or that make
#: no sense per partition: why.
REFUSED = {
    "--jsonl": "the recipe reads JSON Lines; it passes --jsonl itself",
    "--id": "records are named by --name (a recipe option)",
    "--output": "the output is OUTPUT",
    "-o": "the output is OUTPUT",
    "--pretty": "one record a line only",
    "--glob": "INPUT is one file",
    "--fail-fast": "it would stop one partition, not the run",
    "--first-line": "the recipe numbers the lines of each partition",
    "--stdin-name": "the input's name is --name (a recipe option)",
}

#: Options of `vnextract extract` that take a value.
VALUED = {
    "--text-field", "--id-field", "--date-field", "--keep", "--layers",
    "--date", "--from", "--tone", "--max-bytes", "--threads", "-j",
    "--format", "--dict",
}

#: The first bytes of a gzip stream: vnextract decompresses a standard
#: input that starts with them.
GZIP_MAGIC = b"\x1f\x8b"

#: What `u8::is_ascii_whitespace` is: a line of these alone is blank.
BLANK = b" \t\n\r\x0c"


class Usage(Exception):
    """A usage error: its message is for the user."""


def option_name(arg):
    """`--name` of `--name=value`, or the argument itself."""
    return arg.split("=", 1)[0] if arg.startswith("--") else arg


def split_vnextract_args(args):
    """Checks the `vnextract extract` arguments; returns them without the
    `--dict` files, and the `--dict` files."""
    rest, dicts = [], []
    i = 0
    while i < len(args):
        a = args[i]
        name = option_name(a)
        if name in REFUSED:
            raise Usage(f"vnextract argument {a}: {REFUSED[name]}")
        if a == "-" or not a.startswith("-"):
            raise Usage(f"vnextract argument {a!r}: the input is INPUT")
        if name in VALUED and "=" not in a:
            if i + 1 >= len(args):
                raise Usage(f"vnextract argument {a} needs a value")
            value, i = args[i + 1], i + 2
        else:
            value, i = (a.split("=", 1)[1] if "=" in a else None), i + 1
        if name == "--format" and value not in ("json", "jsonl"):
            raise Usage(
                f"--format {value}: JSON only (a CSV or TSV header would "
                "come again in every partition)"
            )
        if name == "--dict":
            dicts.append(value)
        else:
            rest += [a] if value is None or "=" in a else [a, value]
    return rest, dicts


def option_value(args, name, default=None):
    """The value of option `name` in `args` (the last one given)."""
    found = default
    for i, a in enumerate(args):
        if a == name and i + 1 < len(args):
            found = args[i + 1]
        elif a.startswith(name + "="):
            found = a.split("=", 1)[1]
    return found


def has_threads(args):
    return any(
        option_name(a) in ("--threads", "-j") or re.match(r"^-j\d+$", a)
        for a in args
    )


def parse_size(s):
    """`--max-bytes` as vnextract reads it: bytes, or K, M, G (powers of
    1024), optionally followed by B or iB."""
    t = s.strip()
    if t.endswith("iB"):
        t = t[:-2]
    elif t.endswith(("B", "b")):
        t = t[:-1]
    mult = 1
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if t and t[-1].isascii() and t[-1].isalpha():
        mult = units.get(t[-1].upper(), 0)
        t = t[:-1]
    t = t.strip()
    if not t.isdigit() or not t.isascii() or int(t) * mult == 0:
        raise ValueError(f"--max-bytes {s}: expected a number of bytes, "
                         "like 10M")
    return int(t) * mult


def has_scheme(path):
    """Whether `path` is a URI (`hdfs://...`, `s3a://...`, `file:...`)."""
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", path))


def default_name(path):
    """The name of the input in default ids: the path as given when it has
    no scheme (what `vnextract extract --jsonl PATH` writes), else its last
    component."""
    if not has_scheme(path):
        return path
    return re.sub(r"^.*[/:]", "", path.rstrip("/"))


def parse(argv):
    """Options, INPUT, OUTPUT; then the vnextract arguments after `--`."""
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1 :]
    else:
        extra = []
    p = argparse.ArgumentParser(
        prog="spark_extract.py",
        description="Runs `vnextract extract --jsonl` over one JSON Lines "
        "file on a Spark cluster, with the output of a run on one machine. "
        "Arguments after `--` go to `vnextract extract`.",
    )
    p.add_argument("input", metavar="INPUT",
                   help="one JSON Lines file, plain or .gz")
    p.add_argument("output", metavar="OUTPUT",
                   help="a directory of part files, or the file written "
                   "with --single-file")
    p.add_argument("--vnextract", metavar="PATH", default=DEFAULT_BIN,
                   help="the vnextract binary, built for the executors' "
                   "machines (a local path or a URI; default: "
                   "target/release/vnextract)")
    p.add_argument("--partitions", metavar="N", type=int,
                   help="vnextract processes, each on a run of consecutive "
                   "lines (default: the default parallelism)")
    p.add_argument("--name", metavar="NAME",
                   help="the input's name in the default ids NAME:LINE "
                   "(default: INPUT when it is a path without a scheme, "
                   "else its file name)")
    p.add_argument("--single-file", action="store_true",
                   help="OUTPUT is one file, written by the driver in "
                   "order and put in place when the job completes")
    a = p.parse_args(argv)
    if a.partitions is not None and a.partitions < 1:
        p.error("--partitions must be at least 1")
    a.name = a.name if a.name is not None else default_name(a.input)
    if not a.name:
        p.error("--name: an empty name")
    try:
        a.args, a.dicts = split_vnextract_args(extra)
        a.max_bytes = parse_size(option_value(a.args, "--max-bytes", "10M"))
    except (Usage, ValueError) as e:
        p.error(str(e))
    return a


def check_locally(a):
    """Runs the binary on no input with the arguments, when this machine
    can: a usage error or an unreadable dictionary shows before the job."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", a.vnextract):
        return
    if not os.access(a.vnextract, os.X_OK):
        raise Usage(f"{a.vnextract}: no such executable (build it with "
                    "`cargo build --release --locked`)")
    cmd = [a.vnextract, "extract", "--jsonl"]
    for d in a.dicts:
        cmd += ["--dict", d]
    try:
        r = subprocess.run(cmd + a.args + ["-"], input=b"",
                           capture_output=True)
    except OSError:
        return  # built for other machines than this one
    if r.returncode != 0:
        msg = r.stderr.decode("utf-8", "replace").strip()
        raise Usage(f"vnextract refuses the arguments: {msg}")


class Job:
    """What the executors need: plain values, pickled with the closure."""

    def __init__(self, a, binary, dicts, args, total, partitions, gz,
                 failed):
        self.binary = binary  # file name under SparkFiles
        self.dicts = dicts  # file names under SparkFiles
        self.args = args
        self.name = a.name
        self.input = a.input
        self.gz = gz  # whether Spark decompresses INPUT
        self.max_bytes = a.max_bytes
        self.total = total
        self.partitions = partitions
        self.failed = failed  # accumulator: partitions with error records

    def lines_of(self, k):
        """The lines partition k gets, FIRST..LAST (none when LAST <
        FIRST): those whose `(line - 1) * partitions // total` is k."""
        n, t = self.partitions, self.total
        return (k * t + n - 1) // n + 1, ((k + 1) * t + n - 1) // n

    def is_record(self, data):
        """Whether vnextract makes a record, so an output line, of a line:
        one longer than --max-bytes (an error record) or not blank."""
        return len(data) > self.max_bytes or bool(data.strip(BLANK))


class Feeder(threading.Thread):
    """Writes a partition to the standard input of its vnextract process:
    `lead`, then its lines, each checked to be the next one, wrapped in
    gzip without compression when `wrap`; counts the records."""

    def __init__(self, stdin, items, first, last, job, lead, wrap):
        super().__init__(daemon=True)
        self.stdin = stdin
        self.items = items
        self.first = first
        self.last = last
        self.job = job
        self.lead = lead
        self.wrap = wrap
        self.records = 0
        self.error = None
        self.broken = False

    def run(self):
        comp = zlib.compressobj(0, zlib.DEFLATED, 31) if self.wrap else None

        def write(b):
            if comp is not None:
                b = comp.compress(b)
            if b:
                self.stdin.write(b)

        try:
            write(self.lead)
            expect = self.first
            for line, data in self.items:
                if line != expect:
                    raise RuntimeError(
                        f"line {line} where line {expect} was expected"
                    )
                write(data + b"\n")
                self.records += self.job.is_record(data)
                expect += 1
            if expect != self.last + 1:
                raise RuntimeError(
                    f"lines {self.first}..{self.last} expected, the last "
                    f"is {expect - 1}"
                )
            if comp is not None:
                self.stdin.write(comp.flush())
        except BrokenPipeError:
            self.broken = True
        except BaseException as e:  # reported by the task
            self.error = e
        finally:
            try:
                self.stdin.close()
            except OSError:
                self.broken = True


def extract_partition(k, items, job):
    """Runs vnextract on partition k, whose items are (line, bytes) in
    order; yields its output lines."""
    from pyspark import SparkFiles

    first, last = job.lines_of(k)
    items = iter(items)
    head = next(items, None)
    if head is None:
        if first <= last:
            raise RuntimeError(f"partition {k}: lines {first}..{last} lost")
        return
    if first > 1:
        # One blank line first, numbered FIRST - 1: the first line of the
        # partition is not the start of an input, where vnextract takes a
        # byte order mark off and looks for the gzip magic bytes.
        lead, number, wrap = b"\n", first - 1, False
    else:
        lead, number = b"", 1
        # Line 1 as vnextract reads it from the file: plain lines.
        wrap = head[1].startswith(GZIP_MAGIC)
        if wrap and not job.gz:
            raise RuntimeError(
                f"{job.input} starts with the gzip magic bytes and its name "
                "does not end in .gz: Spark reads it as it is, vnextract "
                "would decompress it"
            )
    exe = SparkFiles.get(job.binary)
    if not os.access(exe, os.X_OK):
        os.chmod(exe, os.stat(exe).st_mode | 0o111)
    cmd = [exe, "extract", "--jsonl", "--stdin-name", job.name,
           "--first-line", str(number)]
    for d in job.dicts:
        cmd += ["--dict", SparkFiles.get(d)]
    cmd += job.args + ["-"]
    work = tempfile.mkdtemp(prefix="vnextract-")
    proc = None
    try:
        with open(os.path.join(work, "stderr"), "w+b") as err:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=err,
            )
            feeder = Feeder(proc.stdin, itertools.chain([head], items),
                            first, last, job, lead, wrap)
            feeder.start()
            written = 0
            for out in proc.stdout:
                written += 1
                if out.endswith(b"\n"):
                    out = out[:-1]
                yield out.decode("utf-8")
            code = proc.wait()
            feeder.join()
            # vnextract's messages go to the executor's log.
            err.seek(0)
            shutil.copyfileobj(err, sys.stderr.buffer)
            sys.stderr.flush()
            err.seek(max(0, err.tell() - 2000))
            tail = err.read().decode("utf-8", "replace").strip()
        where = f"partition {k} (lines {first}..{last})"
        if feeder.error is not None:
            raise RuntimeError(f"{where}: {feeder.error}")
        if feeder.broken:
            raise RuntimeError(f"{where}: vnextract exited with {code} "
                               f"before reading all its input: {tail}")
        if code not in (0, 1):
            raise RuntimeError(f"{where}: vnextract exited with {code}: "
                               f"{tail}")
        if written != feeder.records:
            raise RuntimeError(f"{where}: vnextract wrote {written} lines "
                               f"for {feeder.records} records: {tail}")
        if code == 1:
            job.failed.add(1)
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def numbered_lines(spark, path):
    """The lines of the file at `path`, blank ones included, as an RDD of
    (line number from 1, bytes) in no particular order; their count, and
    the number of blocks Spark read them in."""
    from pyspark.sql import functions as F

    df = spark.read.option("lineSep", "\n").text(path).select(
        F.col("_metadata.file_path").alias("file"),
        F.col("_metadata.file_block_start").alias("start"),
        F.col("value").cast("binary").alias("data"),
    )
    blocks = df.groupBy("file", "start").count().collect()
    files = sorted({b["file"] for b in blocks})
    if len(files) > 1:
        raise Usage(f"{path} names {len(files)} files: give one file")
    if files and not same_file(files[0], path):
        raise Usage(f"{path} is not a file: it reads {files[0]}")
    first, total = {}, 0
    for b in sorted(blocks, key=lambda b: b["start"]):
        first[b["start"]] = total + 1
        total += b["count"]

    def number(rows):
        # The rows of a block come in order, one block after another.
        block, line = None, 0
        for r in rows:
            if r["start"] != block:
                block = r["start"]
                if block not in first:
                    raise RuntimeError(
                        f"{path} was read in other blocks the second time: "
                        "did it change?"
                    )
                line = first[block]
            yield line, bytes(r["data"])
            line += 1

    rdd = df.select("start", "data").rdd.mapPartitions(number)
    return rdd, total, len(blocks)


def same_file(read, given):
    """Whether the file Spark read (a URI) is the one the path names, not
    one found in a directory or by a pattern."""
    from urllib.parse import unquote

    last = unquote(read.rstrip("/").rsplit("/", 1)[-1])
    return last == given.rstrip("/").rsplit("/", 1)[-1]


def spark_codec(sc, path):
    """The extension of the codec Spark decompresses the file at `path`
    with (Hadoop's, chosen by the end of the name, case counts), or None;
    refuses a file that `vnextract extract --jsonl` would read otherwise:
    vnextract decompresses gzip only, a name ending in `.gz` in any case
    or a file that starts with the gzip magic bytes."""
    jvm = sc._jvm
    factory = jvm.org.apache.hadoop.io.compress.CompressionCodecFactory(
        sc._jsc.hadoopConfiguration()
    )
    codec = factory.getCodec(jvm.org.apache.hadoop.fs.Path(path))
    ext = None if codec is None else codec.getDefaultExtension()
    if ext not in (None, ".gz"):
        raise Usage(f"{path}: Spark would decompress it ({ext}), vnextract "
                    "reads it as it is: give it plain or gzip")
    if ext is None and path.lower().endswith(".gz"):
        raise Usage(f"{path}: Spark decompresses a name ending in .gz in "
                    "lower case only")
    return ext


def run(a):
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("vnextract").getOrCreate()
    sc = spark.sparkContext
    if spark.conf.get("spark.sql.files.minPartitionNum", None) is None:
        # The input is read twice, in the same blocks: their size must not
        # follow the number of executors, which may change in between.
        spark.conf.set("spark.sql.files.minPartitionNum",
                       str(sc.defaultParallelism))
    gz = spark_codec(sc, a.input) == ".gz"
    sc.addFile(a.vnextract)
    dict_names = []
    for d in a.dicts:
        sc.addFile(d)
        dict_names.append(os.path.basename(d))
    args = list(a.args)
    if not has_threads(args):
        # Spark runs the tasks in parallel: as many threads each as
        # spark.task.cpus says (1 by default).
        args += ["--threads", sc.getConf().get("spark.task.cpus", "1")]
    lines, total, blocks = numbered_lines(spark, a.input)
    n = a.partitions or sc.defaultParallelism
    job = Job(a, os.path.basename(a.vnextract), dict_names, args, total, n,
              gz, sc.accumulator(0))
    parts = lines.repartitionAndSortWithinPartitions(
        n, partitionFunc=lambda line: (line - 1) * n // total
    )
    out = parts.mapPartitionsWithIndex(
        lambda k, items: extract_partition(k, items, job)
    )
    if a.single_file:
        # Every partition at once, kept, then fetched one after another.
        out.persist(StorageLevel.MEMORY_AND_DISK)
        out.count()
        write_file(a.output, out.toLocalIterator())
    else:
        out.saveAsTextFile(a.output)
    failed = job.failed.value
    print(f"spark_extract: {total} lines read in {blocks} blocks, "
          f"extracted in {n} partitions, "
          f"{'with' if failed else 'no'} error records", file=sys.stderr)
    spark.stop()
    return 1 if failed else 0


def write_file(path, lines):
    """Writes `lines` to `path`, put in place only when all are written."""
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".spark-extract-", dir=d)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            for line in lines:
                f.write(line.encode("utf-8") + b"\n")
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv):
    a = parse(argv)
    try:
        check_locally(a)
        return run(a)
    except Usage as e:
        print(f"spark_extract: {e}", file=sys.stderr)
        return 2
    except Exception:
        traceback.print_exc()
        print("spark_extract: the job failed", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
