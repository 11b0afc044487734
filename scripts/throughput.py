#!/usr/bin/env python3
"""Whole-command throughput of `boilerstrip clean` over a page set.

    scripts/throughput.py [--data DIR] [--repeat N] [--big-text N] [--no-build]

Builds the release binary, then for each input kind (text: */input.txt,
html: */input.html) cleans every page in one process,

    boilerstrip clean --type KIND --format jsonl --files-from LIST -j J > /dev/null

with -j1 and with all cores, repeating each run N times; prints pages/s and
MB/s of the best and median runs, and peak resident memory. Process
start-up, reading and writing JSON are all included. Then, unless
--big-text 0, cleans one large text file (every input.txt concatenated,
repeated --big-text times) to show single-input speed.

Standard library only. Peak memory comes from wait4()'s rusage, the same
figure as `/usr/bin/time -f %M`.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "scrapinghub"
KINDS = {"text": "input.txt", "html": "input.html"}


def run_once(cmd, stdin_path=None):
    """Runs cmd with output discarded; returns (seconds, peak RSS in KiB)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        # wait4 instead of Popen.wait: it also gives the child's rusage.
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    finally:
        if stdin_path:
            stdin.close()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))}: exit {proc.returncode}\n{err}")
    return elapsed, usage.ru_maxrss


def measure(cmd, repeat):
    runs = [run_once(cmd) for _ in range(repeat)]
    times = [t for t, _ in runs]
    return min(times), statistics.median(times), max(rss for _, rss in runs)


def build(no_build):
    binary = REPO / "target" / "release" / "boilerstrip"
    if not no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO,
                       check=True)
    if not binary.is_file():
        sys.exit(f"{binary} not found (build it, or drop --no-build)")
    return binary


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder of page folders (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs per measurement (default: %(default)s)")
    ap.add_argument("--big-text", type=int, default=10, metavar="N",
                    help="also clean all input.txt concatenated N times as "
                         "one file; 0 to skip (default: %(default)s)")
    ap.add_argument("--kinds", default="text,html",
                    help="comma-separated kinds (default: %(default)s)")
    ap.add_argument("--no-build", action="store_true",
                    help="use target/release/boilerstrip as it is")
    args = ap.parse_args()

    binary = build(args.no_build)
    if not args.data.is_dir():
        sys.exit(f"{args.data}: no such directory (use --data)")
    cores = os.cpu_count() or 1
    print(f"binary {binary}\ndata   {args.data}\ncores  {cores}, "
          f"{args.repeat} runs each; best and median wall time\n")
    header = (f"{'kind':<5} {'jobs':>4} {'pages':>6} {'MB':>7} {'best s':>7} "
              f"{'med s':>7} {'pages/s':>8} {'MB/s':>7} {'MB/s med':>8} "
              f"{'peak RSS MB':>11}")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            paths = sorted(args.data.glob(f"*/{KINDS[kind]}"))
            if not paths:
                print(f"{kind:<5}  no */{KINDS[kind]} under {args.data}")
                continue
            size = sum(p.stat().st_size for p in paths)
            listing = Path(tmp) / f"{kind}.list"
            listing.write_text("".join(f"{p}\n" for p in paths))
            for jobs in (1, cores):
                cmd = [binary, "clean", "--type", kind, "--format", "jsonl",
                       "--no-progress", "--files-from", listing, "-j", str(jobs)]
                best, median, rss = measure(cmd, args.repeat)
                print(f"{kind:<5} {jobs:>4} {len(paths):>6} {size / 1e6:>7.2f} "
                      f"{best:>7.3f} {median:>7.3f} {len(paths) / best:>8.0f} "
                      f"{size / 1e6 / best:>7.1f} {size / 1e6 / median:>8.1f} "
                      f"{rss / 1024:>11.1f}")
        if args.big_text > 0:
            texts = sorted(args.data.glob("*/input.txt"))
            big = Path(tmp) / "big.txt"
            with open(big, "wb") as out:
                for _ in range(args.big_text):
                    for p in texts:
                        out.write(p.read_bytes())
                        out.write(b"\n")
            size = big.stat().st_size
            cmd = [binary, "clean", "--type", "text", big]
            best, median, rss = measure(cmd, args.repeat)
            print(f"\none text file of {size / 1e6:.1f} MB ({len(texts)} "
                  f"pages x {args.big_text}): best {best:.3f} s "
                  f"({size / 1e6 / best:.1f} MB/s), median {median:.3f} s "
                  f"({size / 1e6 / median:.1f} MB/s), peak RSS {rss / 1024:.1f} MB "
                  f"({rss * 1024 / size:.1f}x input)")


if __name__ == "__main__":
    main()
