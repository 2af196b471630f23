#!/usr/bin/env bash
# Runs the fuzz targets of fuzz/ (cargo fuzz, libFuzzer), each for a
# bounded time.
#
# Usage:
#   scripts/fuzz.sh                    # every target, 60 s each
#   FUZZ_SECONDS=300 scripts/fuzz.sh extract
#   scripts/fuzz.sh jsonl -- -max_len=8192   # extra libFuzzer flags
#
# Targets (fuzz/fuzz_targets/):
#   extract  decode → normalize → every layer → JSON on arbitrary bytes;
#            checks spans, byte maps, order, numbers, person ids and the
#            JSON Schema
#   jsonl    batch mode's JSON Lines reader (the binary's own src/cli
#            code): one output per non-blank line, in order, with the
#            right line, id and error kind
# The first byte of an input (two bytes for jsonl) chooses the options;
# the header of each target says how.
#
# Environment:
#   FUZZ_SECONDS     time per target (default 60; -max_total_time)
#   FUZZ_TIMEOUT     seconds one input may take before it counts as a
#                    hang (default 30)
#   FUZZ_SANITIZER   address (default) or none
#   FUZZ_TARGET_DIR  where to build (default fuzz/target)
#
# cargo-fuzz is installed from crates.io when missing. On a stable
# toolchain the script sets RUSTC_BOOTSTRAP=1: cargo fuzz needs nightly
# flags (-Z sanitizer, sanitizer coverage); the address sanitizer works
# that way too.
#
# Before fuzzing, each target runs once on its saved regressions
# (fuzz/regressions/<target>-*, minimized inputs of bugs found before);
# one that still fails is reported and its target is not fuzzed. To keep
# a new one: `cargo fuzz tmin` it, then copy it there under a short
# name. New interesting inputs go to
# fuzz/corpus/<target>/ (the seeds, fuzz/seeds/<target>/, are read only);
# the libFuzzer log of a run is fuzz/artifacts/<target>.log, and what it
# saves (crash-*, timeout-*, oom-*) goes to fuzz/artifacts/<target>/.
#
# Exit status: 0 when no target failed; 1 when one crashed, hung, ran out
# of memory or broke a property: the script then prints the failing
# input (its path and bytes), the end of the log with the panic, and how
# to reproduce and minimize it.
set -euo pipefail

cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
timeout=${FUZZ_TIMEOUT:-30}
sanitizer=${FUZZ_SANITIZER:-address}
target_dir=${FUZZ_TARGET_DIR:-fuzz/target}

targets=()
extra=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then
        shift
        extra=("$@")
        break
    fi
    targets+=("$1")
    shift
done

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

case "$(rustc --version)" in
    *nightly* | *-dev*) ;;
    *) export RUSTC_BOOTSTRAP=1 ;;
esac

if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi

fuzz() {
    cargo fuzz run --sanitizer "$sanitizer" --target-dir "$target_dir" "$@"
}

# Prints one failing input: its path, bytes and how to rerun it.
show() {
    local target=$1 f=$2
    echo "failing input: $f ($(wc -c <"$f") bytes)" >&2
    od -An -tx1 -v "$f" | head -n 32 >&2
    echo "reproduce: RUSTC_BOOTSTRAP=1 cargo fuzz run" \
        "--sanitizer $sanitizer $target $f" >&2
    echo "minimize:  RUSTC_BOOTSTRAP=1 cargo fuzz tmin" \
        "--sanitizer $sanitizer $target $f" >&2
}

# Reports a failed run: the panic from its log, then the failing input
# (`input`, or what libFuzzer saved in `dir` since `mark` was touched).
report() {
    local target=$1 dir=$2 mark=$3 log=$4 input=${5:-} f
    echo "fuzz.sh: $target FAILED" >&2
    echo "--- from $log" >&2
    # The panic or sanitizer report, else the end of the log.
    local what='panicked at|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)'
    if grep -qE "$what" "$log"; then
        grep -m1 -A24 -E "$what" "$log" >&2
    else
        tail -n 30 "$log" >&2
    fi
    echo "---" >&2
    if [ -n "$input" ]; then
        show "$target" "$input"
        return
    fi
    find "$dir" -maxdepth 1 -type f -newer "$mark" \
        \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' \
        -o -name 'leak-*' -o -name 'slow-unit-*' \) -print |
        while read -r f; do show "$target" "$f"; done
}

mark=$(mktemp)
trap 'rm -f "$mark"' EXIT
status=0
for t in "${targets[@]}"; do
    artifacts=fuzz/artifacts/$t
    corpus=fuzz/corpus/$t
    seeds=fuzz/seeds/$t
    log=fuzz/artifacts/$t.log
    mkdir -p "$artifacts" "$corpus" "$seeds"
    touch "$mark"

    # Every input of jsonl starts and ends threads (the batch reader, the
    # worker pool): a leak check, after an input or when the process
    # exits, races with their exit and reports their thread bookkeeping.
    # libFuzzer's check is turned off by -detect_leaks=0, the sanitizer's
    # own at exit by ASAN_OPTIONS.
    asan=${ASAN_OPTIONS:-}
    if [ "$t" = jsonl ]; then
        asan="detect_leaks=0${asan:+:$asan}"
    fi

    shopt -s nullglob
    regressions=(fuzz/regressions/"$t"-*)
    shopt -u nullglob
    if [ ${#regressions[@]} -gt 0 ]; then
        echo "fuzz.sh: $t: ${#regressions[@]} saved regression(s)" >&2
        if ! ASAN_OPTIONS=$asan fuzz "$t" "${regressions[@]}" -- \
            -timeout="$timeout" -detect_leaks=0 >"$log" 2>&1; then
            # libFuzzer names each file before it runs it.
            failed=$(sed -n 's/^Running: //p' "$log" | tail -n 1)
            report "$t" "$artifacts" "$mark" "$log" "$failed"
            status=1
            continue
        fi
    fi

    flags=(-timeout="$timeout")
    if [ "$t" = jsonl ]; then
        flags+=(-detect_leaks=0)
    fi

    echo "fuzz.sh: $t: fuzzing for $seconds s" >&2
    if ASAN_OPTIONS=$asan fuzz "$t" "$corpus" "$seeds" -- \
        -max_total_time="$seconds" \
        "${flags[@]}" -print_final_stats=1 "${extra[@]}" \
        >"$log" 2>&1; then
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' \
            "$log" | sed "s/^/fuzz.sh: $t: /" >&2 || true
        echo "fuzz.sh: $t: corpus $(find "$corpus" -type f | wc -l) inputs" >&2
    else
        report "$t" "$artifacts" "$mark" "$log"
        status=1
    fi
done
exit $status
